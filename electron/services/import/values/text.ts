import type { RawValue } from '../workbook'
import { isCellError } from '../workbook'

/**
 * Control characters, zero-width characters and bidirectional overrides: invisible in a cell, they break
 * searching and sorting and can disguise text, so they never reach the database.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g
/** Space-like characters Excel users paste in from Word and web pages (non-breaking, thin, ideographic…). */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g

/**
 * Whether cleaning would change the text: a control, invisible or odd space character (as above, plus line
 * breaks), two spaces in a row, or a space at either end. A loop over the characters, because most cells are
 * clean and the equivalent regular expression, tried at every position, was a noticeable share of an import.
 */
function needsCleaning(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true
  let space = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (space) return true
      space = true
      continue
    }
    space = false
    if (c < 0x20 || (c >= 0x7f && c <= 0xa0)) return true
    if (c >= 0x1680 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) || c === 0x3000 || c === 0xfeff)) return true
  }
  return false
}

/** One-line text: invisible characters gone, any run of spaces, tabs or line breaks becomes one space. */
export function cleanLine(text: string): string {
  if (!needsCleaning(text)) return text
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim()
}

/** Multi-line text (notes): line breaks kept, at most one empty line in a row, spaces within lines collapsed. */
export function cleanMultiline(text: string): string {
  if (!needsCleaning(text)) return text
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Cut at `max` characters without splitting a surrogate pair. */
export function limitLength(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false }
  let cut = text.slice(0, max)
  const last = cut.charCodeAt(cut.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1)
  return { text: cut.trimEnd(), truncated: true }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A date cell as text: its calendar date, with the time only when it has one. */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const h = date.getUTCHours()
  const m = date.getUTCMinutes()
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`
}

/** How the cell reads in the spreadsheet program, roughly: what problems quote back to the user. */
export function displayText(raw: RawValue | undefined): string {
  if (raw === null || raw === undefined) return ''
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number') return Number.isInteger(raw) ? String(raw) : String(Math.round(raw * 1e9) / 1e9)
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE'
  if (raw instanceof Date) return dateText(raw)
  return isCellError(raw) ? raw.error : ''
}
