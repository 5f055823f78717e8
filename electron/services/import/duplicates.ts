import type { ImportCounts, PreviewRow } from '../../../shared/import/types'
import type { BoundColumn } from './rowBuilder'
import { columnOf, statusOf } from './rowChecks'

/**
 * Marks rows that repeat an earlier row of the file (same identity key). Rows with errors and skipped rows
 * are not candidates: the first row that would be imported is the original.
 */
export function markDuplicates(rows: PreviewRow[], sheet: string, columns: BoundColumn[]): void {
  const first = new Map<string, number>()
  const keyColumn = columnOf(columns, 'email') ?? columns[0]?.mapping.column ?? null
  for (const row of rows) {
    const had = row.problems.some((p) => p.code === 'duplicate_in_file')
    if (had) row.problems = row.problems.filter((p) => p.code !== 'duplicate_in_file')
    const hasError = row.problems.some((p) => p.severity === 'error')
    if (row.key && !row.skipped && !hasError) {
      const original = first.get(row.key)
      if (original === undefined) first.set(row.key, row.row)
      else
        row.problems.push({
          sheet, row: row.row, column: keyColumn, field: keyColumn === columnOf(columns, 'email') ? 'email' : null,
          code: 'duplicate_in_file', severity: 'warning', params: { firstRow: original, value: String(row.values.email ?? '') },
        })
    }
    row.status = statusOf(row)
  }
}

export function countRows(rows: PreviewRow[]): ImportCounts {
  const counts: ImportCounts = { rows: rows.length, ok: 0, warning: 0, error: 0, duplicate: 0, skipped: 0, valid: 0, invalid: 0, updates: 0 }
  for (const row of rows) {
    if (row.skipped) {
      counts.skipped++
      continue
    }
    counts[row.status]++
    if (row.status === 'ok' || row.status === 'warning') {
      counts.valid++
      if (row.existing && row.existing.changes.length > 0) counts.updates++
    }
  }
  counts.invalid = counts.error
  return counts
}
