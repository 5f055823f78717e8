import { UserError } from '../../../../shared/errors'
import type { Workbook } from '../workbook'
import { readSheet, type SheetContext } from './sheetReader'
import { readDateStyles, readRelationships, readSharedStrings, readWorkbookInfo, type WorkbookInfo } from './workbookParts'
import { hasPart, openZip, type Zip } from './zipParts'

export interface OpenXlsx {
  zip: Zip
  info: WorkbookInfo
  ctx: SheetContext
}

/** Opens the container and reads what every sheet needs: the sheet list, shared strings and date styles. */
export async function openXlsx(bytes: Uint8Array, fileName: string): Promise<OpenXlsx> {
  const zip = await openZip(bytes)
  const rootRels = await readRelationships(zip, '')
  const workbookPath = rootRels.find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml'
  if (!hasPart(zip, workbookPath)) throw new UserError('import.notSpreadsheet', { fileName })
  const info = await readWorkbookInfo(zip, workbookPath)
  if (!info.isWorkbook) throw new UserError('import.notSpreadsheet', { fileName })
  if (info.sheets.length === 0) throw new UserError('import.noSheets', { fileName })
  const ctx: SheetContext = {
    sharedStrings: await readSharedStrings(zip, info.sharedStringsPath),
    dateStyles: await readDateStyles(zip, info.stylesPath),
    date1904: info.date1904,
    cellBudget: { used: 0 },
  }
  return { zip, info, ctx }
}

/**
 * Reads an .xlsx (Excel, LibreOffice, Google Sheets, exceljs) into sheets of typed values. Formulas give their
 * stored result; date-formatted numbers become dates; shared and rich text become plain strings.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const { zip, info, ctx } = await openXlsx(bytes, fileName)
  const sheets = []
  for (const entry of info.sheets) {
    sheets.push(await readSheet(zip, entry.path, entry.name, entry.hidden, ctx))
  }
  return { fileName, format: 'xlsx', sheets }
}
