import { describe, expect, it } from 'vitest'
import { checkPlacement, type ManualPlacement } from '../../../electron/services/planning/check'
import { conflict, march, nomination, offer, org, round, type OrgName } from './fixtures'

const instance = round({
  nominations: [nomination(1, 'ministry', ['company'], { availableFrom: march(1), availableTo: march(15) }), nomination(2, 'agency', [])],
  offers: [offer(1, 'company', 1, { from: march(1), to: march(20) }), offer(2, 'ministry2', 1), offer(3, 'company2', 1)],
  conflicts: [conflict('company2', 'ministry', 'audits')],
})
const place = (host: OrgName, offerId: number | null, from: string | null = march(2), to: string | null = march(6)): ManualPlacement => ({
  nominationId: 1,
  hostOrganisationId: org(host),
  offerId,
  from,
  to,
})
const rules = (p: ManualPlacement, others: ManualPlacement[] = []) => checkPlacement(instance, p, others).map((v) => v.rule)

describe('a placement made by hand', () => {
  it('within the rules has no warnings', () => {
    expect(checkPlacement(instance, place('company', 1), [])).toEqual([])
  })

  it('at the own organisation, in conflict, or of a kind the round does not allow is flagged with the rule', () => {
    expect(rules(place('ministry', null))).toContain('own-organisation')
    expect(checkPlacement(instance, place('company2', 3), [])).toContainEqual({ rule: 'conflict', params: { home: 'ministry', host: 'company2', reason: 'audits' } })
    expect(checkPlacement(instance, place('ministry2', 2), [])).toEqual([{ rule: 'sector', params: { kind: 'withinPublic' } }])
  })

  it('outside the availability window, the offered period or shorter than the exchange is flagged', () => {
    expect(rules(place('company', 1, march(14), march(20)))).toEqual(['availability'])
    expect(checkPlacement(instance, { ...place('company', 1, march(2), march(4)) }, [])).toEqual([
      { rule: 'dates', params: { days: 3, duration: 5, periodFrom: march(1), periodTo: march(20) } },
    ])
  })

  it('on a full offer is flagged with the places taken', () => {
    const other: ManualPlacement = { nominationId: 2, hostOrganisationId: org('company'), offerId: 1, from: march(2), to: march(6) }
    expect(checkPlacement(instance, place('company', 1), [other])).toEqual([{ rule: 'capacity', params: { places: 1, used: 1 } }])
    // The placement being moved does not count against itself.
    expect(checkPlacement(instance, place('company', 1), [place('company', 1)])).toEqual([])
  })

  it('with an offer of another host is flagged', () => {
    expect(rules(place('company', 3))).toContain('offer-host')
  })
})
