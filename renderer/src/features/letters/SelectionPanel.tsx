import { useMutation } from '@tanstack/react-query'
import { format } from 'date-fns'
import { useState } from 'react'
import {
  LETTER_KIND_CHOICES,
  LETTER_LANGUAGE_CHOICES,
  type ExistingLetters,
  type GenerateResult,
  type LetterKindChoice,
  type LetterLanguageChoice,
  type LetterPlacementRow,
} from '../../../../shared/domain/letters'
import { roundLettersFileName } from '../../../../shared/letters/fileName'
import type { RoundRow } from '../../../../shared/domain/rounds'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { SelectField } from '../../components/Field'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { canGet, kindsOf, missingKinds } from './eligibility'
import { IssueDialog } from './IssueDialog'

export type Shown = 'all' | 'withoutLetter'

export interface Selection {
  roundId: number | null
  kind: LetterKindChoice
  lang: LetterLanguageChoice
  /** Placements ticked for printing. */
  chosen: Set<number>
  show: Shown
}

interface Props {
  rounds: RoundRow[]
  placements: LetterPlacementRow[] | undefined
  selection: Selection
  onChange: (selection: Selection) => void
  previewId: number | null
  onPreview: (id: number) => void
  /** After letters were issued: the choice goes back to what is still due. */
  onIssued: () => void
}

type Output = 'merged' | 'separate'

