import { describe, expect, it } from 'vitest'
import { proposePlan } from '../../../electron/services/planning/propose'
import { UserError } from '../../../shared/errors'
import { march, nomination, offer, org, round } from './fixtures'

describe('locked placements', () => {
  it('are kept as they are, never re-planned, and take a place of their offer', () => {
    const p = proposePlan(round({
      nominations: [nomination(1, 'ministry', ['company2']), nomination(2, 'agency', ['company', 'company2'])],
      offers: [offer(1, 'company', 1), offer(2, 'company2', 1)],
      locked: [{ nominationId: 1, hostOrganisationId: org('company'), offerId: 1, from: march(9), to: march(13) }],
    }))
    expect(p.placements.find((x) => x.nominationId === 1)).toMatchObject({ locked: true, offerId: 1, from: march(9), to: march(13), preferenceRank: 0, violations: [] })
    // Without the lock's place, nomination 2 would have its first choice.
    expect(p.placements.find((x) => x.nominationId === 2)).toMatchObject({ locked: false, hostOrganisationId: org('company2'), preferenceRank: 2 })
    expect(p.placements.find((x) => x.nominationId === 2)!.explanation.choices).toMatchObject([{ choice: 1, reason: 'full' }])
    expect(p).toMatchObject({ placed: 2, score: 2, lockedCount: 1, optimal: true })
  })

  it('without an offer take a place of the host’s offer their dates overlap most', () => {
    const p = proposePlan(round({
      nominations: [nomination(1, 'ministry', []), nomination(2, 'agency', ['company']), nomination(3, 'agency', ['company'])],
      offers: [offer(1, 'company', 1, { from: march(1), to: march(10) }), offer(2, 'company', 1, { from: march(15), to: march(31) })],
      locked: [{ nominationId: 1, hostOrganisationId: org('company'), offerId: null, from: march(16), to: march(20) }],
    }))
    expect(p.placements.filter((x) => !x.locked).map((x) => x.offerId)).toEqual([1])
    expect(p.unplaced).toMatchObject([{ code: 'all-full' }])
  })

  it('that break a rule stay, with the rules they break', () => {
    const p = proposePlan(round({
      nominations: [nomination(1, 'ministry', ['agency'])],
      offers: [offer(1, 'agency', 1)],
      locked: [{ nominationId: 1, hostOrganisationId: org('agency'), offerId: 1, from: march(2), to: march(6) }],
    }))
    expect(p.placements).toMatchObject([{ locked: true, hostOrganisationId: org('agency'), violations: [{ rule: 'sector', params: { kind: 'withinPublic' } }] }])
  })

  it('over the offer’s places leave none for the proposal and are flagged', () => {
    const p = proposePlan(round({
      nominations: [nomination(1, 'ministry', []), nomination(2, 'agency', []), nomination(3, 'agency', ['company'])],
      offers: [offer(1, 'company', 1)],
      locked: [1, 2].map((id) => ({ nominationId: id, hostOrganisationId: org('company'), offerId: 1, from: march(2), to: march(6) })),
    }))
    expect(p.placements.filter((x) => !x.locked)).toEqual([])
    expect(p.placements.every((x) => x.violations.some((v) => v.rule === 'capacity'))).toBe(true)
  })

  it('must name a nomination and an offer of the round', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn()
      } catch (error) {
        return (error as UserError).code
      }
    }
    const base = { nominations: [nomination(1, 'ministry', [])], offers: [offer(1, 'company', 1)] }
    expect(codeOf(() => proposePlan(round({ ...base, locked: [{ nominationId: 9, hostOrganisationId: org('company'), offerId: 1, from: null, to: null }] })))).toBe('planning.lockedUnknownNomination')
    expect(codeOf(() => proposePlan(round({ ...base, locked: [{ nominationId: 1, hostOrganisationId: org('company'), offerId: 7, from: null, to: null }] })))).toBe('planning.lockedUnknownOffer')
  })
})
