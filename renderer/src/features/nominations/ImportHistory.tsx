import { useState } from 'react'
import type { ImportBatchEntry, UndoResult } from '../../../../shared/domain/imports'
import { appErrorOf } from '../../app/api'
import { ErrorBanner } from '../../components/Alerts'
import { useFormatDate, useT } from '../../i18n/useT'
import { useImportHistory, useUndoImport } from './queries'
import { UndoDialog } from './UndoDialog'

function refusal(t: ReturnType<typeof useT>, batch: ImportBatchEntry): string | null {
  return batch.undoBlocked ? t(`error.import.undoRefused.${batch.undoBlocked}`, { batch: batch.id, file: batch.fileName, count: batch.undoBlockedCount }) : null
}

/** The round's imports, newest first, each with Undo (asked first) or the reason it cannot be undone. */
export function ImportHistory({ roundId, onUndone }: { roundId: number | null; onUndone: (result: UndoResult & { file: string }) => void }) {
  const t = useT()
  const date = useFormatDate()
  const history = useImportHistory(roundId)
  const undo = useUndoImport()
  const [asking, setAsking] = useState<ImportBatchEntry | null>(null)
  const batches = history.data ?? []
  const confirm = (batch: ImportBatchEntry) =>
    undo.mutate(batch.id, {
      onSuccess: (result) => {
        setAsking(null)
        onUndone({ ...result, file: batch.fileName })
      },
    })
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('import.screen.history')}</h2>
      <ErrorBanner error={history.error ? appErrorOf(history.error) : null} />
      {batches.length === 0 ? (
        <p className="muted">{t('import.screen.noHistory')}</p>
      ) : (
        <ul className="history-list">
          {batches.map((b) => (
            <li key={b.id} className="history-item">
              <div>
                <strong>{b.fileName}</strong>{' '}
                <span className="muted">
                  {t('import.screen.batchLine', { batch: b.id, date: date(b.importedAt), imported: b.imported, updated: b.updated, duplicates: b.duplicates, invalid: b.invalid })}
                </span>
              </div>
              {b.undoneAt ? (
                <span className="badge">{t('import.screen.undone', { date: date(b.undoneAt) })}</span>
              ) : b.undoBlocked ? (
                <p className="muted history-item__reason">{refusal(t, b)}</p>
              ) : (
                <button
                  type="button"
                  className="button button--danger"
                  disabled={undo.isPending}
                  onClick={() => {
                    undo.reset()
                    setAsking(b)
                  }}
                  aria-label={t('import.screen.undoBatch', { file: b.fileName, batch: b.id })}
                >
                  {t('import.screen.undo')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {asking && <UndoDialog batch={asking} pending={undo.isPending} error={undo.error} onCancel={() => setAsking(null)} onConfirm={() => confirm(asking)} />}
    </section>
  )
}
