import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { planningMessages } from '../../../shared/i18n/messages/planning'
import { EXCHANGE_KINDS } from '../../../shared/planning/rules'
import { CHOICE_REASONS, RULES, TEAM_WARNINGS, UNPLACED_REASONS } from '../../../shared/planning/types'

describe('planning catalogue', () => {
  it('has the same keys in Slovenian and English, all parsing as ICU', () => {
    expect(Object.keys(planningMessages.sl).sort()).toEqual(Object.keys(planningMessages.en).sort())
    for (const [lang, messages] of Object.entries(planningMessages))
      for (const message of Object.values(messages)) expect(() => new IntlMessageFormat(message, lang)).not.toThrow()
  })

  it('has a message for every code the engine produces', () => {
    const keys = [
      ...CHOICE_REASONS.map((r) => `planning.choice.${r}`),
      ...UNPLACED_REASONS.map((r) => `planning.unplaced.${r}`),
      ...RULES.map((r) => `planning.rule.${r}`),
      ...TEAM_WARNINGS.map((w) => `planning.teams.warning.${w}`),
      ...EXCHANGE_KINDS.map((k) => `planning.kind.${k}`),
    ]
    expect(keys.filter((k) => !(k in planningMessages.en))).toEqual([])
  })

  it('uses Slovenian plural forms', () => {
    const format = (days: number) => new IntlMessageFormat(planningMessages.sl['planning.unplaced.window-too-short']!, 'sl-SI').format({ days, duration: 5 })
    expect([1, 2, 3, 5].map(format)).toEqual([
      'Udeleženec je na voljo 1 delovni dan, izmenjava pa traja 5 delovnih dni',
      'Udeleženec je na voljo 2 delovna dneva, izmenjava pa traja 5 delovnih dni',
      'Udeleženec je na voljo 3 delovne dni, izmenjava pa traja 5 delovnih dni',
      'Udeleženec je na voljo 5 delovnih dni, izmenjava pa traja 5 delovnih dni',
    ])
  })
})
