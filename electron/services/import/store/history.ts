import type { ServiceContext } from '../../context'
import type { BatchKind, ImportBatchEntry, ImportCountsSummary } from '../../../../shared/domain/imports'
import type { BatchSummary } from './batches'
import { undoBlocker } from './undo'

type Counts = ImportCountsSummary
const COUNTS = ['rows', 'imported', 'inserted', 'updated', 'invalid', 'duplicates'] as const

/** The import history, newest first. */
export function listImportBatches(ctx: ServiceContext, filter: { kind?: BatchKind; roundId?: number } = {}): ImportBatchEntry[] {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT b.id, b.kind, b.round_id AS roundId, r.name AS roundName, b.file_name AS fileName, b.sheet_name AS sheet,
         b.imported_at AS importedAt, b.undone_at AS undoneAt, b.summary
       FROM import_batches b LEFT JOIN rounds r ON r.id = b.round_id
       WHERE (? IS NULL OR b.kind = ?) AND (? IS NULL OR b.round_id = ?) ORDER BY b.id DESC`,
    )
    .all(filter.kind ?? null, filter.kind ?? null, filter.roundId ?? null, filter.roundId ?? null) as Array<Omit<ImportBatchEntry, keyof Counts | 'undoBlocked' | 'undoBlockedCount'> & { summary: string }>
  return rows.map(({ summary, ...row }) => {
    let s: Partial<BatchSummary> = {}
    try {
      s = JSON.parse(summary) as Partial<BatchSummary>
    } catch {
      // a summary that does not parse shows zeros
    }
    const blocker = row.undoneAt ? null : undoBlocker(ctx, row.id)
    return {
      ...row,
      ...(Object.fromEntries(COUNTS.map((c) => [c, s[c] ?? 0])) as unknown as Counts),
      undoBlocked: blocker?.reason ?? null,
      undoBlockedCount: blocker?.count ?? 0,
    }
  })
}
