import { IntlMessageFormat } from 'intl-messageformat'
import type { Language } from '../../../../shared/domain/enums'
import { catalogues } from '../../../../shared/i18n/catalogue'
import { LOCALES } from '../../../../shared/i18n/format'
import { statsMessages } from '../../../../shared/i18n/messages/stats'

export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * Messages for the workbook: the statistics catalogue first, then the app's (sector names come from the
 * partners area). Reading statsMessages directly keeps the export independent of where the area is registered.
 */
export function statsTranslator(lang: Language): Translate {
  const cache = new Map<string, IntlMessageFormat>()
  return (key, values = {}) => {
    let format = cache.get(key)
    if (!format) {
      const source = statsMessages[lang][key] ?? catalogues[lang][key]
      if (source === undefined) return key
      format = new IntlMessageFormat(source, LOCALES[lang])
      cache.set(key, format)
    }
    return String(format.format(values))
  }
}
