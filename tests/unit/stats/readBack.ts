import ExcelJS from 'exceljs'

/** Reading an exported workbook back the way a test wants to look at it. */
export type Plain = string | number | boolean | Date | null

interface TableModel {
  name: string
  tableRef: string
  totalsRow: boolean
  columns: Array<{ name: string; totalsRowLabel?: string; totalsRowFunction?: string }>
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  return book
}

export function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('result' in value) return plain(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    return String(value)
  }
  return value
}

/**
 * A cell as a reader sees it; for a formula, its cached result. (exceljs's `cell.value` drops a cached result
 * of 0 when reading, although the file has <v>0</v>; `cell.result` keeps it.)
 */
export function shown(cell: ExcelJS.Cell): Plain {
  return cell.formula ? plain(cell.result as ExcelJS.CellValue) : plain(cell.value)
}

export function tablesOf(sheet: ExcelJS.Worksheet): TableModel[] {
  return (sheet as unknown as { getTables(): Array<{ table: TableModel }> }).getTables().map((t) => t.table)
}

export interface ReadTable {
  model: TableModel
  header: string[]
  rows: Plain[][]
  totals: ExcelJS.Cell[] | null
  /** The cell of data row `row` (from 0) in column `column` (from 0). */
  cell(row: number, column: number): ExcelJS.Cell
}

/** A table's header, data rows (as plain values) and totals cells, found by its name. */
export function readTable(book: ExcelJS.Workbook, tableName: string): ReadTable & { sheet: ExcelJS.Worksheet } {
  for (const sheet of book.worksheets) {
    const model = tablesOf(sheet).find((t) => t.name === tableName)
    if (!model) continue
    const [from, to] = model.tableRef.split(':') as [string, string]
    const first = sheet.getCell(from)
    const last = sheet.getCell(to)
    const row = (r: number) => Array.from({ length: Number(last.col) - Number(first.col) + 1 }, (_, i) => sheet.getCell(r, Number(first.col) + i))
    const lastData = Number(last.row) - (model.totalsRow ? 1 : 0)
    const rows: Plain[][] = []
    for (let r = Number(first.row) + 1; r <= lastData; r++) rows.push(row(r).map(shown))
    return {
      sheet, model,
      header: row(Number(first.row)).map((c) => String(plain(c.value))),
      rows,
      totals: model.totalsRow ? row(Number(last.row)) : null,
      cell: (r, c) => sheet.getCell(Number(first.row) + 1 + r, Number(first.col) + c),
    }
  }
  throw new Error(`no table ${tableName}`)
}

/** Every cell with a value, on every sheet. */
export function allCells(book: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = []
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
  return cells
}
