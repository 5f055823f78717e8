import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { DRIVERS, GENDERS } from '../../../shared/domain/enums'
import { catalogues } from '../../../shared/i18n/catalogue'
import { statsMessages } from '../../../shared/i18n/messages/stats'
import { DIRECTIONS, directionKey, FIGURES, figureDefinitionKey, figureLabelKey, GENERAL_RULES, ruleDefinitionKey, ruleLabelKey } from '../../../shared/stats/definitions'

const root = join(import.meta.dirname, '../../..')
function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(root, folder, f), 'utf8'))
}

describe('statistics catalogue', () => {
  it('has the same keys in Slovenian and English, all parsing as ICU', () => {
    expect(Object.keys(statsMessages.sl).sort()).toEqual(Object.keys(statsMessages.en).sort())
    for (const [lang, messages] of Object.entries(statsMessages))
      for (const [key, message] of Object.entries(messages)) expect(() => new IntlMessageFormat(message, lang), key).not.toThrow()
  })

  it('defines every rule and figure, direction, gender and driver in both languages', () => {
    const keys = [
      ...GENERAL_RULES.flatMap((r) => [ruleLabelKey(r), ruleDefinitionKey(r)]),
      ...FIGURES.flatMap((f) => [figureLabelKey(f), figureDefinitionKey(f)]),
      ...DIRECTIONS.map(directionKey), ...GENDERS.map((g) => `stats.gender.${g}`), ...DRIVERS.map((d) => `stats.driver.${d}`),
    ]
    for (const lang of ['sl', 'en'] as const) expect(keys.filter((k) => !statsMessages[lang][k])).toEqual([])
  })

  it('has every key the statistics code names, and the sector names it borrows from the partners area', () => {
    const named = new Set(sources('electron/services/stats').concat(sources('shared/stats')).flatMap((text) => [...text.matchAll(/'((?:stats|error\.stats)\.[A-Za-z.]+[A-Za-z])'/g)].map((m) => m[1]!)))
    expect(named.size).toBeGreaterThan(50)
    const keys = Object.keys(statsMessages.sl)
    // A name is a message, an error code (shown as `error.<code>`), or the prefix of a family such as `stats.driver`.
    const known = (name: string) => statsMessages.sl[name] || statsMessages.sl[`error.${name}`] || keys.some((k) => k.startsWith(`${name}.`))
    expect([...named].filter((name) => !known(name))).toEqual([])
    expect(['ministry', 'public-body', 'company', 'ngo', 'association'].filter((s) => !catalogues.en[`partners.sector.${s}`])).toEqual([])
  })

  it('uses no key another area already has', () => {
    const others = Object.keys(catalogues.sl)
    expect(Object.keys(statsMessages.sl).filter((key) => others.includes(key) && catalogues.sl[key] !== statsMessages.sl[key])).toEqual([])
  })
})
