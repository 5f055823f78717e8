import { format, isValid, parseISO } from 'date-fns'
import { IntlMessageFormat } from 'intl-messageformat'
import type { Language } from '../domain/enums'
import { UserError } from '../errors'
import { LOCALES } from '../i18n/format'
import { lettersMessages } from '../i18n/messages/letters'
import { workingDaysBetween } from '../stats/workingDays'
import type { Address, PersonData } from './types'

const formats = new Map<string, IntlMessageFormat>()

/** A letters message in the letter's language (not the UI's): letters follow their recipient. */
export function letterText(lang: Language, key: string, values: Record<string, string | number> = {}): string {
  const cacheKey = `${lang}\u0000${key}`
  let message = formats.get(cacheKey)
  if (!message) {
    const source = lettersMessages[lang][key]
    if (source === undefined) throw new Error(`letters message ${key} is missing`)
    message = new IntlMessageFormat(source, LOCALES[lang])
    formats.set(cacheKey, message)
  }
  return String(message.format(values))
}

export function parseLetterDate(iso: string): Date {
  const date = parseISO(iso)
  if (!isValid(date)) throw new UserError('letters.badDate', { value: iso })
  return date
}

/** Slovenian `22. 11. 2026` (the official style, spaces after the dots); English `22 November 2026`. */
export function formatLetterDate(iso: string, lang: Language): string {
  return format(parseLetterDate(iso), lang === 'sl' ? 'd. M. yyyy' : 'd MMMM yyyy')
}

/** No-break spaces inside a date: a line may break between the two dates of a period, never inside one. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, '\u00a0')
}

export function formatPeriod(from: string, to: string, lang: Language): string {
  const first = unbreakable(formatLetterDate(from, lang))
  if (from === to) return letterText(lang, 'letters.period.single', { from: first })
  return letterText(lang, 'letters.period.range', { from: first, to: unbreakable(formatLetterDate(to, lang)) })
}

/** The length of a stay as the planner counts it, in Slovenian working days (weekends and public holidays left out), with the plural ("5 delovnih dni"). */
export function formatDays(from: string, to: string, lang: Language): string {
  return letterText(lang, 'letters.days', { count: workingDaysBetween(from, to) })
}

const regionNames = new Map<Language, Intl.DisplayNames>()

/** Street, then postcode and town; the country only for an address abroad, in the letter's language. */
export function formatAddressLines(address: Address, lang: Language): string[] {
  const lines = [address.street ?? '', [address.postcode, address.city].filter(Boolean).join(' ')]
  const country = address.country.toUpperCase()
  if (country !== 'SI' && country !== '') {
    let names = regionNames.get(lang)
    if (!names) {
      names = new Intl.DisplayNames([LOCALES[lang]], { type: 'region' })
      regionNames.set(lang, names)
    }
    lines.push(names.of(country) ?? country)
  }
  return lines.map((line) => line.trim()).filter((line) => line !== '')
}

/**
 * The salutation from the recorded gender only: "Spoštovana gospa Novak" / "Dear Ms Novak". With no recorded
 * gender Slovenian uses the general "Spoštovani" and English the full name ("Dear Janez Novak"); with no
 * person at all, "Spoštovani" / "Dear Sir or Madam".
 */
export function formatSalutation(person: PersonData | null, lang: Language): string {
  if (!person) return letterText(lang, 'letters.salutation.none')
  const lastName = person.lastName?.trim()
  // English puts a title before the surname only ("Dear Ms Novak"); for a contact known by full name alone
  // "Dear Ana Ščurek" reads better than "Dear Ms Ana Ščurek". Slovenian says "Spoštovana gospa Ana Ščurek".
  if (lang === 'en' && !lastName) return letterText(lang, 'letters.salutation.other', { fullName: person.fullName })
  const name = lastName || person.fullName
  if (person.gender === 'f') return letterText(lang, 'letters.salutation.f', { name })
  if (person.gender === 'm') return letterText(lang, 'letters.salutation.m', { name })
  return letterText(lang, 'letters.salutation.other', { fullName: person.fullName })
}

export function formatPlaceAndDate(place: string, iso: string, lang: Language): string {
  return letterText(lang, 'letters.placeAndDate', { place, date: formatLetterDate(iso, lang) })
}