export function SelectionPanel({ rounds, placements, selection, onChange, previewId, onPreview, onIssued }: Props) {
  const t = useT()
  const formatDate = useFormatDate()
  const [output, setOutput] = useState<Output>('merged')
  const [asking, setAsking] = useState<'save' | 'print' | null>(null)
  const [result, setResult] = useState<(GenerateResult & { where: string }) | null>(null)
  const [printed, setPrinted] = useState<string | null>(null)
  const all = placements ?? []
  // "Without this letter" lists what is still due: placements that can get the letter and do not have it yet.
  const rows = selection.show === 'withoutLetter' ? all.filter((p) => canGet(p, selection.kind) && missingKinds(p, selection.kind).length > 0) : all
  const selectable = rows.filter((p) => canGet(p, selection.kind))
  const allChosen = selectable.length > 0 && selectable.every((p) => selection.chosen.has(p.id))
  const round = rounds.find((r) => r.id === selection.roundId)
  const letterCount = all.filter((p) => selection.chosen.has(p.id)).length * kindsOf(selection.kind).length
  const today = format(new Date(), 'yyyy-MM-dd')
  const kindName = (k: string) => t(`letters.ui.kindShort.${k}`)

  const toggle = (id: number) => {
    const chosen = new Set(selection.chosen)
    if (chosen.has(id)) chosen.delete(id)
    else chosen.add(id)
    onChange({ ...selection, chosen })
  }

  const request = (options: { existing: ExistingLetters; started: boolean }) => ({
    roundId: selection.roundId!,
    placementIds: all.filter((p) => selection.chosen.has(p.id)).map((p) => p.id),
    kind: selection.kind,
    lang: selection.lang,
    ...options,
  })
  const generate = useMutation({
    mutationFn: async (options: { existing: ExistingLetters; started: boolean }): Promise<(GenerateResult & { where: string }) | null> => {
      const ask = request(options)
      if (output === 'merged') {
        const today = new Date().toISOString().slice(0, 10)
        const { file } = await unwrap(api().dialog.saveFile({ purpose: 'letters', defaultName: roundLettersFileName(today, round?.name ?? ''), extensions: ['pdf'] }))
        if (!file) return null
        return { ...(await unwrap(api().letters.generate({ request: ask, output: { mode: 'merged', file } }))), where: file }
      }
      const { folder } = await unwrap(api().dialog.chooseFolder({ purpose: 'letters' }))
      if (!folder) return null
      return { ...(await unwrap(api().letters.generate({ request: ask, output: { mode: 'separate', folder } }))), where: folder }
    },
    onMutate: () => {
      setResult(null)
      setPrinted(null)
    },
    onSuccess: (value) => {
      setResult(value)
      if (value) onIssued()
    },
  })

  const print = useMutation({
    mutationFn: (options: { existing: ExistingLetters; started: boolean }) => unwrap(api().letters.print({ request: request(options) })),
    onMutate: () => {
      setPrinted(null)
      setResult(null)
    },
    onSuccess: (value) => {
      setPrinted(value.printed ? t('letters.ui.printed', { letters: value.letters }) : t('letters.ui.printCancelled'))
      if (value.printed) onIssued()
    },
  })
  const busy = generate.isPending || print.isPending
  const failure = generate.error ?? print.error

  return (
    <section className="panel" aria-labelledby="letters-choose-title">
      <h2 id="letters-choose-title">{t('letters.ui.choose')}</h2>
      <div className="form-grid form-grid--three">
        <SelectField
          label={t('letters.ui.round')}
          value={selection.roundId ?? ''}
          onChange={(e) => onChange({ ...selection, roundId: Number(e.target.value) })}
          options={rounds.map((r) => ({ value: String(r.id), label: r.name }))}
        />
        <SelectField
          label={t('letters.ui.kind')}
          value={selection.kind}
          onChange={(e) => onChange({ ...selection, kind: e.target.value as LetterKindChoice })}
          options={LETTER_KIND_CHOICES.map((k) => ({ value: k, label: t(`letters.ui.kind.${k}`) }))}
        />
        <SelectField
          label={t('letters.ui.language')}
          value={selection.lang}
          onChange={(e) => onChange({ ...selection, lang: e.target.value as LetterLanguageChoice })}
          options={LETTER_LANGUAGE_CHOICES.map((l) => ({ value: l, label: t(`letters.ui.language.${l}`) }))}
        />
      </div>
      <div className="form-grid form-grid--three">
        <SelectField
          label={t('letters.ui.show')}
          value={selection.show}
          onChange={(e) => onChange({ ...selection, show: e.target.value as Shown })}
          options={(['all', 'withoutLetter'] as const).map((v) => ({ value: v, label: t(`letters.ui.show.${v}`) }))}
        />
      </div>
      {placements && all.length > 0 && selection.show !== 'all' && <p className="muted">{t('letters.ui.shownCount', { shown: rows.length, total: all.length })}</p>}
      {placements && all.length === 0 && <p className="muted">{t('letters.ui.noPlacements')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll letters-placements">
          <table className="simple-table">
            <caption className="visually-hidden">{t('letters.ui.placements')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('letters.ui.chooseAll')}
                    checked={allChosen}
                    disabled={selectable.length === 0}
                    onChange={() => onChange({ ...selection, chosen: allChosen ? new Set() : new Set(selectable.map((p) => p.id)) })}
                  />
                </th>
                <th scope="col">{t('letters.ui.participant')}</th>
                <th scope="col">{t('letters.ui.host')}</th>
                <th scope="col">{t('letters.ui.dates')}</th>
                <th scope="col">{t('letters.ui.status')}</th>
                <th scope="col" className="numeric nowrap">
                  {t('letters.ui.sent')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('letters.ui.preview')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} aria-current={p.id === previewId ? 'true' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('letters.ui.chooseOne', { name: p.participant })}
                      checked={selection.chosen.has(p.id)}
                      disabled={!canGet(p, selection.kind)}
                      onChange={() => toggle(p.id)}
                    />
                  </td>
                  <th scope="row">{p.participant}</th>
                  <td>{p.host}</td>
                  <td className="nowrap">
                    {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                  </td>
                  <td>
                    {t(`letters.ui.placementStatus.${p.status}`)}
                    {!p.consent && <span className="badge badge--paused letters-consent">{t('letters.ui.noConsent')}</span>}
                    {!canGet(p, selection.kind) && (p.status === 'completed' || selection.kind === 'certificate') && (
                      <span className="muted letters-why"> · {t(selection.kind === 'certificate' ? 'letters.ui.notEligible.certificate' : 'letters.ui.notEligible.completed')}</span>
                    )}
                  </td>
                  <td className="numeric" title={p.issued.length > 0 ? t('letters.ui.issuedKinds', { kinds: p.issued.map(kindName).join(', ') }) : undefined}>
                    {p.letters}
                  </td>
                  <td className="nowrap">
                    <button type="button" className="link-button" aria-pressed={p.id === previewId} onClick={() => onPreview(p.id)}>
                      {t('letters.ui.showPreview', { name: p.participant })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <fieldset className="radio-group letters-output">
        <legend className="field__label">{t('letters.ui.output')}</legend>
        {(['merged', 'separate'] as const).map((o) => (
          <label key={o}>
            <input type="radio" name="letters-output" value={o} checked={output === o} onChange={() => setOutput(o)} /> {t(`letters.ui.output.${o}`)}
          </label>
        ))}
      </fieldset>
      <ErrorBanner error={failure ? appErrorOf(failure) : null} />
      {printed && <InfoBanner>{printed}</InfoBanner>}
      {result && (
        <InfoBanner>
          {t('letters.ui.saved', { letters: result.letters.length, pages: result.pages, where: result.where })}
        </InfoBanner>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={letterCount === 0 || busy} onClick={() => setAsking('save')}>
          {generate.isPending ? t('letters.ui.saving') : t('letters.ui.save', { count: letterCount })}
        </button>
        <button type="button" className="button" disabled={letterCount === 0 || busy} onClick={() => setAsking('print')}>
          {t('letters.ui.print')}
        </button>
      </div>
      {asking && (
        <IssueDialog
          rows={all}
          chosen={selection.chosen}
          kind={selection.kind}
          today={today}
          action={asking}
          onClose={() => setAsking(null)}
          onConfirm={(options) => {
            setAsking(null)
            if (asking === 'save') generate.mutate(options)
            else print.mutate(options)
          }}
        />
      )}
    </section>
  )
}
