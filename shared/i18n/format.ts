import { IntlMessageFormat } from 'intl-messageformat'
import type { Language } from '../domain/enums'
import type { AppError } from '../errors'
import { catalogues } from './catalogue'

export const LOCALES: Record<Language, string> = { sl: 'sl-SI', en: 'en-GB' }

const cache = new Map<string, IntlMessageFormat>()

/** Formats a catalogue message outside React (CLI, letters, exports). Unknown keys come back as the key. */
export function translate(lang: Language, key: string, values: Record<string, unknown> = {}): string {
  const source = catalogues[lang][key]
  if (source === undefined) return key
  const cacheKey = `${lang}\u0000${key}`
  let format = cache.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(source, LOCALES[lang])
    cache.set(cacheKey, format)
  }
  return String(format.format(values as Record<string, string | number>))
}

export function translateError(lang: Language, error: AppError): string {
  return translate(lang, `error.${error.code}`, error.params)
}
