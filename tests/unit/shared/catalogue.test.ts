import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { catalogues } from '../../../shared/i18n/catalogue'

describe('message catalogue', () => {
  it('has the same keys in Slovenian and English', () => {
    const sl = Object.keys(catalogues.sl).sort()
    const en = Object.keys(catalogues.en).sort()
    expect(sl.filter((k) => !en.includes(k))).toEqual([])
    expect(en.filter((k) => !sl.includes(k))).toEqual([])
  })

  it('has only messages that parse as ICU (as react-intl parses them)', () => {
    const broken: string[] = []
    for (const [lang, catalogue] of Object.entries(catalogues))
      for (const [key, message] of Object.entries(catalogue)) {
        try {
          new IntlMessageFormat(message, lang === 'sl' ? 'sl-SI' : 'en-GB')
        } catch (error) {
          broken.push(`${lang} ${key}: ${(error as Error).message}`)
        }
      }
    expect(broken).toEqual([])
  })

  it('uses Slovenian plural forms for counts', () => {
    const format = (n: number) => new IntlMessageFormat(catalogues.sl['partners.count']!, 'sl-SI').format({ count: n })
    expect([1, 2, 3, 5, 101].map(format)).toEqual(['1 organizacija', '2 organizaciji', '3 organizacije', '5 organizacij', '101 organizacija'])
  })
})
