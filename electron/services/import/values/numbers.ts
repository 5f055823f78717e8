import type { RawValue } from '../workbook'
import { cleanLine } from './text'

/**
 * Numbers typed as text, in the forms a Slovenian or English sheet holds: "1.234,50", "1 234,5", "1,234.50",
 * "12,5", "12.5". A single dot followed by exactly three digits ("1.234") is a thousands separator, as Slovenian
 * writes it. A unit after the number ("5 dni", "5 days") is allowed.
 */
const UNIT = /\s*(?:dni|dan|dneva|dnevi|days?|d|mest[ao]?|places?|oseb[ae]?|persons?|people)\.?$/i

export function parseNumberText(input: string): number | null {
  let text = cleanLine(input).replace(UNIT, '').replace(/[\s']/g, '')
  if (text === '') return null
  const sign = text.startsWith('-') ? -1 : 1
  text = text.replace(/^[+-]/, '')
  let normalised: string
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.')
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalised = text.replace(/,/g, '')
  else if (/^\d+,\d+$/.test(text)) normalised = text.replace(',', '.')
  else if (/^\d+(\.\d+)?$/.test(text)) normalised = text
  else return null
  const n = Number(normalised)
  return Number.isFinite(n) ? sign * n : null
}

export function readNumber(raw: RawValue): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
  if (typeof raw === 'string') return parseNumberText(raw)
  return null
}

/** A whole number, zero or more. */
export function readCount(raw: RawValue): number | null {
  const n = readNumber(raw)
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null
}

/** A calendar year: "2019", 2019, or a date cell (its year). */
export function readYear(raw: RawValue): number | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.getUTCFullYear()
  const n = readNumber(raw)
  return n !== null && Number.isInteger(n) && n >= 1950 && n <= 2100 ? n : null
}
