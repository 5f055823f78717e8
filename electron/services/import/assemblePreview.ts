import type { ImportProfile } from '../../../shared/import/fields'
import type { ImportPreview, ImportProblem, PreviewRow, SheetCandidate, SkippedRow } from '../../../shared/import/types'
import { withConsentNotices } from './consentNotice'
import { countRows, markDuplicates } from './duplicates'
import type { HeaderChoice } from './headerDetection'
import { missingRequiredFields } from './mapping'
import type { BoundColumn } from './rowBuilder'
import type { Workbook } from './workbook'

const sheetNotice = (sheet: string, code: string, params: Record<string, string | number> = {}, field: string | null = null): ImportProblem => ({
  sheet, row: 0, column: null, field, code, severity: 'warning', params,
})

export interface PreviewParts {
  profile: ImportProfile
  file: Pick<Workbook, 'fileName' | 'format' | 'encoding' | 'delimiter'>
  sheet: string
  candidates: SheetCandidate[]
  uncertain: boolean
  header: HeaderChoice
  columns: BoundColumn[]
  rows: PreviewRow[]
  skippedRows: SkippedRow[]
}

/** The last step of every preview: duplicates across the rows, the sheet's notices, and the counts. */
export function assemblePreview(parts: PreviewParts): ImportPreview {
  const { profile, file, sheet, header, rows, skippedRows } = parts
  markDuplicates(rows, sheet, parts.columns)
  skippedRows.sort((a, b) => a.row - b.row)
  const missingFields = missingRequiredFields(header.columns, profile)
  const notices: ImportProblem[] = []
  if (!header.detected) notices.push(sheetNotice(sheet, 'header_not_found', { row: header.headerRow }))
  if (parts.uncertain && header.detected) notices.push(sheetNotice(sheet, 'sheet_uncertain', { sheet }))
  for (const field of missingFields) notices.push(sheetNotice(sheet, 'missing_column', {}, field))
  for (const field of profile.recommended)
    if (header.detected && !header.columns.some((c) => c.field === field)) notices.push(sheetNotice(sheet, 'missing_recommended_column', {}, field))
  const hidden = skippedRows.filter((s) => s.reason === 'hidden').length
  if (hidden > 0) notices.push(sheetNotice(sheet, 'hidden_rows_skipped', { count: hidden }))
  const trailer = skippedRows.filter((s) => s.reason === 'trailer').length
  if (trailer > 0) notices.push(sheetNotice(sheet, 'trailer_rows_skipped', { count: trailer }))
  return withConsentNotices({
    profile: profile.kind,
    file: { name: file.fileName, format: file.format, ...(file.encoding ? { encoding: file.encoding } : {}), ...(file.delimiter ? { delimiter: file.delimiter } : {}) },
    sheet,
    sheets: parts.candidates,
    sheetUncertain: parts.uncertain,
    headerRow: header.headerRow,
    headerDetected: header.detected,
    mapping: header.columns,
    missingFields,
    rows,
    skippedRows,
    notices,
    counts: countRows(rows),
  })
}
