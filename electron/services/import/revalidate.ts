import { UserError } from '../../../shared/errors'
import { IMPORT_PROFILES } from '../../../shared/import/profiles'
import type { ImportPreview, PreviewRow } from '../../../shared/import/types'
import { withConsentNotices } from './consentNotice'
import { countRows, markDuplicates } from './duplicates'
import { newHookCache, type ImportHooks } from './hooks'
import { bindColumns, emptyValues, rereadCell, type RowContext } from './rowBuilder'
import { checkRow } from './rowChecks'
import { DateReader } from './values/dates'

function contextOf(preview: ImportPreview): RowContext {
  const profile = IMPORT_PROFILES[preview.profile]
  const columns = bindColumns(preview.mapping, profile)
  return { profile, sheet: preview.sheet, columns, dates: new DateReader(), formulasWithoutValue: new Set(), links: new Map(), emptyValues: emptyValues(columns) }
}

function findRow(preview: ImportPreview, rowNumber: number): number {
  const index = preview.rows.findIndex((r) => r.row === rowNumber)
  if (index < 0) throw new UserError('import.rowNotFound', { row: rowNumber })
  return index
}

/** Duplicates depend on every row, so they and the counts are redone for the whole preview. */
function finish(preview: ImportPreview, rows: PreviewRow[], ctx: RowContext): ImportPreview {
  markDuplicates(rows, preview.sheet, ctx.columns)
  return withConsentNotices({ ...preview, rows, counts: countRows(rows) })
}

/**
 * The user corrected a cell in the preview: the field is read again from the new text, the row is checked
 * again, and duplicates and counts follow. `field` is the mapped field of the column (for a full-name column,
 * "fullName"). Returns a new preview; the given one is left as it was.
 */
export function updateCell(preview: ImportPreview, change: { row: number; field: string; text: string }, hooks: ImportHooks = {}): ImportPreview {
  const ctx = contextOf(preview)
  const column = ctx.columns.find((c) => c.field.name === change.field)
  if (!column) throw new UserError('import.fieldNotMapped', { field: change.field })
  const index = findRow(preview, change.row)
  const old = preview.rows[index]!
  const row: PreviewRow = { ...old, values: { ...old.values }, source: { ...old.source }, problems: [...old.problems] }
  rereadCell(ctx, row, column, change.text, undefined)
  checkRow(ctx, row, hooks, newHookCache())
  const rows = preview.rows.map((r) => ({ ...r, problems: [...r.problems] }))
  rows[index] = row
  return finish(preview, rows, ctx)
}

/** The user chose to leave a row out of the import (or to take it back in). */
export function setRowSkipped(preview: ImportPreview, rowNumber: number, skipped: boolean): ImportPreview {
  const ctx = contextOf(preview)
  const index = findRow(preview, rowNumber)
  const rows = preview.rows.map((r) => ({ ...r, problems: [...r.problems] }))
  rows[index] = { ...rows[index]!, skipped }
  return finish(preview, rows, ctx)
}
