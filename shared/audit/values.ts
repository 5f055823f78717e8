import type { Language } from '../domain/enums'
import { catalogues } from '../i18n/catalogue'
import { LOCALES, translate } from '../i18n/format'

const hasMessage = (lang: Language, key: string) => catalogues[lang][key] !== undefined

/** One calendar day as the screens write it: 22. 11. 2026 in Slovenian, 22 Nov 2026 in English. */
export function formatDay(lang: Language, iso: string): string {
  const day = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso)
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: lang === 'sl' ? 'numeric' : 'short', year: 'numeric' }).format(day)
}

/** An instant as a day and a local time of day. */
export function formatInstant(lang: Language, iso: string): string {
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
  return `${formatDay(lang, iso)} ${time}`
}

/** Slovenian mobile networks (030, 031, 040, 041, 051, 064, 065, 068, 069, 070, 071): 031 555 222. */
const MOBILE = /^(30|31|40|41|51|64|65|68|69|70|71)/

/** A Slovenian number without its 0 or +386: mobile 31 555 222, fixed line 1 478 12 00. */
function groupSlovenian(digits: string): string {
  if (MOBILE.test(digits)) return `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5)}`
  return `${digits.slice(0, 1)} ${digits.slice(1, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`
}

/**
 * A phone number in readable groups (+386 31 555 222, 01 478 12 00); only a number typed without spaces is
 * grouped, anything else stays as typed.
 */
export function formatPhone(text: string): string {
  if (text.startsWith('+386') && /^\+386\d{8}$/.test(text)) return `+386 ${groupSlovenian(text.slice(4))}`
  if (/^0\d{8}$/.test(text)) return `0${groupSlovenian(text.slice(1))}`
  if (/^\+\d{8,15}$/.test(text)) return `${text.slice(0, 3)} ${text.slice(3).replace(/(\d{3})(?=\d{2,})/g, '$1 ')}`
  return text
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** A catalogue label for a code, or null when the catalogue has none. */
export function label(lang: Language, key: string, values?: Record<string, unknown>): string | null {
  if (!hasMessage(lang, key)) return null
  return translate(lang, key, values)
}

/**
 * References of one batch ("0100-12/2026-1" … "0100-12/2026-15") read as a range with their count; a short list
 * as a comma list.
 */
export function formatReferences(lang: Language, items: string[]): string {
  if (items.length <= 3) return items.join(', ')
  return `${items[0]} … ${items[items.length - 1]} (${translate(lang, 'audit.value.count', { n: items.length })})`
}
