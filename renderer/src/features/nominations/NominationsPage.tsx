import { useState } from 'react'
import type { PreviewSession } from '../../../../shared/api/imports'
import type { ImportOutcome } from '../../../../shared/domain/imports'
import { api, appErrorOf, unwrap } from '../../app/api'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { useT } from '../../i18n/useT'
import { useRoundList } from '../rounds/queries'
import { FileChooser, type ChosenFile } from './FileChooser'
import { ImportHistory } from './ImportHistory'
import { NominationList } from './NominationList'
import { PreviewView } from './PreviewView'
import { usePreviewChange } from './queries'
import './nominations.css'

/** Nominations of a round and their import: choose a file, check the preview, import, and undo from the history. */
export function NominationsPage() {
  const t = useT()
  const rounds = useRoundList()
  const [chosenRound, setChosenRound] = useState<number | null>(null)
  const roundId = chosenRound ?? rounds.data?.[0]?.id ?? null
  const [current, setCurrent] = useState<PreviewSession | null>(null)
  const [summary, setSummary] = useState<(ImportOutcome & { file: string; skipped: number; invalid: number; duplicates: number }) | null>(null)
  const open = usePreviewChange((session) => {
    setSummary(null)
    setCurrent(session)
  })
  const [importing, setImporting] = useState(false)
  const [importError, setImportError] = useState<unknown>(null)

  const choose = (file: ChosenFile) => {
    if (roundId === null) return
    open.mutate(() => unwrap(api().imports.preview({ source: file, kind: 'nominations', roundId })))
  }
  const runImport = async () => {
    if (!current) return
    setImporting(true)
    setImportError(null)
    try {
      const outcome = await unwrap(api().imports.commit({ session: current.session }))
      const c = current.preview.counts
      setSummary({ ...outcome, file: current.preview.file.name, skipped: c.skipped, invalid: c.invalid, duplicates: c.duplicate })
      setCurrent(null)
    } catch (error) {
      setImportError(error)
    } finally {
      setImporting(false)
    }
  }
  const cancel = () => {
    if (current) void api().imports.discard({ session: current.session })
    setCurrent(null)
  }

  return (
    <>
      <PageHeader title={t('shell.nav.nominations')} />
      <div className="toolbar">
        <div className="field">
          <label htmlFor="nominations-round">{t('import.screen.round')}</label>
          <select id="nominations-round" value={roundId ?? ''} disabled={current !== null} onChange={(e) => setChosenRound(Number(e.target.value))}>
            {(rounds.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        {!current && <FileChooser disabled={roundId === null || open.isPending} onChosen={choose} />}
      </div>
      {rounds.isSuccess && roundId === null && <InfoBanner>{t('import.screen.noRounds')}</InfoBanner>}
      {open.isPending && <InfoBanner>{t('import.screen.reading')}</InfoBanner>}
      <ErrorBanner error={open.error ? appErrorOf(open.error) : importError ? appErrorOf(importError) : null} />
      {summary && (
        <InfoBanner>
          {t('import.screen.summary', { file: summary.file, imported: summary.imported, updated: summary.updated, skipped: summary.skipped, invalid: summary.invalid, duplicates: summary.duplicates })}
        </InfoBanner>
      )}
      {current ? (
        <PreviewView current={current} importing={importing} onPreview={setCurrent} onImport={() => void runImport()} onCancel={cancel} />
      ) : (
        <div className="nominations-layout">
          <NominationList roundId={roundId} />
          <ImportHistory roundId={roundId} />
        </div>
      )}
    </>
  )
}
