import type { FieldDefinition, FieldValue, ImportProfile } from '../../../shared/import/fields'
import type { ColumnMapping, ImportProblem, PreviewRow } from '../../../shared/import/types'
import { DateReader } from './values/dates'
import { normaliseField, type CellProblem } from './values/normaliseField'
import { displayText } from './values/text'
import { linkKey, type RawValue, type SheetData, type SheetRow } from './workbook'

/** A mapped column with what reading it needs, resolved once per sheet rather than once per cell. */
export interface BoundColumn {
  mapping: ColumnMapping
  field: FieldDefinition
}

export interface RowContext {
  profile: ImportProfile
  sheet: string
  columns: BoundColumn[]
  dates: DateReader
  /** `linkKey(col, row)` of formula cells without a stored result. */
  formulasWithoutValue: Set<string>
  links: Map<string, string>
  /** Every field the mapping fills, as null: each row's values start as a copy, one shape for all rows. */
  emptyValues: Record<string, FieldValue>
}

export function bindColumns(mapping: ColumnMapping[], profile: ImportProfile): BoundColumn[] {
  const bound: BoundColumn[] = []
  for (const column of mapping) {
    const field = column.field ? profile.fields.find((f) => f.name === column.field) : undefined
    if (field) bound.push({ mapping: column, field })
  }
  return bound
}

export function emptyValues(columns: BoundColumn[]): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {}
  for (const { field } of columns) for (const name of field.splitsInto ?? [field.name]) values[name] = null
  return values
}

export function rowContext(profile: ImportProfile, sheet: SheetData, mapping: ColumnMapping[]): RowContext {
  const columns = bindColumns(mapping, profile)
  return {
    profile,
    sheet: sheet.name,
    columns,
    emptyValues: emptyValues(columns),
    dates: new DateReader(),
    formulasWithoutValue: new Set(sheet.formulasWithoutValue.map((f) => linkKey(f.col, f.row))),
    links: sheet.links,
  }
}

export function toProblem(ctx: { sheet: string }, row: number, column: string | null, field: string | null, problem: CellProblem, value: string): ImportProblem {
  return { sheet: ctx.sheet, row, column, field: problem.field ?? field, code: problem.code, severity: problem.severity, params: { value, ...problem.params } }
}

/** The text a normalised value shows; where the file's text differs, it is kept as the row's source. */
function valueText(value: FieldValue | undefined): string {
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value)
}

/** Problems of the cell being read; one array reused for every cell (see FieldResult). */
const cellProblems: CellProblem[] = []

/** Reads one cell into the row: values, the source text when it differs, and the cell's problems. */
export function readCell(ctx: RowContext, row: PreviewRow, column: BoundColumn, raw: RawValue, link: string | undefined): void {
  const { mapping, field } = column
  const input = raw === null && link ? link : raw
  cellProblems.length = 0
  normaliseField(field, input, link, { dates: ctx.dates, nameOrder: mapping.nameOrder }, { values: row.values, problems: cellProblems })
  const text = typeof input === 'string' ? input : displayText(input)
  if (text !== '' && (field.splitsInto || text !== valueText(row.values[field.name]))) row.source[field.name] = text
  else if (field.name in row.source) delete row.source[field.name]
  for (const problem of cellProblems) row.problems.push(toProblem(ctx, row.row, mapping.column, field.name, problem, text))
  if (ctx.formulasWithoutValue.size > 0 && ctx.formulasWithoutValue.has(linkKey(mapping.index, row.row)))
    row.problems.push(toProblem(ctx, row.row, mapping.column, field.name, { code: 'formula_no_value', severity: 'warning' }, text))
}

/** Reads a cell again (the user corrected it, or its hyperlink became known): its old problems go first. */
export function rereadCell(ctx: RowContext, row: PreviewRow, column: BoundColumn, raw: RawValue, link: string | undefined): void {
  const parts = new Set([column.field.name, ...(column.field.splitsInto ?? [])])
  row.problems = row.problems.filter((p) => !(p.field !== null && parts.has(p.field) && p.column === column.mapping.column))
  readCell(ctx, row, column, raw, link)
}

/** Is any mapped cell of the row filled? Rows with content only in unmapped columns (a running number) are blank. */
export function hasMappedContent(row: SheetRow, columns: BoundColumn[]): boolean {
  for (const { mapping } of columns) {
    const cell = row.cells[mapping.index]
    if (cell !== undefined && cell !== null && !(typeof cell === 'string' && cell.trim() === '')) return true
  }
  return false
}

/** Builds the preview row of one spreadsheet row: every mapped cell read; row checks come after. */
export function buildRow(ctx: RowContext, sheetRow: SheetRow): PreviewRow {
  const row: PreviewRow = { row: sheetRow.number, status: 'ok', skipped: false, key: null, values: { ...ctx.emptyValues }, source: {}, problems: [] }
  for (const column of ctx.columns) {
    const raw = sheetRow.cells[column.mapping.index] ?? null
    readCell(ctx, row, column, raw, ctx.links.size > 0 ? ctx.links.get(linkKey(column.mapping.index, sheetRow.number)) : undefined)
  }
  return row
}
