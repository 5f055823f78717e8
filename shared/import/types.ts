import type { FieldValue, ImportProfile } from './fields'

export type RowStatus = 'ok' | 'warning' | 'error' | 'duplicate'
export type Severity = 'error' | 'warning'

/**
 * One thing wrong with a row, pointing where the user can find it. `code` selects the catalogue message
 * `import.problem.<code>`; `params` fill it (`value` is always the cell as it stood in the file).
 */
export interface ImportProblem {
  sheet: string
  /** The spreadsheet's own row number, 1-based, as the sheet shows it. */
  row: number
  /** Column letter as the sheet shows it; null for a problem of the whole row. */
  column: string | null
  field: string | null
  code: string
  severity: Severity
  params: Record<string, string | number>
}

/** One column of the chosen sheet and the field it feeds. */
export interface ColumnMapping {
  column: string
  /** 0-based position, column A = 0. */
  index: number
  /** The header as written in the file (merged and multi-row headers joined). */
  header: string
  field: string | null
  /** 0..1: 1 for an exact header or a mapping chosen by the user. */
  confidence: number
  source: 'auto' | 'user' | 'remembered'
  /** Name order for a full-name column, read from the header ("Priimek in ime" → last first). */
  nameOrder?: 'firstLast' | 'lastFirst'
}

export interface FieldChange {
  field: string
  from: FieldValue
  to: FieldValue
}

export interface PreviewRow {
  row: number
  status: RowStatus
  /** The user chose not to import this row. */
  skipped: boolean
  /** Same key = same record; stable across files, so a re-import can be compared (see shared/import/identity). */
  key: string | null
  values: Record<string, FieldValue>
  /** Cell text as the file showed it, for the fields whose text differs from the normalised value. */
  source: Record<string, string>
  problems: ImportProblem[]
  /** Set by the caller's lookup: the record already exists; with changes it is offered as an update. */
  existing?: { id: number; changes: FieldChange[] }
  /** Set by the caller's organisation resolver. */
  organisationId?: number | null
}

export interface SheetCandidate {
  name: string
  score: number
  hidden: boolean
  rows: number
}

export interface SkippedRow {
  row: number
  reason: 'hidden' | 'trailer'
  text?: string
}

export interface ImportCounts {
  /** Non-blank data rows, hidden and trailing rows not included. */
  rows: number
  ok: number
  warning: number
  error: number
  duplicate: number
  skipped: number
  /** Rows that would be imported: ok and warning, not skipped. */
  valid: number
  invalid: number
  updates: number
}

export interface ImportPreview {
  profile: ImportProfile['kind']
  file: { name: string; format: 'xlsx' | 'csv'; encoding?: string; delimiter?: string }
  sheet: string
  sheets: SheetCandidate[]
  /** True when another sheet scored nearly as well: the user should confirm the choice. */
  sheetUncertain: boolean
  /** 1-based row number of the header row (the last row of a multi-row header). */
  headerRow: number
  headerDetected: boolean
  mapping: ColumnMapping[]
  /** Required fields that no column feeds. */
  missingFields: string[]
  rows: PreviewRow[]
  skippedRows: SkippedRow[]
  /** Problems of the file as a whole (truncated input, formulas without a stored result…). */
  notices: ImportProblem[]
  counts: ImportCounts
}
