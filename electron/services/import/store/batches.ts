import type { BatchKind, ImportCountsSummary } from '../../../../shared/domain/imports'
import type { ServiceContext } from '../../context'

export type { BatchKind } from '../../../../shared/domain/imports'

/** Ids the import created, kept as [first, last] runs: one transaction's inserts are nearly always one run. */
export type IdRuns = Array<[number, number]>

export function toRuns(ids: readonly number[]): IdRuns {
  const sorted = [...ids].sort((a, b) => a - b)
  const runs: IdRuns = []
  for (const id of sorted) {
    const last = runs[runs.length - 1]
    if (last && id === last[1] + 1) last[1] = id
    else if (!last || id > last[1]) runs.push([id, id])
  }
  return runs
}

export function fromRuns(runs: IdRuns | undefined): number[] {
  const ids: number[] = []
  for (const [first, last] of runs ?? []) for (let id = first; id <= last; id++) ids.push(id)
  return ids
}

/** A row that existed before the import and was changed by it: the values to put back on undo. */
export interface UpdatedRecord {
  table: 'people' | 'nominations' | 'organisations' | 'offers'
  id: number
  before: Record<string, unknown>
}

/** What import_batches.summary holds: the counts shown in the history, and what undo needs. */
export interface BatchSummary extends ImportCountsSummary {
  skipped: number
  headerRow: number
  mapping: Record<string, string>
  /** The sending organisation whose remembered mapping was used or stored. */
  organisationId: number | null
  created: { people?: IdRuns; organisations?: IdRuns; contacts?: IdRuns }
  updates: UpdatedRecord[]
}

export function insertBatch(ctx: ServiceContext, kind: BatchKind, roundId: number | null, fileName: string, sheet: string): number {
  const info = ctx.conn.sqlite
    .prepare('INSERT INTO import_batches (kind, round_id, file_name, sheet_name, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?)')
    .run(kind, roundId, fileName, sheet, ctx.now().toISOString(), '{}')
  return Number(info.lastInsertRowid)
}

export function saveBatchSummary(ctx: ServiceContext, batchId: number, summary: BatchSummary): void {
  ctx.conn.sqlite.prepare('UPDATE import_batches SET summary = ? WHERE id = ?').run(JSON.stringify(summary), batchId)
}

/** Runs `update` and notes the row's earlier values, once per row, for undo. */
export function recordUpdate(updates: UpdatedRecord[], seen: Set<string>, record: UpdatedRecord): void {
  const key = `${record.table}:${record.id}`
  if (seen.has(key)) return
  seen.add(key)
  updates.push(record)
}
