import type { Language } from '../domain/enums'
import { LOCALES } from '../i18n/format'

const cache = new Map<string, Intl.NumberFormat>()

/**
 * A figure as the user's language writes it: Slovenian `1.234,5` (grouping from the thousands, as Slovenian
 * documents do, though CLDR starts at five digits), English `1,234.5`. Null (no data) is an en dash.
 */
export function formatFigure(lang: Language, value: number | null, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return '–'
  const key = `${lang}:${decimals}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { useGrouping: 'always', minimumFractionDigits: decimals, maximumFractionDigits: decimals } as Intl.NumberFormatOptions)
    cache.set(key, format)
  }
  return format.format(value)
}

/** A growth factor against the pilot year: `5,0 ×` / `5.0 ×`. */
export function formatFactor(lang: Language, value: number | null): string {
  return value === null ? '–' : `${formatFigure(lang, value, 1)} ×`
}
