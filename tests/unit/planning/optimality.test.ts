import { describe, expect, it } from 'vitest'
import { proposePlan } from '../../../electron/services/planning/propose'
import type { SolveOptions } from '../../../electron/services/planning/solver'
import { EXCHANGE_KINDS } from '../../../shared/planning/rules'
import type { PlanningInstance, Proposal } from '../../../shared/planning/types'
import { generateInstance, rng } from './generate'
import { bruteForce, referencePairs, solveWithHighs } from './reference'

/** The proposal without its locked placements, as the reference solvers see the problem. */
function objective(p: Proposal) {
  const open = p.placements.filter((x) => !x.locked)
  return { placed: open.length, score: open.reduce((s, x) => s + x.points, 0) }
}

/** Every proposed placement is an eligible pair of the reference, and no offer holds more than its places. */
function expectFeasible(instance: PlanningInstance, p: Proposal) {
  const { pairs, places } = referencePairs(instance)
  const allowed = new Set(pairs.map((x) => `${x.nomination}/${x.offer}`))
  const used = new Map<number, number>()
  for (const x of p.placements.filter((y) => !y.locked)) {
    expect(allowed.has(`${x.nominationId}/${x.offerId}`), `nomination ${x.nominationId} at offer ${x.offerId}`).toBe(true)
    used.set(x.offerId!, (used.get(x.offerId!) ?? 0) + 1)
  }
  for (const [offer, count] of used) expect(count).toBeLessThanOrEqual(places.get(offer)!)
}

function withLocks(instance: PlanningInstance, seed: number, count: number): PlanningInstance {
  const random = rng(seed * 7919)
  const locked = instance.nominations.slice(0, count).map((n) => {
    const offer = instance.offers[Math.floor(random() * instance.offers.length)]!
    return { nominationId: n.id, hostOrganisationId: offer.organisationId, offerId: offer.id, from: offer.from, to: offer.from }
  })
  return { ...instance, locked }
}

function variant(seed: number, nominations: number, offers: number): PlanningInstance {
  const kinds = seed % 4 === 0 ? [...EXCHANGE_KINDS] : seed % 4 === 1 ? ['cross' as const, 'within-public' as const] : ['cross' as const]
  const base = generateInstance({ nominations, offers, seed, rules: { sectorKinds: kinds }, maxPlaces: 1 + (seed % 5), openWindows: 0.1 })
  return seed % 3 === 0 ? withLocks(base, seed, 3) : base
}

describe('the proposal is optimal', () => {
  it('matches HiGHS on 60 small random instances (most placed, then best preferences)', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const instance = variant(seed, 15 + (seed % 40), 4 + (seed % 12))
      const proposal = proposePlan(instance)
      expect(proposal.optimal).toBe(true)
      expectFeasible(instance, proposal)
      expect(objective(proposal), `seed ${seed}`).toEqual(await solveWithHighs(instance))
    }
  })

  it('matches HiGHS on medium instances (300 × 60 and 1,000 × 200)', async () => {
    const cases: Array<[number, number, number]> = [
      [101, 300, 60], [102, 300, 60], [103, 300, 60], [104, 300, 60], [105, 300, 60], [106, 300, 60], [107, 1000, 200], [108, 1000, 200],
    ]
    for (const [seed, n, o] of cases) {
      const instance = variant(seed, n, o)
      const proposal = proposePlan(instance)
      expect(proposal.optimal).toBe(true)
      expectFeasible(instance, proposal)
      expect(objective(proposal), `seed ${seed}`).toEqual(await solveWithHighs(instance))
    }
  })

  it('matches trying every plan on 80 tiny instances', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const instance = variant(seed, 2 + (seed % 6), 1 + (seed % 3))
      const proposal = proposePlan(instance)
      expect(proposal.optimal).toBe(true)
      expectFeasible(instance, proposal)
      expect(objective(proposal), `seed ${seed}`).toEqual(bruteForce(instance))
    }
  })

  it('reaches the same optimum from a bare first network, through pricing, and on the full network', async () => {
    const settings: SolveOptions[] = [{ initialOthers: 0, addPerRound: 1 }, { initialOthers: 0, maxRounds: 1 }, { initialOthers: 2 }]
    for (let seed = 200; seed < 210; seed++) {
      const instance = variant(seed, 120, 25)
      const expected = await solveWithHighs(instance)
      for (const options of settings) {
        const proposal = proposePlan(instance, options)
        expect(proposal.optimal).toBe(true)
        expect(objective(proposal), `seed ${seed} ${JSON.stringify(options)}`).toEqual(expected)
      }
    }
  })
})

describe('the proposal is deterministic', () => {
  it('gives the same plan whatever the order of the input', () => {
    const instance = variant(42, 400, 80)
    const random = rng(5)
    const shuffle = <T,>(list: T[]) => list.map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x)
    const shuffled = { ...instance, nominations: shuffle(instance.nominations), offers: shuffle(instance.offers), organisations: shuffle(instance.organisations) }
    expect(proposePlan(shuffled)).toEqual(proposePlan(instance))
  })
})
