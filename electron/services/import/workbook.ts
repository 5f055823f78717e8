/**
 * What a reader hands to the rest of the import: sheets as rows of typed cell values, independent of the file
 * format. Only rows that hold something are kept; row numbers are the sheet's own, 1-based.
 */
export interface CellError {
  error: string
}

export type RawValue = string | number | boolean | Date | CellError | null

export interface SheetRow {
  number: number
  hidden: boolean
  /** Index 0 is column A; holes are empty cells. */
  cells: RawValue[]
}

/** A merged range: rows 1-based, columns 0-based, both inclusive. */
export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface SheetData {
  name: string
  hidden: boolean
  rows: SheetRow[]
  merges: MergeRange[]
  /** `linkKey(col, row)` → hyperlink target ("mailto:jan@primer.si"). */
  links: Map<string, string>
  /** Cells holding a formula whose result the file did not store (written by a program that never calculated it). */
  formulasWithoutValue: Array<{ row: number; col: number }>
}

export interface Workbook {
  fileName: string
  format: 'xlsx' | 'csv'
  encoding?: string
  delimiter?: string
  sheets: SheetData[]
}

export function isCellError(value: RawValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date)
}

/** Limits that keep memory bounded whatever the file claims to hold. */
export const READ_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** Uncompressed XML of one part; a zip bomb stops here. */
  partBytes: 1024 * 1024 * 1024,
  cells: 6_000_000,
  columns: 200,
}

/** Key of a cell in `SheetData.links`: 0-based column and 1-based row. */
export function linkKey(col: number, row: number): string {
  return `${col}:${row}`
}

/**
 * A fault of the engine itself while a file was being read (the preview is built as rows stream in). It is
 * passed through unchanged, so a bug shows as an internal error rather than as "the file is damaged".
 */
export class EngineFault extends Error {
  constructor(readonly fault: unknown) {
    super(fault instanceof Error ? fault.message : String(fault))
    this.name = 'EngineFault'
  }
}
