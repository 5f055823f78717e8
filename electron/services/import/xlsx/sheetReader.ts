import { UserError } from '../../../../shared/errors'
import { READ_LIMITS, linkKey, type MergeRange, type RawValue, type SheetData, type SheetRow } from '../workbook'
import { readRelationships } from './workbookParts'
import { createXmlParser, decodeOoxmlEscapes, relationshipId, type Attributes } from './xml'
import { streamPart, type Zip } from './zipParts'

export interface SheetContext {
  sharedStrings: string[]
  dateStyles: boolean[]
  date1904: boolean
  /** Cells read so far in the workbook; the limit is for the whole file. */
  cellBudget: { used: number }
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
const DATE1904_OFFSET_DAYS = 1462

/** An Excel serial day number as a UTC date (the sheet's wall-clock date and time, no time zone). */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? DATE1904_OFFSET_DAYS : 0)
  return new Date(EXCEL_EPOCH_MS + Math.round(days * DAY_MS))
}

/** "AB12" → column 27 (0-based) and row 12; -1 when the reference is not a cell. */
function decodeRef(ref: string): { col: number; row: number } {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64)
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96)
    else break
  }
  const row = Number(ref.slice(i))
  return { col: i === 0 ? -1 : col - 1, row: Number.isInteger(row) && row > 0 ? row : -1 }
}

function decodeRange(ref: string): MergeRange | null {
  const [from, to] = ref.split(':')
  if (!from) return null
  const a = decodeRef(from)
  const b = decodeRef(to ?? from)
  if (a.col < 0 || a.row < 0 || b.col < 0 || b.row < 0) return null
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }
}

/** Hands each row to the caller as soon as it is read, instead of keeping it in the sheet. */
export interface RowStream {
  onRow(row: SheetRow): void
  /** Filled with `linkKey(col, row)` of formula cells without a stored result, before their row is handed on. */
  formulasWithoutValue: Set<string>
}

/**
 * Reads one worksheet as a stream of XML events: values, hidden rows, merged ranges and hyperlinks.
 * exceljs's streaming reader measured 6.5–8.6 s for 100,000 rows and drops hidden-row flags, merged ranges
 * and hyperlinks (they follow the cells in the file); this reader keeps them at about a third of the time.
 */
export async function readSheet(zip: Zip, path: string, name: string, hidden: boolean, ctx: SheetContext, stream?: RowStream): Promise<SheetData> {
  const rows: SheetRow[] = []
  const merges: MergeRange[] = []
  const linkRefs: Array<{ ref: string; rid?: string; location?: string }> = []
  const formulasWithoutValue: SheetData['formulasWithoutValue'] = []

  let row: SheetRow | null = null
  let nextRowNumber = 1
  let nextCol = 0
  let cell: { col: number; type: string; style: number; formula: boolean } | null = null
  let value: string | null = null
  let inInline = false
  let inText = false
  let phonetic = 0

  const finishCell = () => {
    if (!row || !cell) return
    const text = value
    let result: RawValue = null
    switch (cell.type) {
      case 's':
        result = text === null ? null : (ctx.sharedStrings[Number(text)] ?? null)
        break
      case 'inlineStr':
      case 'str':
        result = text === null ? null : decodeOoxmlEscapes(text)
        break
      case 'b':
        result = text === null ? null : text.trim() === '1' || text.trim() === 'true'
        break
      case 'e':
        result = text === null ? null : { error: text }
        break
      case 'd': {
        const date = text === null ? null : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`)
        result = date && !Number.isNaN(date.getTime()) ? date : text
        break
      }
      default: {
        if (text === null || text.trim() === '') break
        const n = Number(text)
        result = Number.isFinite(n) ? (ctx.dateStyles[cell.style] ? serialToDate(n, ctx.date1904) : n) : text
      }
    }
    if (cell.formula && text === null && row) {
      formulasWithoutValue.push({ row: row.number, col: cell.col })
      stream?.formulasWithoutValue.add(linkKey(cell.col, row.number))
    }
    if (result !== null && result !== '') {
      if (cell.col >= READ_LIMITS.columns) return
      row.cells[cell.col] = result
      if (++ctx.cellBudget.used > READ_LIMITS.cells) throw new UserError('import.tooManyCells', { limit: READ_LIMITS.cells })
    }
  }

  const open = (tag: string, a: Attributes) => {
    switch (tag) {
      case 'row': {
        const number = a.r ? Number(a.r) : nextRowNumber
        row = { number: Number.isInteger(number) && number > 0 ? number : nextRowNumber, hidden: a.hidden === '1' || a.hidden === 'true', cells: [] }
        nextRowNumber = row.number + 1
        nextCol = 0
        break
      }
      case 'c': {
        const ref = a.r ?? ''
        const decoded = ref ? decodeRef(ref) : { col: nextCol, row: -1 }
        const col = decoded.col >= 0 ? decoded.col : nextCol
        nextCol = col + 1
        cell = { col, type: a.t ?? 'n', style: a.s ? Number(a.s) : 0, formula: false }
        value = null
        break
      }
      case 'f':
        if (cell) cell.formula = true
        break
      case 'v':
        if (cell) value = ''
        inText = true
        break
      case 'is':
        inInline = true
        if (cell) value = ''
        break
      case 't':
        inText = inInline && phonetic === 0
        break
      case 'rPh':
        phonetic++
        break
      case 'mergeCell': {
        const range = a.ref ? decodeRange(a.ref) : null
        if (range) merges.push(range)
        break
      }
      case 'hyperlink':
        if (a.ref) linkRefs.push({ ref: a.ref, rid: relationshipId(a), location: a.location })
        break
    }
  }

  const parser = createXmlParser(
    {
      open,
      text(text) {
        if (value !== null && inText) value += text
      },
      close(tag) {
        if (tag === 'c') {
          finishCell()
          cell = null
          value = null
        } else if (tag === 'row') {
          if (row && row.cells.length > 0) {
            // A growing array keeps room for twice its cells; an exact copy halves the sheet's memory.
            row.cells = row.cells.slice()
            if (stream) stream.onRow(row)
            else rows.push(row)
          }
          row = null
        } else if (tag === 'v' || tag === 't') inText = false
        else if (tag === 'is') inInline = false
        else if (tag === 'rPh') phonetic--
      },
    },
    path,
  )
  await streamPart(zip, path, (text) => parser.write(text))
  parser.close()
  rows.sort((x, y) => x.number - y.number)
  return { name, hidden, rows, merges, links: await resolveLinks(zip, path, linkRefs), formulasWithoutValue }
}

/** Hyperlink targets live in the sheet's relationships; a ref may be a range that shares one link. */
async function resolveLinks(zip: Zip, path: string, refs: Array<{ ref: string; rid?: string; location?: string }>): Promise<Map<string, string>> {
  const links = new Map<string, string>()
  if (refs.length === 0) return links
  const rels = new Map((await readRelationships(zip, path)).map((r) => [r.id, r.target]))
  for (const { ref, rid, location } of refs) {
    const target = (rid && rels.get(rid)) || location
    const range = decodeRange(ref)
    if (!target || !range) continue
    for (let r = range.top; r <= Math.min(range.bottom, range.top + 10_000); r++)
      for (let c = range.left; c <= range.right && c < READ_LIMITS.columns; c++) links.set(linkKey(c, r), target)
  }
  return links
}
