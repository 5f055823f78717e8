import { fold } from '../../../shared/text'
import { cleanLine, displayText } from './values/text'
import type { SheetRow } from './workbook'

/**
 * What people write below a table: totals, notes, signature and stamp lines, the date and place of signing,
 * rows of underscores. Matched at the start of the row's first filled cell, folded.
 */
const TRAILER = /^(skupaj|skupno|vsota|sestevek|total|totals|sum|grand total|opomb[ae]?|op\b|note|notes|nb\b|podpis|podpisal|signature|signed|zig|stamp|seal|datum\b|date\b|kraj in datum|kraj datum|place and date|pripravil|pripravila|prepared by|odgovorna oseba|responsible person|izpolnil|izpolnila|legenda|legend|vir\b|source\b|\*)/
const RULE = /^[\s_\-=.…*]+$/

export function firstText(row: SheetRow): string {
  for (const cell of row.cells) {
    const text = cleanLine(displayText(cell ?? null))
    if (text !== '') return text
  }
  return ''
}

export function isTrailerRow(row: SheetRow): boolean {
  const text = firstText(row)
  return text !== '' && (TRAILER.test(fold(text)) || RULE.test(text))
}

/**
 * How many rows at the end of the data are trailer rows. Only the closing block counts: a "Skupaj" between
 * records is shown to the user as a bad record rather than dropped unseen.
 */
export function trailingJunk(rows: SheetRow[]): number {
  let count = 0
  for (let i = rows.length - 1; i >= 0 && isTrailerRow(rows[i]!); i--) count++
  return count
}
