import { useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { PreviewSession } from '../../../../shared/api/imports'
import { api, appErrorOf, unwrap } from '../../app/api'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { PageHeader } from '../../components/PageHeader'
import { useT } from '../../i18n/useT'
import { useRoundList } from '../rounds/queries'
import { isConsentFilter, type ConsentFilter } from './consent/consentView'
import { FileChooser, type ChosenFile } from './FileChooser'
import { ImportHistory } from './ImportHistory'
import { NominationList } from './NominationList'
import { PreviewView } from './PreviewView'
import { usePreviewChange } from './queries'
import { ResultBanner, type ScreenResult } from './ResultBanner'
import './nominations.css'

/**
 * Nominations of a round and their import: choose a file, check the preview, import, and undo from the history;
 * record consent on the list. `?round=<id>&consent=none` opens a round's nominations without consent (Letters
 * links here). One result banner at a time: the newest outcome replaces the one before.
 */
export function NominationsPage() {
  const t = useT()
  const rounds = useRoundList()
  const [params, setParams] = useSearchParams()
  const linkedRound = Number(params.get('round')) || null
  const [chosenRound, setChosenRound] = useState<number | null>(null)
  const roundId = chosenRound ?? (rounds.data?.some((r) => r.id === linkedRound) ? linkedRound : (rounds.data?.[0]?.id ?? null))
  const filterParam = params.get('consent')
  const filter: ConsentFilter = isConsentFilter(filterParam) ? filterParam : 'all'
  const setFilter = (next: ConsentFilter) =>
    setParams((p) => {
      const out = new URLSearchParams(p)
      if (next === 'all') out.delete('consent')
      else out.set('consent', next)
      return out
    })
  const [current, setCurrent] = useState<PreviewSession | null>(null)
  const [result, setResult] = useState<ScreenResult | null>(null)
  const open = usePreviewChange((session) => {
    setResult(null)
    setCurrent(session)
  })
  const [importing, setImporting] = useState(false)
  const [importError, setImportError] = useState<unknown>(null)

  const choose = (file: ChosenFile) => {
    if (roundId === null) return
    setResult(null)
    open.mutate(() => unwrap(api().imports.preview({ source: file, kind: 'nominations', roundId })))
  }
  const runImport = async () => {
    if (!current) return
    setImporting(true)
    setImportError(null)
    try {
      const outcome = await unwrap(api().imports.commit({ session: current.session }))
      const c = current.preview.counts
      setResult({ kind: 'import', outcome: { ...outcome, file: current.preview.file.name, skipped: c.skipped, invalid: c.invalid, duplicates: c.duplicate } })
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
          <select
            id="nominations-round"
            value={roundId ?? ''}
            disabled={current !== null}
            onChange={(e) => {
              setChosenRound(Number(e.target.value))
              setResult(null)
            }}
          >
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
      {result && <ResultBanner result={result} />}
      {current ? (
        <PreviewView current={current} importing={importing} onPreview={setCurrent} onImport={() => void runImport()} onCancel={cancel} />
      ) : (
        <div className="nominations-layout">
          <NominationList key={roundId ?? 0} roundId={roundId} filter={filter} onFilter={setFilter} onConsent={(consent) => setResult({ kind: 'consent', consent })} />
          <ImportHistory roundId={roundId} onUndone={(undo) => setResult({ kind: 'undo', undo })} />
        </div>
      )}
    </>
  )
}
