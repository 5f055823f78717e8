import type { ImportProfile } from '../../../shared/import/fields'
import type { ColumnMapping } from '../../../shared/import/types'
import { UserError } from '../../../shared/errors'
import { mappingScore, suggestMapping, type MappingOverrides } from './mapping'
import { cleanLine, displayText } from './values/text'
import type { SheetData, SheetRow } from './workbook'

export interface HeaderChoice {
  /** 1-based; for a two-row header, the lower row. */
  headerRow: number
  headers: string[]
  columns: ColumnMapping[]
  score: number
  detected: boolean
}

/** Title rows, logos and notes sit above the header; beyond this many rows nobody puts a header. */
const SEARCH_ROWS = 30
/** Below this, no row looked like a header: two fields matched at least. */
const MIN_SCORE = 1.5
/** A two-row header must explain the columns clearly better than either row alone. */
const BAND_MARGIN = 0.25

/** The text of each cell of a row as shown, merged cells showing their top-left cell's text. */
function rowLabels(sheet: SheetData, byNumber: Map<number, SheetRow>, rowNumber: number): string[] {
  const row = byNumber.get(rowNumber)
  const labels: string[] = []
  row?.cells.forEach((cell, i) => {
    labels[i] = cleanLine(displayText(cell))
  })
  for (const merge of sheet.merges) {
    if (rowNumber < merge.top || rowNumber > merge.bottom) continue
    const text = cleanLine(displayText(byNumber.get(merge.top)?.cells[merge.left] ?? null))
    for (let c = merge.left; c <= merge.right && c < 200; c++) labels[c] = text
  }
  return Array.from({ length: labels.length }, (_, i) => labels[i] ?? '')
}

/**
 * A group label above its sub-headers ("Razpoložljivost" over "od" and "do") joins each of them. When the
 * upper row has merged group cells, only the columns under them are joined; the others keep their own header.
 */
function bandLabels(upper: string[], lower: string[], grouped: Set<number>): string[] {
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => {
    const top = upper[i] ?? ''
    const bottom = lower[i] ?? ''
    if (top && bottom && top !== bottom && (grouped.size === 0 || grouped.has(i))) return `${top} ${bottom}`
    return bottom || top
  })
}

/** Columns under a merged range that spans several columns in this row. */
function groupedColumns(sheet: SheetData, rowNumber: number): Set<number> {
  const columns = new Set<number>()
  for (const m of sheet.merges) if (m.top <= rowNumber && m.bottom >= rowNumber && m.right > m.left) for (let c = m.left; c <= m.right; c++) columns.add(c)
  return columns
}

/** A band wins when it explains the columns better, or as well while its upper row groups columns. */
function bandWins(grouped: Set<number>, band: { score: number }, single: { score: number }): boolean {
  return band.score > single.score + BAND_MARGIN || (band.score >= single.score && grouped.size > 0)
}

function evaluate(headers: string[], profile: ImportProfile, overrides: MappingOverrides) {
  const columns = suggestMapping(headers, profile, overrides)
  return { headers, columns, score: mappingScore(columns, profile) }
}

/**
 * Finds the header row: the row (or pair of rows, for merged group headers) whose cells best name the
 * profile's fields. `forcedRow` is the user's choice and is taken as it is.
 */
export function detectHeader(sheet: SheetData, profile: ImportProfile, overrides: MappingOverrides = {}, forcedRow?: number): HeaderChoice {
  const byNumber = new Map<number, SheetRow>()
  const first = sheet.rows.slice(0, SEARCH_ROWS + 1)
  for (const row of first) byNumber.set(row.number, row)
  if (forcedRow !== undefined) {
    if (!Number.isInteger(forcedRow) || forcedRow < 1) throw new UserError('import.badHeaderRow', { row: String(forcedRow) })
    if (!byNumber.has(forcedRow)) {
      const row = sheet.rows.find((r) => r.number === forcedRow)
      if (!row) throw new UserError('import.badHeaderRow', { row: forcedRow })
      byNumber.set(forcedRow, row)
    }
    const single = evaluate(rowLabels(sheet, byNumber, forcedRow), profile, overrides)
    const above = byNumber.get(forcedRow - 1) ?? sheet.rows.find((r) => r.number === forcedRow - 1)
    if (above) byNumber.set(above.number, above)
    const grouped = groupedColumns(sheet, forcedRow - 1)
    const band = above ? evaluate(bandLabels(rowLabels(sheet, byNumber, forcedRow - 1), single.headers, grouped), profile, overrides) : null
    const best = band && bandWins(grouped, band, single) ? band : single
    return { headerRow: forcedRow, ...best, detected: true }
  }
  let best: HeaderChoice | null = null
  for (const row of first.slice(0, SEARCH_ROWS)) {
    if (row.hidden) continue
    const labels = rowLabels(sheet, byNumber, row.number)
    if (labels.filter((l) => l !== '').length < 2) continue
    const single = evaluate(labels, profile, overrides)
    let candidate = single
    const above = byNumber.get(row.number - 1)
    if (above && !above.hidden) {
      const grouped = groupedColumns(sheet, row.number - 1)
      const band = evaluate(bandLabels(rowLabels(sheet, byNumber, row.number - 1), labels, grouped), profile, overrides)
      if (bandWins(grouped, band, single)) candidate = band
    }
    if (!best || candidate.score > best.score) best = { headerRow: row.number, ...candidate, detected: candidate.score >= MIN_SCORE }
  }
  if (best && best.detected) return best
  // Nothing looks like a header: the first row is offered as one, for the user to map by hand.
  const fallback = sheet.rows.find((r) => !r.hidden)
  if (!fallback) return { headerRow: 1, headers: [], columns: [], score: 0, detected: false }
  return { headerRow: fallback.number, ...evaluate(rowLabels(sheet, byNumber, fallback.number), profile, overrides), detected: false }
}
