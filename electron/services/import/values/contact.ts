import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'
import { isValidSlovenianTaxNumber, normaliseTaxNumber } from '../../../../shared/text'
import { cleanLine } from './text'

const EMAIL = z.email()

export type EmailResult = { email: string; more: boolean } | { invalid: string }

/**
 * An e-mail from what the cell shows and where it links: "Jan Novak <jan@x.si>", "mailto:jan@x.si", a cell
 * showing a name with a mailto: hyperlink, several addresses (the first is taken, the rest reported).
 */
export function readEmail(text: string, link: string | undefined): EmailResult | null {
  const fromLink = link && /^mailto:/i.test(link) ? safeDecode(link.slice(7).split('?')[0] ?? '') : ''
  let candidate = cleanLine(text).replace(/^mailto:/i, '')
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(candidate)
  if (angle) candidate = angle[1]!
  const parts = candidate.split(/[;,\s]+/).filter((p) => p !== '')
  const addresses = parts.filter((p) => p.includes('@'))
  if (addresses.length > 0) return checkEmail(addresses[0]!, addresses.length > 1)
  if (fromLink) return checkEmail(fromLink, false)
  return parts.length > 0 ? { invalid: cleanLine(text) } : null
}

function checkEmail(address: string, more: boolean): EmailResult {
  const email = address.toLowerCase()
  return EMAIL.safeParse(email).success && email.length <= 254 ? { email, more } : { invalid: address }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Slovenian numbers written nationally ("041 123 456", "01 478 10 00"): the national prefix 0, then digits in
 * groups. The library's general parser spends ~15 µs on each (a third of reading a 100,000-row file); for this,
 * the commonest form, its answer is the national number checked against Slovenia's own pattern from the same
 * metadata, so that check is made directly (a test compares both on generated numbers).
 */
const SLOVENIAN_NATIONAL = /^0[1-9]\d*(?: \d+)*$/
const slovenianPattern = ((): RegExp | null => {
  const metadata = new Metadata()
  metadata.selectNumberingPlan('SI')
  // Not in the library's types; should a later version drop it, every number takes the general parser.
  const plan = metadata.numberingPlan as unknown as { nationalNumberPattern?: () => string } | undefined
  const pattern = plan?.nationalNumberPattern?.()
  return pattern ? new RegExp(`^(?:${pattern})$`) : null
})()

/** A phone number in E.164 (+38641123456); numbers without a country code are Slovenian. */
export function readPhone(text: string): string | null {
  const cleaned = cleanLine(text)
  if (cleaned === '') return null
  if (slovenianPattern && SLOVENIAN_NATIONAL.test(cleaned)) {
    const national = cleaned.replace(/ /g, '').slice(1)
    return slovenianPattern.test(national) ? `+386${national}` : null
  }
  const phone = parsePhoneNumberFromString(cleaned.replace(/^00/, '+'), 'SI')
  return phone && phone.isValid() ? phone.number : null
}

/** A web address: "www.x.si" gains https://; only http and https are accepted. */
export function readUrl(text: string): string | null {
  const cleaned = cleanLine(text)
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(cleaned) ? cleaned : `https://${cleaned}`
  try {
    const url = new URL(withScheme)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return null
    return url.href.replace(/\/$/, '')
  } catch {
    return null
  }
}

export type TaxNumberResult = { taxNumber: string; foreign: boolean } | { invalid: string }

/** Slovenian tax numbers are checked to the check digit; one with another country's prefix is kept as foreign. */
export function readTaxNumber(raw: string | number): TaxNumberResult {
  const text = typeof raw === 'number' ? String(Math.trunc(raw)) : cleanLine(raw)
  const digits = normaliseTaxNumber(text)
  if (isValidSlovenianTaxNumber(digits)) return { taxNumber: digits, foreign: false }
  const foreign = /^([A-Z]{2})\s*([0-9A-Z]{2,14})$/i.exec(text.replace(/[\s.-]/g, ''))
  if (foreign && foreign[1]!.toUpperCase() !== 'SI') return { taxNumber: `${foreign[1]!.toUpperCase()}${foreign[2]!.toUpperCase()}`, foreign: true }
  return { invalid: text }
}

/** Slovenian registration number (matična številka): 7 digits, or 10 for a unit; a number cell lost its leading zeros. */
export function readRegistrationNumber(raw: string | number): string | null {
  const digits = (typeof raw === 'number' ? String(Math.trunc(raw)) : cleanLine(raw)).replace(/[\s.-]/g, '')
  if (!/^\d+$/.test(digits)) return null
  if (digits.length === 7 || digits.length === 10) return digits
  if (typeof raw === 'number' && digits.length < 7) return digits.padStart(7, '0')
  return null
}

/** Slovenian postcode: four digits, written also "SI-1000" or "1000 Ljubljana". */
export function readPostcode(raw: string | number): string | null {
  const text = typeof raw === 'number' ? String(raw) : cleanLine(raw)
  const match = /^(?:SI\s*-?\s*)?(\d{4})\b/i.exec(text)
  return match ? match[1]! : null
}
