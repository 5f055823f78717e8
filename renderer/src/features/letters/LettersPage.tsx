import { useMemo, useState } from 'react'
import { ErrorBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'
import { useRoundList } from '../rounds/queries'
import { ConsentNotice } from './ConsentNotice'
import { defaultChoice } from './eligibility'
import { HistoryPanel } from './HistoryPanel'
import { useLetterPlacements, useTemplates } from './queries'
import { SelectionPanel, type Selection } from './SelectionPanel'
import { TemplateEditor } from './TemplateEditor'

/** Marks a selection the user has not changed: the placements that still need the chosen letters are then chosen. */
const UNTOUCHED = new Set<number>()

/** Placement letters and certificates: choose a round and its placements, edit the templates with a live preview, save PDFs, reprint. */
export function LettersPage() {
  const t = useT()
  const rounds = useRoundList()
  const templates = useTemplates()
  const [choice, setChoice] = useState<Selection>({ roundId: null, kind: 'all', lang: 'auto', chosen: UNTOUCHED, show: 'all' })
  const [previewChoice, setPreviewChoice] = useState<{ roundId: number | null; id: number } | null>(null)
  // The newest round to start with; until the user ticks otherwise, its placements that still need the letters.
  const roundId = choice.roundId ?? rounds.data?.[0]?.id ?? null
  const placements = useLetterPlacements(roundId)
  const due = useMemo(() => defaultChoice(placements.data ?? [], choice.kind), [placements.data, choice.kind])
  const touched = choice.roundId === roundId && choice.chosen !== UNTOUCHED
  const selection: Selection = { ...choice, roundId, chosen: touched ? choice.chosen : due }
  const firstDue = (placements.data ?? []).find((p) => due.has(p.id))
  const previewId = previewChoice?.roundId === roundId ? previewChoice.id : ((firstDue ?? placements.data?.[0])?.id ?? null)
  // Another round or another kind of letter starts again from what is due for it.
  const setSelection = (next: Selection) => setChoice(next.roundId !== roundId || next.kind !== choice.kind ? { ...next, chosen: UNTOUCHED } : next)
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
          <SelectionPanel
            rounds={rounds.data}
            placements={placements.data}
            selection={selection}
            onChange={setSelection}
            previewId={previewId}
            onPreview={setPreviewId}
            onIssued={() => setChoice((c) => ({ ...c, chosen: UNTOUCHED }))}
          />
          {templates.data && <TemplateEditor templates={templates.data} previewId={previewId} kindHint={selection.kind} />}
          <HistoryPanel roundId={selection.roundId} />
        </div>
      )}
    </>
  )
}
