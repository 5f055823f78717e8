import { describe, expect, it } from 'vitest'
import { initialCandidates, withViolations } from '../../../electron/services/planning/candidates'
import { bigWeight, findViolations } from '../../../electron/services/planning/certificate'
import { compileInstance } from '../../../electron/services/planning/compile'
import { BMatching } from '../../../electron/services/planning/matching'
import { repairAfterExtend } from '../../../electron/services/planning/repair'
import { solveAssignment } from '../../../electron/services/planning/solver'
import { buildTable } from '../../../electron/services/planning/table'
import { EXCHANGE_KINDS } from '../../../shared/planning/rules'
import { generateInstance } from './generate'

function instance(seed: number, nominations: number, offers: number) {
  const kinds = seed % 2 === 0 ? [...EXCHANGE_KINDS] : ['cross' as const]
  return compileInstance(generateInstance({ nominations, offers, seed, rules: { sectorKinds: kinds }, maxPlaces: 2 + (seed % 5), openWindows: 0.1 }))
}

function objective(assigned: Int32Array, c: ReturnType<typeof instance>) {
  let placed = 0
  let score = 0
  assigned.forEach((g, i) => {
    if (g < 0) return
    placed++
    const rank = c.nominations[i]!.preferences.indexOf(c.groups[g]!.host)
    score += rank < 0 ? 0 : 3 - rank
  })
  return { placed, score }
}

/**
 * Every residual arc of the network has a reduced cost ≥ 0, the source and sink arcs included: what the warm
 * start must restore after new edges broke it.
 */
function expectValidPotentials(m: BMatching) {
  const { nominations, groups, edgeStart, edgeGroup, edgeCost, capacity } = m.network
  for (let i = 0; i < nominations; i++) {
    for (let e = edgeStart[i]!; e < edgeStart[i + 1]!; e++) {
      const rc = edgeCost[e]! + m.pn[i]! - m.pg[edgeGroup[e]!]!
      if (e === m.matchEdge[i]) expect(rc, `matched edge of ${i}`).toBe(0)
      else expect(rc, `edge ${e} of ${i}`).toBeGreaterThanOrEqual(0)
    }
    if (m.matchEdge[i]! >= 0) expect(m.pn[i]! - m.ps, `placed ${i}`).toBeGreaterThanOrEqual(0)
    else expect(m.ps - m.pn[i]!, `unplaced ${i}`).toBeGreaterThanOrEqual(0)
  }
  for (let j = 0; j < groups; j++) {
    expect(m.load[j]!).toBeLessThanOrEqual(capacity[j]!)
    if (m.load[j]! < capacity[j]!) expect(m.pg[j]! - m.pt, `group ${j} with room`).toBeGreaterThanOrEqual(0)
    if (m.load[j]! > 0) expect(m.pt - m.pg[j]!, `group ${j} in use`).toBeGreaterThanOrEqual(0)
  }
}

describe('the warm start after pricing', () => {
  it('restores valid potentials and reaches the cold optimum of every larger network', () => {
    let repaired = 0
    for (let seed = 1; seed <= 40; seed++) {
      const c = instance(seed, 40 + seed * 3, 20 + (seed % 9))
      const t = buildTable(c)
      const big = bigWeight(t.nominations)
      let candidates = initialCandidates(t, Float64Array.from(c.nominations, (n) => n.id), seed % 2)
      const network = () => ({ nominations: t.nominations, groups: t.groups, edgeStart: candidates.start, edgeGroup: candidates.group, edgeCost: candidates.cost, capacity: t.gCapacity })
      const warm = new BMatching(network())
      warm.solve()
      warm.close(big + 3 - warm.pt)
      for (let round = 0; round < 10; round++) {
        const u = Float64Array.from(warm.pn, (x) => Math.max(0, x - warm.ps))
        const v = Float64Array.from(warm.pg, (x) => Math.max(0, warm.pt - x))
        const violations = findViolations(t, { u, v }, big, 1 + (seed % 2))
        if (violations.count === 0) break
        candidates = withViolations(t, candidates, violations)
        warm.extend(network())
        expect(repairAfterExtend(warm, big + 3, new Set(violations.nomination))).toBe(true)
        repaired++
        expectValidPotentials(warm)
        const cold = new BMatching(network())
        cold.solve()
        const assigned = (m: BMatching) => Int32Array.from({ length: t.nominations }, (_, i) => m.groupOf(i))
        expect(objective(assigned(warm), c), `seed ${seed} round ${round}`).toEqual(objective(assigned(cold), c))
      }
    }
    // The instances do need pricing, so the warm start above really ran.
    expect(repaired).toBeGreaterThan(30)
  })

  it('gives the same optimum as solving every round from scratch, proven', () => {
    for (let seed = 40; seed < 55; seed++) {
      const c = instance(seed, 150 + seed, 30)
      for (const options of [{ initialOthers: 0, addPerRound: 1 }, { initialOthers: 1, addPerRound: 3 }]) {
        const warm = solveAssignment(c, options)
        const cold = solveAssignment(c, { ...options, coldRounds: true })
        expect(warm.optimal).toBe(true)
        expect(cold.optimal).toBe(true)
        expect(objective(warm.assigned, c), `seed ${seed}`).toEqual(objective(cold.assigned, c))
      }
    }
  })
})
