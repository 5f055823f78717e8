import { useState } from 'react'
import type { ExistingLetters, LetterKindChoice, LetterPlacementRow } from '../../../../shared/domain/letters'
import { Modal } from '../../components/Modal'
import { useFormatDate, useT } from '../../i18n/useT'
import { issuePlan } from './eligibility'
import { ConfirmFooter } from '../../components/formSave'

interface Props {
  rows: LetterPlacementRow[]
  chosen: Set<number>
  kind: LetterKindChoice
  /** Today as YYYY-MM-DD: a placement starting on or before it has started. */
  today: string
  action: 'save' | 'print'
  onConfirm: (options: { existing: ExistingLetters; started: boolean }) => void
  onClose: () => void
}

/**
 * Asks before letters are issued: how many letters and new reference numbers; what to do with letters issued
 * before (leave out, or issue again with a reason); and whether placements that have started should get them.
 */
export function IssueDialog({ rows, chosen, kind, today, action, onConfirm, onClose }: Props) {
  const t = useT()
  const formatDate = useFormatDate()
  const [reissue, setReissue] = useState(false)
  const [reason, setReason] = useState('')
  const [startedOk, setStartedOk] = useState(false)
  const plan = issuePlan(rows, chosen, kind, today, reissue)
  const letters = plan.letters - (reissue ? 0 : plan.existing.length)
  const ready = letters > 0 && (!reissue || reason.trim() !== '') && (plan.started.length === 0 || startedOk)
  const kindName = (k: string) => t(`letters.ui.kindShort.${k}`)
  return (
    <Modal title={t('letters.ui.confirm.title')} role="alertdialog" isOpen onClose={onClose} wide>
      <p className="letters-confirm__count">{letters > 0 ? t('letters.ui.confirm.count', { letters }) : t('letters.ui.confirm.none')}</p>
      {plan.existing.length > 0 && (
        <fieldset className="letters-confirm__existing">
          <legend>{t('letters.ui.confirm.existing', { count: plan.existing.length })}</legend>
          <ul className="letters-confirm__list">
            {plan.existing.slice(0, 8).map(({ row, kind: k }) => (
              <li key={`${row.id}-${k}`}>
                {row.participant} ({kindName(k)})
              </li>
            ))}
            {plan.existing.length > 8 && <li>…</li>}
          </ul>
          <label>
            <input type="radio" name="letters-existing" checked={!reissue} onChange={() => setReissue(false)} /> {t('letters.ui.confirm.skip')}
          </label>
          <label>
            <input type="radio" name="letters-existing" checked={reissue} onChange={() => setReissue(true)} /> {t('letters.ui.confirm.reissue')}
          </label>
          {reissue && (
            <div className="field">
              <label className="field__label" htmlFor="letters-reissue-reason">
                {t('letters.ui.confirm.reason')}
              </label>
              <textarea id="letters-reissue-reason" className="field__input" rows={2} maxLength={500} required aria-describedby="letters-reissue-hint" value={reason} onChange={(e) => setReason(e.target.value)} />
              <p id="letters-reissue-hint" className="field__hint">
                {t('letters.ui.confirm.reasonHint')}
              </p>
            </div>
          )}
        </fieldset>
      )}
      {plan.started.length > 0 && (
        <div className="letters-confirm__started">
          <p>{t('letters.ui.confirm.started', { count: plan.started.length })}</p>
          {/* Every one is named (the box scrolls): the officer confirms for all of them, not for the first few. */}
          <ul className="letters-confirm__list letters-confirm__list--scroll" tabIndex={0} aria-label={t('letters.ui.confirm.startedList')}>
            {plan.started.map((row) => (
              <li key={row.id}>
                {row.endsOn < today
                  ? t('letters.ui.confirm.endedOn', { name: row.participant, from: formatDate(row.startsOn), to: formatDate(row.endsOn) })
                  : t('letters.ui.confirm.startedOn', { name: row.participant, date: formatDate(row.startsOn) })}
              </li>
            ))}
          </ul>
          <label>
            <input type="checkbox" checked={startedOk} onChange={(e) => setStartedOk(e.target.checked)} /> {t('letters.ui.confirm.startedOk')}
          </label>
        </div>
      )}
      <ConfirmFooter
        onCancel={onClose}
        label={t(action === 'save' ? 'letters.ui.confirm.issue' : 'letters.ui.confirm.print')}
        disabled={!ready}
        onConfirm={() => onConfirm({ existing: reissue ? { mode: 'reissue', reason: reason.trim() } : { mode: 'skip' }, started: plan.started.length > 0 })}
      />
    </Modal>
  )
}
