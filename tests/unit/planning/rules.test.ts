import { describe, expect, it } from 'vitest'
import { proposePlan } from '../../../electron/services/planning/propose'
import { UserError } from '../../../shared/errors'
import { DEFAULT_RULES, exchangeDirection, parseRoundRules, serializeRoundRules } from '../../../shared/planning/rules'
import { conflict, march, nomination, offer, org, round } from './fixtures'

const hostOf = (p: ReturnType<typeof proposePlan>, id: number) => p.placements.find((x) => x.nominationId === id)?.hostOrganisationId ?? null

describe('sector rule', () => {
  it('allows public ↔ non-public by default, NGOs included', () => {
    const p = proposePlan(round({
      nominations: [nomination(1, 'ministry', ['company']), nomination(2, 'ngo', ['agency']), nomination(3, 'chamber', ['ministry'])],
      offers: [offer(1, 'company', 1), offer(2, 'agency', 1), offer(3, 'ministry', 1)],
    }))
    expect([hostOf(p, 1), hostOf(p, 2), hostOf(p, 3)]).toEqual([org('company'), org('agency'), org('ministry')])
  })

  it('keeps a ministry from going to another public body unless the round allows exchanges within the public sector', () => {
    const parts = { nominations: [nomination(1, 'ministry', ['agency'])], offers: [offer(1, 'agency', 1)] }
    expect(hostOf(proposePlan(round(parts)), 1)).toBeNull()
    expect(proposePlan(round(parts)).unplaced[0]).toMatchObject({ code: 'no-eligible-host', params: { sector: 1 } })
    expect(hostOf(proposePlan(round({ ...parts, rules: { sectorKinds: ['cross', 'within-public'] } })), 1)).toBe(org('agency'))
  })

  it('allows company ↔ NGO only with the NGO kind, and company ↔ company only within the private sector', () => {
    const parts = { nominations: [nomination(1, 'company', ['ngo']), nomination(2, 'company2', ['chamber'])], offers: [offer(1, 'ngo', 1), offer(2, 'chamber', 1)] }
    const none = proposePlan(round(parts))
    expect(none.placed).toBe(0)
    const ngos = proposePlan(round({ ...parts, rules: { sectorKinds: ['cross', 'with-ngos'] } }))
    expect([hostOf(ngos, 1), hostOf(ngos, 2)]).toEqual([org('ngo'), null])
    const any = proposePlan(round({ ...parts, rules: { sectorKinds: ['cross', 'within-public', 'with-ngos', 'within-private'] } }))
    expect([hostOf(any, 1), hostOf(any, 2)]).toEqual([org('ngo'), org('chamber')])
  })

  it('classifies every pair of sectors into one direction, as the statistics do', () => {
    expect(exchangeDirection('ministry', 'public-body')).toBe('withinPublic')
    expect(exchangeDirection('public-body', 'ngo')).toBe('withNgos')
    expect(exchangeDirection('ngo', 'ngo')).toBe('withNgos')
    expect(exchangeDirection('association', 'company')).toBe('withinPrivate')
  })
})

describe('never at one’s own organisation', () => {
  it('passes over the own organisation even as first choice', () => {
    const p = proposePlan(round({
      nominations: [nomination(1, 'company', ['company', 'ministry'])],
      offers: [offer(1, 'company', 1), offer(2, 'ministry', 1)],
      rules: { sectorKinds: ['cross', 'within-private'] },
    }))
    expect(hostOf(p, 1)).toBe(org('ministry'))
    expect(p.placements[0]!.explanation.choices).toMatchObject([{ choice: 1, reason: 'own-organisation' }])
  })
})

