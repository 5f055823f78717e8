import type { Language } from '../domain/enums'
import { LOCALES, translate } from '../i18n/format'

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

/**
 * A phone number in readable groups: +386 31 555 222, 01 478 12 00 stays as typed. Only a number typed without
 * spaces is grouped (international: country code, two digits, then threes; national: threes).
 */
export function formatPhone(text: string): string {
  if (!/^\+?\d{7,15}$/.test(text)) return text
  const threes = (digits: string) => digits.replace(/(\d{3})(?=\d{2,})/g, '$1 ')
  if (text.startsWith('+386')) return `+386 ${text.slice(4, 6)} ${threes(text.slice(6))}`
  if (text.startsWith('+')) return `${text.slice(0, 3)} ${threes(text.slice(3))}`
  return threes(text)
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** A catalogue label for a code, or null when the catalogue has none. */
export function label(lang: Language, key: string, values?: Record<string, unknown>): string | null {
  const text = translate(lang, key, values)
  return text === key ? null : text
}

/**
 * References of one batch ("0100-12/2026-1" … "0100-12/2026-15") read as a range with their count; a short list
 * as a comma list.
 */
export function formatList(lang: Language, items: string[]): string {
  if (items.length <= 3) return items.join(', ')
  return `${items[0]} … ${items[items.length - 1]} (${translate(lang, 'auditWords.count', { n: items.length })})`
}
