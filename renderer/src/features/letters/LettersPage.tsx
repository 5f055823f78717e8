import { useMemo, useState } from 'react'
import { ErrorBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'
import { useRoundList } from '../rounds/queries'
import { ConsentNotice } from './ConsentNotice'
import { HistoryPanel } from './HistoryPanel'
import { useLetterPlacements, useTemplates } from './queries'
import { printable, SelectionPanel, type Selection } from './SelectionPanel'
import { TemplateEditor } from './TemplateEditor'

/** Marks a selection the user has not changed: the round's ready placements are then chosen. */
const UNTOUCHED = new Set<number>()

/** Placement letters: choose a round and its placements, edit the templates with a live preview, save PDFs, reprint. */
export function LettersPage() {
  const t = useT()
  const rounds = useRoundList()
  const templates = useTemplates()
  const [choice, setChoice] = useState<Selection>({ roundId: null, kind: 'all', lang: 'auto', chosen: new Set() })
  const [previewChoice, setPreviewChoice] = useState<{ roundId: number | null; id: number } | null>(null)
  // The newest round to start with; until the user ticks otherwise, its confirmed placements with consent.
  const roundId = choice.roundId ?? rounds.data?.[0]?.id ?? null
  const placements = useLetterPlacements(roundId)
  const ready = useMemo(() => (placements.data ?? []).filter((p) => printable(p) && p.consent), [placements.data])
  const touched = choice.roundId === roundId && choice.chosen !== UNTOUCHED
  const selection: Selection = { ...choice, roundId, chosen: touched ? choice.chosen : new Set(ready.map((p) => p.id)) }
  const previewId = previewChoice?.roundId === roundId ? previewChoice.id : ((ready[0] ?? placements.data?.[0])?.id ?? null)
  const setSelection = (next: Selection) => setChoice(next.roundId !== roundId ? { ...next, chosen: UNTOUCHED } : next)
  const setPreviewId = (id: number) => setPreviewChoice({ roundId, id })

  const error = rounds.error ?? templates.error ?? placements.error
  return (
    <>
      <PageHeader title={t('letters.ui.title')} />
      <ErrorBanner error={error ? appErrorOf(error) : null} />
      {rounds.data && rounds.data.length === 0 && <p className="muted">{t('letters.ui.noRounds')}</p>}
      {rounds.data && rounds.data.length > 0 && <ConsentNotice roundId={roundId} placements={placements.data} />}
      {rounds.data && rounds.data.length > 0 && (
        <div className="letters-page">
          <SelectionPanel rounds={rounds.data} placements={placements.data} selection={selection} onChange={setSelection} previewId={previewId} onPreview={setPreviewId} />
          {templates.data && <TemplateEditor templates={templates.data} previewId={previewId} />}
          <HistoryPanel roundId={selection.roundId} />
        </div>
      )}
    </>
  )
}