describe('availability', () => {
  it('needs the whole duration, in working days, inside both the window and the offered period', () => {
    // Available Monday 2 – Friday 13 March 2026: from Tuesday 10 only 4 working days are left, from Monday 9 five.
    const p = proposePlan(round({
      nominations: [nomination(1, 'ministry', ['company', 'company2'], { availableFrom: march(2), availableTo: march(13) })],
      offers: [offer(1, 'company', 1, { from: march(10), to: march(20) }), offer(2, 'company2', 1, { from: march(9), to: march(20) })],
    }))
    expect(p.placements[0]).toMatchObject({ hostOrganisationId: org('company2'), from: march(9), to: march(13), preferenceRank: 2 })
    expect(p.placements[0]!.explanation.choices).toMatchObject([{ choice: 1, reason: 'availability' }])
  })

  it('uses the round’s default duration and the round’s period for open dates', () => {
    const parts = {
      nominations: [nomination(1, 'ministry', ['company'], { availableFrom: march(2), availableTo: march(5), durationDays: null })],
      offers: [offer(1, 'company', 1, { from: null, to: null })],
    }
    expect(proposePlan(round(parts)).unplaced[0]).toMatchObject({ code: 'window-too-short', params: { duration: 5, days: 4 } })
    expect(proposePlan(round({ ...parts, rules: { defaultDurationDays: 4 } })).placements[0]).toMatchObject({ from: march(2), to: march(5) })
  })
})

describe('capacity', () => {
  it('fills an offer only up to its places and sends the rest to their next choice', () => {
    const p = proposePlan(round({
      nominations: [1, 2, 3].map((id) => nomination(id, 'ministry', ['company', 'company2'])),
      offers: [offer(1, 'company', 2), offer(2, 'company2', 5)],
    }))
    expect(p.placements.filter((x) => x.hostOrganisationId === org('company'))).toHaveLength(2)
    expect(p.placements.filter((x) => x.hostOrganisationId === org('company2'))).toHaveLength(1)
  })

  it('counts places per offer when a host offers the same period twice', () => {
    const p = proposePlan(round({ nominations: [1, 2, 3].map((id) => nomination(id, 'ministry', ['company'])), offers: [offer(1, 'company', 1), offer(2, 'company', 1)] }))
    expect(p.placements.map((x) => x.offerId).sort()).toEqual([1, 2])
    expect(p.unplaced).toMatchObject([{ code: 'all-full' }])
  })
})

describe('conflicts of interest', () => {
  it('keeps the two organisations apart in both directions', () => {
    for (const pair of [conflict('ministry', 'company'), conflict('company', 'ministry')]) {
      const p = proposePlan(round({
        nominations: [nomination(1, 'ministry', ['company', 'company2']), nomination(2, 'company', ['ministry', 'agency'])],
        offers: [offer(1, 'company', 1), offer(2, 'company2', 1), offer(3, 'ministry', 1), offer(4, 'agency', 1)],
        conflicts: [pair],
      }))
      expect([hostOf(p, 1), hostOf(p, 2)]).toEqual([org('company2'), org('agency')])
    }
  })
})

describe('round rules JSON', () => {
  it('gives the defaults for no rules and keeps what is set', () => {
    expect(parseRoundRules(null)).toEqual(DEFAULT_RULES)
    expect(DEFAULT_RULES).toEqual({ sectorKinds: ['cross'], defaultDurationDays: 5, reciprocity: false, teamSize: 5, noticeWorkingDays: 5 })
    const json = serializeRoundRules({ sectorKinds: ['with-ngos', 'cross'], reciprocity: true })
    expect(parseRoundRules(json)).toEqual({ ...DEFAULT_RULES, sectorKinds: ['cross', 'with-ngos'], reciprocity: true })
  })

  it('refuses broken JSON and unknown or bad fields with a code the user can read', () => {
    const code = (json: string) => {
      try {
        parseRoundRules(json)
        return null
      } catch (error) {
        return error instanceof UserError ? [error.code, error.params] : 'other'
      }
    }
    expect(code('{sector')).toEqual(['planning.rulesNotJson', {}])
    expect(code('{"defaultDurationDays": 0}')).toEqual(['planning.rulesInvalid', { field: 'defaultDurationDays' }])
    expect(code('{"sectorKinds": ["sideways"]}')).toEqual(['planning.rulesInvalid', { field: 'sectorKinds.0' }])
    expect(code('{"colour": "red"}')).toEqual(['planning.rulesInvalid', { field: '-' }])
  })
})
