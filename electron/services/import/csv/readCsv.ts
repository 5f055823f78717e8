import { UserError } from '../../../../shared/errors'
import { READ_LIMITS, type SheetRow, type Workbook } from '../workbook'
import { decodeText } from './encoding'

const DELIMITERS = [';', ',', '\t'] as const

/** Excel writes "sep=;" as the first line when asked to; it names the delimiter and is not data. */
function explicitDelimiter(text: string): { delimiter: string; rest: string } | null {
  const match = /^sep=(.)\r?\n/i.exec(text)
  return match ? { delimiter: match[1]!, rest: text.slice(match[0].length) } : null
}

/**
 * The delimiter that splits the first lines into the most consistent number of fields (more than one).
 * Papaparse's own guess prefers ',' on ties, which misreads Slovenian decimals ("1,5") in a ';' file.
 */
function guessDelimiter(text: string, parseLines: (delimiter: string) => string[][]): string {
  let best: { delimiter: string; score: number } = { delimiter: ';', score: -1 }
  for (const delimiter of DELIMITERS) {
    const rows = parseLines(delimiter).filter((r) => r.some((c) => c.trim() !== ''))
    if (rows.length === 0) continue
    const counts = rows.map((r) => r.length)
    const mode = counts.sort((a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length)[0] ?? 1
    if (mode < 2) continue
    const consistent = rows.filter((r) => r.length === mode).length / rows.length
    const score = consistent * 100 + Math.min(mode, 50)
    if (score > best.score) best = { delimiter, score }
  }
  return best.score < 0 && text.includes('\t') ? '\t' : best.delimiter
}

/** Reads a CSV as one sheet of text cells, named after the file; values are typed later by the field they feed. */
export async function readCsv(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const { default: Papa } = await import('papaparse')
  const decoded = decodeText(bytes)
  let text = decoded.text
  if (text.trim() === '') throw new UserError('import.emptyFile', { fileName })
  const explicit = explicitDelimiter(text)
  if (explicit) text = explicit.rest
  const sample = text.slice(0, 64 * 1024)
  const delimiter =
    explicit?.delimiter ??
    guessDelimiter(sample, (d) => (Papa.parse<string[]>(sample, { delimiter: d, preview: 30 }).data as string[][]))
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const rows: SheetRow[] = []
  let cells = 0
  const offset = explicit ? 2 : 1
  parsed.data.forEach((fields, i) => {
    if (!Array.isArray(fields)) return
    const row: SheetRow = { number: i + offset, hidden: false, cells: [] }
    fields.forEach((field, col) => {
      if (col < READ_LIMITS.columns && typeof field === 'string' && field !== '') row.cells[col] = field
    })
    if (row.cells.length === 0) return
    cells += row.cells.length
    if (cells > READ_LIMITS.cells) throw new UserError('import.tooManyCells', { limit: READ_LIMITS.cells })
    rows.push(row)
  })
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'CSV'
  return {
    fileName,
    format: 'csv',
    encoding: decoded.encoding,
    delimiter,
    sheets: [{ name, hidden: false, rows, merges: [], links: new Map(), formulasWithoutValue: [] }],
  }
}
