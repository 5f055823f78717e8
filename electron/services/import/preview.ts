import { UserError } from '../../../shared/errors'
import type { ImportProfile } from '../../../shared/import/fields'
import type { ImportPreview, ImportProblem, PreviewRow, SkippedRow } from '../../../shared/import/types'
import { countRows, markDuplicates } from './duplicates'
import { newHookCache, type ImportHooks } from './hooks'
import { missingRequiredFields, type MappingOverrides } from './mapping'
import { readWorkbookBytes, readWorkbookFile } from './readWorkbook'
import { buildRow, hasMappedContent, rowContext } from './rowBuilder'
import { checkRow } from './rowChecks'
import { chooseSheet } from './sheetChoice'
import { firstText, isTrailerRow } from './trailer'
import type { SheetRow, Workbook } from './workbook'

export interface PreviewOptions extends MappingOverrides {
  /** The sheet to read; by default the one that looks most like the profile's data. */
  sheet?: string
  /** 1-based header row; by default detected. */
  headerRow?: number
  hooks?: ImportHooks
  /**
   * Let go of each sheet row once it is read into the preview, so the workbook and the preview are never both
   * in memory whole (100,000 rows: about 80 MB less at the peak). The workbook cannot be used again after.
   */
  releaseWorkbook?: boolean
}

const EMPTY_ROW: SheetRow = { number: 0, hidden: false, cells: [] }

const sheetNotice = (sheet: string, code: string, params: Record<string, string | number> = {}, field: string | null = null): ImportProblem => ({
  sheet, row: 0, column: null, field, code, severity: 'warning', params,
})

/**
 * Turns a read workbook into the preview the user checks before anything is written: the chosen sheet and
 * header, the mapping with confidences, and every data row normalised and checked.
 */
export function buildPreview(workbook: Workbook, profile: ImportProfile, options: PreviewOptions = {}): ImportPreview {
  let choice: ReturnType<typeof chooseSheet>
  try {
    choice = chooseSheet(workbook.sheets, profile, options, options.sheet, options.headerRow)
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.code, { fileName: workbook.fileName, ...error.params })
    throw error
  }
  const { sheet, header } = choice
  const ctx = rowContext(profile, sheet, header.columns)
  const hooks = options.hooks ?? {}
  const cache = newHookCache()

  const below = sheet.rows.filter((r) => r.number > header.headerRow)
  let end = below.length
  while (end > 0 && (isTrailerRow(below[end - 1]!) || !hasMappedContent(below[end - 1]!, ctx.columns))) end--
  const skippedRows: SkippedRow[] = []
  for (const row of below.slice(end)) if (hasMappedContent(row, ctx.columns) || isTrailerRow(row)) skippedRows.push({ row: row.number, reason: 'trailer', text: firstText(row).slice(0, 80) })

  if (options.releaseWorkbook) for (const other of workbook.sheets) other.rows = []
  const rows: PreviewRow[] = []
  for (let i = 0; i < end; i++) {
    const sheetRow = below[i]!
    if (options.releaseWorkbook) below[i] = EMPTY_ROW
    if (!hasMappedContent(sheetRow, ctx.columns)) continue
    if (sheetRow.hidden) {
      skippedRows.push({ row: sheetRow.number, reason: 'hidden', text: firstText(sheetRow).slice(0, 80) })
      continue
    }
    const row = buildRow(ctx, sheetRow)
    checkRow(ctx, row, hooks, cache)
    rows.push(row)
  }
  markDuplicates(rows, sheet.name, ctx.columns)
  skippedRows.sort((a, b) => a.row - b.row)

  const missingFields = missingRequiredFields(header.columns, profile)
  const notices: ImportProblem[] = []
  if (!header.detected) notices.push(sheetNotice(sheet.name, 'header_not_found', { row: header.headerRow }))
  if (choice.uncertain && header.detected) notices.push(sheetNotice(sheet.name, 'sheet_uncertain', { sheet: sheet.name }))
  for (const field of missingFields) notices.push(sheetNotice(sheet.name, 'missing_column', {}, field))
  for (const field of profile.recommended)
    if (header.detected && !header.columns.some((c) => c.field === field)) notices.push(sheetNotice(sheet.name, 'missing_recommended_column', {}, field))
  const hidden = skippedRows.filter((s) => s.reason === 'hidden').length
  if (hidden > 0) notices.push(sheetNotice(sheet.name, 'hidden_rows_skipped', { count: hidden }))
  const trailer = skippedRows.filter((s) => s.reason === 'trailer').length
  if (trailer > 0) notices.push(sheetNotice(sheet.name, 'trailer_rows_skipped', { count: trailer }))

  return {
    profile: profile.kind,
    file: {
      name: workbook.fileName,
      format: workbook.format,
      ...(workbook.encoding ? { encoding: workbook.encoding } : {}),
      ...(workbook.delimiter ? { delimiter: workbook.delimiter } : {}),
    },
    sheet: sheet.name,
    sheets: choice.candidates,
    sheetUncertain: choice.uncertain,
    headerRow: header.headerRow,
    headerDetected: header.detected,
    mapping: header.columns,
    missingFields,
    rows,
    skippedRows,
    notices,
    counts: countRows(rows),
  }
}

export async function previewImportFile(path: string, profile: ImportProfile, options: PreviewOptions = {}): Promise<ImportPreview> {
  return buildPreview(await readWorkbookFile(path), profile, { ...options, releaseWorkbook: true })
}

export async function previewImportBytes(bytes: Uint8Array, fileName: string, profile: ImportProfile, options: PreviewOptions = {}): Promise<ImportPreview> {
  return buildPreview(await readWorkbookBytes(bytes, fileName), profile, { ...options, releaseWorkbook: true })
}
