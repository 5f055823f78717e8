import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { RECORDED_CONSENT_METHODS, type ConsentChange, type ConsentResult, type RecordedConsentMethod } from '../../../../../shared/domain/consent'
import type { NominationEntry } from '../../../../../shared/domain/imports'
import { api, appErrorOf, unwrap } from '../../../app/api'
import { ErrorBanner } from '../../../components/Alerts'
import { SelectField, TextField } from '../../../components/Field'
import { Modal } from '../../../components/Modal'
import { useT } from '../../../i18n/useT'

const NAMES_SHOWN = 5

/** Today on the officer's computer, as the date field writes it. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

const nameOf = (n: NominationEntry) => [n.firstName, n.lastName].filter(Boolean).join(' ') || (n.email ?? String(n.id))

interface Props {
  roundId: number
  nominations: NominationEntry[]
  action: ConsentChange['action']
  onClose: () => void
  onDone: (result: ConsentResult) => void
}

/** Consent received (when, how) or withdrawn (when), for the nominations chosen on the list. */
export function ConsentDialog({ roundId, nominations, action: initialAction, onClose, onDone }: Props) {
  const t = useT()
  const [action, setAction] = useState(initialAction)
  const [on, setOn] = useState(today())
  const [method, setMethod] = useState<RecordedConsentMethod>('form')
  const record = useMutation({
    mutationFn: () => unwrap(api().imports.consent({ roundId, nominationIds: nominations.map((n) => n.id), action, on, ...(action === 'give' ? { method } : {}) })),
    // The call refreshes every view of nominations (Letters included) before it returns.
    onSuccess: onDone,
  })
  const names = nominations.slice(0, NAMES_SHOWN).map(nameOf).join(', ')
  const rest = nominations.length - NAMES_SHOWN
  const submit = (event: FormEvent) => {
    event.preventDefault()
    record.mutate()
  }
  const title = t(action === 'give' ? 'consent.ui.giveTitle' : 'consent.ui.withdrawTitle', { count: nominations.length })
  return (
    <Modal title={title} isOpen onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('consent.ui.people', { names: rest > 0 ? t('consent.ui.morePeople', { names, count: rest }) : names })}</p>
        <fieldset className="consent-action">
          <legend>{t('consent.ui.action')}</legend>
          {(['give', 'withdraw'] as const).map((a) => (
            <label key={a} className="consent-action__choice">
              <input type="radio" name="consent-action" value={a} checked={action === a} onChange={() => setAction(a)} />
              {t(`consent.ui.action.${a}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          label={t(action === 'give' ? 'consent.ui.givenOn' : 'consent.ui.withdrawnOn')}
          type="date"
          required
          max={today()}
          value={on}
          onChange={(e) => setOn(e.target.value)}
          hint={action === 'withdraw' ? t('consent.ui.withdrawHint') : undefined}
        />
        {action === 'give' && (
          <SelectField
            label={t('consent.ui.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as RecordedConsentMethod)}
            options={RECORDED_CONSENT_METHODS.map((m) => ({ value: m, label: t(`consent.method.${m}`) }))}
          />
        )}
        <ErrorBanner error={record.error ? appErrorOf(record.error) : null} />
        <footer>
          <button type="button" className="button" onClick={onClose}>
            {t('shell.cancel')}
          </button>
          <button type="submit" className={`button ${action === 'give' ? 'button--primary' : 'button--danger'}`} disabled={record.isPending || on === ''}>
            {t('consent.ui.save')}
          </button>
        </footer>
      </form>
    </Modal>
  )
}
