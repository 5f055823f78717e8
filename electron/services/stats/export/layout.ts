import type { Cell as ExcelCell, stream, Worksheet } from 'exceljs'
import type { Language } from '../../../../shared/domain/enums'
import { type FormatKind, numFmt } from './formats'
import { safeText } from './safeText'
import { addTables, structuredRef, type TablePart } from './streamTables'
import { captionFont, columnLetter, dataBorder, footer, headerStyle, labelFont, noteFont, printSetup, titleFont, totalStyle } from './styles'

/**
 * One summary sheet: a title, a few "label: value" lines, then one or more Excel tables side by side sharing
 * a header row (frozen, repeated when printed), then notes. Every string goes through safeText here, so no
 * text from the database can reach a cell unguarded.
 */
export type CellValue = string | number | Date | null
export type Cell = CellValue | { value: CellValue; format: FormatKind }

export interface ColumnSpec {
  header: string
  width: number
  format?: FormatKind
  /** Totals row: the word "Total", or a SUBTOTAL sum of the column. */
  total?: 'label' | 'sum'
  wrap?: boolean
}

export interface TableSpec {
  name: string
  caption: string
  columns: ColumnSpec[]
  rows: Cell[][]
  totals?: boolean
}

export interface SheetSpec {
  name: string
  title: string
  meta: Array<[string, Cell]>
  tables: TableSpec[]
  notes?: string[]
}

export interface SheetContext {
  book: stream.xlsx.WorkbookWriter
  lang: Language
  totalLabel: string
  footerText: string
}

const GAP = 3

function unwrap(cell: Cell): { value: CellValue; format?: FormatKind } {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell : { value: cell }
}

export function setValue(target: ExcelCell, value: CellValue, format: FormatKind | undefined, lang: Language): void {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return
  target.value = typeof value === 'string' ? safeText(value) : value
  const kind = format ?? (value instanceof Date ? 'date' : undefined)
  if (kind && kind !== 'text') target.numFmt = numFmt(kind, lang)
}

function columnTotal(table: TableSpec, index: number): number {
  return table.rows.reduce<number>((sum, row) => {
    const { value } = unwrap(row[index] ?? null)
    return typeof value === 'number' && Number.isFinite(value) ? sum + value : sum
  }, 0)
}

export function writeSheet(ctx: SheetContext, spec: SheetSpec): void {
  const captionRow = spec.meta.length + 3
  const headerRow = captionRow + 1
  const sheet: Worksheet = ctx.book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: printSetup(headerRow),
    headerFooter: footer(ctx.footerText),
  })
  const starts: number[] = []
  const widths: number[] = []
  for (const table of spec.tables) {
    if (table.rows.length === 0) throw new Error(`table ${table.name} has no rows`)
    if (widths.length > 0) widths.push(GAP)
    starts.push(widths.length + 1)
    widths.push(...table.columns.map((c) => c.width))
  }
  sheet.columns = widths.map((width) => ({ width }))

  const title = sheet.getRow(1)
  setValue(title.getCell(1), spec.title, 'text', ctx.lang)
  title.getCell(1).font = titleFont
  title.height = 24
  title.commit()
  spec.meta.forEach(([label, cell], i) => {
    const row = sheet.getRow(2 + i)
    setValue(row.getCell(1), label, 'text', ctx.lang)
    row.getCell(1).font = labelFont
    const { value, format } = unwrap(cell)
    setValue(row.getCell(2), value, format, ctx.lang)
    row.getCell(2).alignment = { horizontal: 'left' }
    row.commit()
  })

  const caption = sheet.getRow(captionRow)
  spec.tables.forEach((table, t) => {
    setValue(caption.getCell(starts[t]!), table.caption, 'text', ctx.lang)
    caption.getCell(starts[t]!).font = captionFont
  })
  caption.commit()

  const header = sheet.getRow(headerRow)
  header.height = 32
  spec.tables.forEach((table, t) =>
    table.columns.forEach((column, c) => {
      const cell = header.getCell(starts[t]! + c)
      setValue(cell, column.header, 'text', ctx.lang)
      cell.style = { ...headerStyle, alignment: { ...headerStyle.alignment, horizontal: c === 0 ? 'left' : 'right' } }
    }),
  )
  header.commit()

  const height = Math.max(...spec.tables.map((table) => table.rows.length + (table.totals ? 1 : 0)))
  for (let r = 0; r < height; r++) {
    const row = sheet.getRow(headerRow + 1 + r)
    spec.tables.forEach((table, t) => {
      const isTotal = table.totals === true && r === table.rows.length
      if (r > table.rows.length || (r === table.rows.length && !isTotal)) return
      table.columns.forEach((column, c) => {
        const cell = row.getCell(starts[t]! + c)
        if (isTotal) {
          if (column.total === 'label') setValue(cell, ctx.totalLabel, 'text', ctx.lang)
          if (column.total === 'sum') {
            cell.value = { formula: `SUBTOTAL(109,${structuredRef(table.name, safeText(column.header))})`, result: columnTotal(table, c) }
            cell.numFmt = numFmt(column.format ?? 'int', ctx.lang)
          }
          cell.style = { ...cell.style, ...totalStyle }
          return
        }
        const { value, format } = unwrap(table.rows[r]![c] ?? null)
        setValue(cell, value, format ?? column.format, ctx.lang)
        cell.border = { bottom: dataBorder }
        if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' }
      })
    })
    row.commit()
  }

  const notesFrom = headerRow + height + 2
  ;(spec.notes ?? []).forEach((note, i) => {
    const row = sheet.getRow(notesFrom + i)
    setValue(row.getCell(1), note, 'text', ctx.lang)
    row.getCell(1).font = noteFont
    row.commit()
  })

  addTables(ctx.book, sheet, spec.tables.map((table, t): TablePart => {
    const first = columnLetter(starts[t]!)
    const last = columnLetter(starts[t]! + table.columns.length - 1)
    const lastData = headerRow + table.rows.length
    return {
      name: table.name,
      ref: `${first}${headerRow}:${last}${lastData + (table.totals ? 1 : 0)}`,
      filterRef: `${first}${headerRow}:${last}${lastData}`,
      totalsRow: table.totals === true,
      columns: table.columns.map((column) => ({
        name: safeText(column.header),
        ...(column.total === 'label' ? { totalsRowLabel: ctx.totalLabel } : column.total === 'sum' ? { totalsRowFunction: 'sum' as const } : {}),
      })),
    }
  }))
  sheet.commit()
}
