/**
 * Real Excel tables ("Format as Table": header, filter buttons, banded rows, a totals row) for exceljs's
 * streaming WorkbookWriter, which writes them only in its in-memory Workbook. The in-memory Workbook needs
 * about 2.5 GB and 15 s for a 100,000-row detail sheet (measured), so the whole workbook is streamed and the
 * three parts of a table are added here: the table part itself (xl/tables/tableN.xml), the sheet's relationship
 * to it with the <tableParts> element at the end of the sheet, and its entry in [Content_Types].xml.
 * This relies on three internals of exceljs 4.4 (the zip archive, the sheet's relationship writer and the
 * method closing the sheet); they are checked on first use so a changed exceljs fails loudly, not with a broken
 * file, and the tests read every table back.
 */
import type { stream, Worksheet } from 'exceljs'

export interface TableColumnPart {
  name: string
  totalsRowLabel?: string
  totalsRowFunction?: 'sum'
}

export interface TablePart {
  /** Unique in the workbook: letters, digits and underscores, starting with a letter. */
  name: string
  /** Header to totals row, e.g. "A5:C11". */
  ref: string
  /** Header to last data row: what the filter buttons cover. */
  filterRef: string
  columns: TableColumnPart[]
  totalsRow: boolean
}

interface ZipInternals {
  append(source: string, options: { name: string }): void
}
interface BookInternals {
  zip: ZipInternals
}
interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string }
  _writeCloseWorksheet(): void
  _write(text: string): void
}

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table'
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml'
const CONTENT_TYPES = '[Content_Types].xml'
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

const tablesOf = new WeakMap<object, string[]>()

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Structured references escape [, ], # and ' with an apostrophe. */
export function structuredRef(table: string, column: string): string {
  return `${table}[${column.replace(/(['#[\]])/g, "'$1")}]`
}

function internalsOf(book: stream.xlsx.WorkbookWriter, sheet: Worksheet): { zip: ZipInternals; sheet: SheetInternals } {
  const zip = (book as unknown as Partial<BookInternals>).zip
  const internals = sheet as unknown as Partial<SheetInternals>
  if (typeof zip?.append !== 'function' || typeof internals._sheetRelsWriter?.addRelationship !== 'function' ||
      typeof internals._writeCloseWorksheet !== 'function' || typeof internals._write !== 'function')
    throw new Error('exceljs internals changed: tables cannot be added to the streaming writer')
  return { zip, sheet: internals as SheetInternals }
}

/** Registers every table part in [Content_Types].xml as the writer appends it at commit. */
function tableRegistry(book: stream.xlsx.WorkbookWriter, zip: ZipInternals): string[] {
  let targets = tablesOf.get(book)
  if (targets) return targets
  const registered: string[] = []
  const append = zip.append.bind(zip)
  zip.append = (source, options) => {
    if (options.name !== CONTENT_TYPES || registered.length === 0) return append(source, options)
    const overrides = registered.map((t) => `<Override PartName="/xl/tables/${t}" ContentType="${TABLE_TYPE}"/>`).join('')
    if (!source.includes('</Types>')) throw new Error('exceljs internals changed: no </Types> in content types')
    return append(source.replace('</Types>', `${overrides}</Types>`), options)
  }
  targets = registered
  tablesOf.set(book, targets)
  return targets
}

function tableXml(id: number, table: TablePart): string {
  const columns = table.columns
    .map((c, i) => {
      const totals = c.totalsRowLabel !== undefined ? ` totalsRowLabel="${xml(c.totalsRowLabel)}"` : c.totalsRowFunction ? ` totalsRowFunction="${c.totalsRowFunction}"` : ''
      return `<tableColumn id="${i + 1}" name="${xml(c.name)}"${table.totalsRow ? totals : ''}/>`
    })
    .join('')
  const totals = table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}"${totals}>` +
    `<autoFilter ref="${table.filterRef}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  )
}

/** Adds tables to a sheet of the streaming writer; call before the sheet is committed, once per sheet. */
export function addTables(book: stream.xlsx.WorkbookWriter, worksheet: Worksheet, tables: TablePart[]): void {
  if (tables.length === 0) return
  const { zip, sheet } = internalsOf(book, worksheet)
  const registry = tableRegistry(book, zip)
  const relIds = tables.map((table) => {
    if (!NAME.test(table.name)) throw new Error(`invalid table name ${table.name}`)
    const id = registry.length + 1
    const target = `table${id}.xml`
    registry.push(target)
    zip.append(tableXml(id, table), { name: `xl/tables/${target}` })
    return sheet._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${target}` })
  })
  const close = sheet._writeCloseWorksheet.bind(sheet)
  sheet._writeCloseWorksheet = () => {
    sheet._write(`<tableParts count="${relIds.length}">${relIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`)
    close()
  }
}
