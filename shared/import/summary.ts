import type { Language } from '../domain/enums'
import { headerKey } from './headerKey'
import { problemMessage, type Translate } from './problemMessage'
import type { ImportPreview } from './types'

export interface PreviewSummary {
  file: string
  sheet: string
  headerRow: number
  /** Header as written in the file → field, for the columns that feed a field. */
  mapping: Record<string, string>
  rows: number
  valid: number
  invalid: number
  duplicates: number
  errors: Array<{ row: number; column: string | null; field: string | null; code: string; message: string }>
  warnings: Array<{ row: number; column: string | null; field: string | null; code: string; message: string }>
}

/**
 * The preview as the CLI prints it with --json (the import adds "imported" and "batch"). A header that occurs
 * twice is told apart by its column letter. Without `warnings` the warnings are left out, not worded: the JSON
 * report drops them, and a large file can carry thousands.
 */
export function previewSummary(preview: ImportPreview, translate: Translate, lang?: Language, { warnings: withWarnings = true } = {}): PreviewSummary {
  const mapping: Record<string, string> = {}
  for (const column of preview.mapping) {
    if (!column.field) continue
    const header = column.header || column.column
    mapping[header in mapping ? `${header} (${column.column})` : header] = column.field
  }
  const errors: PreviewSummary['errors'] = []
  const warnings: PreviewSummary['warnings'] = []
  for (const problem of [...preview.notices, ...preview.rows.filter((r) => !r.skipped).flatMap((r) => r.problems)]) {
    if (problem.severity !== 'error' && !withWarnings) continue
    const entry = { row: problem.row, column: problem.column, field: problem.field, code: problem.code, message: problemMessage(problem, translate, lang) }
    if (problem.severity === 'error') errors.push(entry)
    else warnings.push(entry)
  }
  return {
    file: preview.file.name,
    sheet: preview.sheet,
    headerRow: preview.headerRow,
    mapping,
    rows: preview.counts.rows,
    valid: preview.counts.valid,
    invalid: preview.counts.invalid,
    duplicates: preview.counts.duplicate,
    errors,
    warnings,
  }
}

/** Header key → field of every column, for the caller to store per sending organisation and pass back next time. */
export function mappingToRemember(preview: ImportPreview): Record<string, string | null> {
  const remembered: Record<string, string | null> = {}
  for (const column of preview.mapping) if (column.header) remembered[headerKey(column.header)] = column.field
  return remembered
}
