import type { Compiled } from './compile'
import { bigWeight, closesGap, findViolations, type Duals } from './certificate'
import { isEligible, pointsFor } from './eligibility'
import { BMatching } from './matching'

/**
 * The exact assignment of nominations to offer groups.
 *
 * Any eligible host scores 0, so the full graph is dense (a nomination is often eligible for hundreds of
 * offers) while the interesting part is sparse. The solver therefore works on candidate pairs: every eligible
 * preferred host plus a few other eligible groups per nomination, spread over the groups. It solves that
 * network exactly, reads the duals off the flow potentials and prices every eligible pair of the whole
 * instance (certificate.ts). Pairs that could improve the plan are added and the network solved again; when
 * none is left, the plan is optimal for the whole instance and the certificate says so.
 */
export interface SolveOptions {
  /** Eligible non-preferred groups per nomination in the first network. */
  initialOthers?: number
  /** Violating pairs added per nomination and round of pricing. */
  addPerRound?: number
  /** Rounds of pricing before every eligible pair is added at once (the network is then the full one). */
  maxRounds?: number
}

export interface SolveResult {
  /** Group index per nomination index, or -1. */
  assigned: Int32Array
  optimal: boolean
  rounds: number
  candidateEdges: number
  /** Number of eligible pairs when the last network was the full one, otherwise null (never counted). */
  eligiblePairs: number | null
}

export function solveAssignment(c: Compiled, options: SolveOptions = {}): SolveResult {
  const initialOthers = options.initialOthers ?? 6
  const addPerRound = options.addPerRound ?? 4
  const maxRounds = options.maxRounds ?? 8
  const big = bigWeight(c.nominations.length)
  const candidates = initialCandidates(c, initialOthers)
  let full = false
  for (let round = 1; ; round++) {
    const { assigned, duals, edges } = solveNetwork(c, candidates)
    const violations = findViolations(c, duals, big, addPerRound)
    if (violations.count === 0 || full) {
      const optimal = violations.count === 0 && closesGap(c, assigned, duals, big)
      return { assigned, optimal, rounds: round, candidateEdges: edges, eligiblePairs: full ? edges : null }
    }
    if (round >= maxRounds) {
      addAllEligible(c, candidates)
      full = true
    } else {
      for (const [i, groups] of violations.byNomination) for (const g of groups) candidates[i]!.add(g)
    }
  }
}

/**
 * Preferred hosts' eligible groups, plus a few other eligible groups per nomination: half taken from the groups
 * whose places are least sought so far (candidate edges per place, re-ranked every 512 nominations), half
 * from a starting point that differs per nomination. The first network then reaches nearly every free place,
 * and pricing has little left to add. The scans are bounded; pricing makes up for whatever they miss.
 */
function initialCandidates(c: Compiled, others: number): Array<Set<number>> {
  const count = c.groups.length
  const demand = new Float64Array(count)
  const sets = c.nominations.map((n) => {
    const set = new Set<number>()
    for (const host of n.preferences) for (const g of c.groupsByHost.get(host) ?? []) if (isEligible(c, n, g)) set.add(g.index)
    for (const g of set) demand[g]! += 1
    return set
  })
  if (count === 0) return sets
  const ratio = new Float64Array(count)
  const order = Int32Array.from(c.groups, (g) => g.index)
  const rank = () => {
    for (const g of c.groups) ratio[g.index] = (demand[g.index]! + 1) / (g.capacity + 0.5)
    order.sort((a, b) => ratio[a]! - ratio[b]! || a - b)
  }
  const take = (n: (typeof c.nominations)[number], set: Set<number>, g: number) => {
    const group = c.groups[g]!
    if (group.capacity === 0 || set.has(g) || !isEligible(c, n, group)) return false
    set.add(g)
    demand[g]! += 1
    return true
  }
  const fromScarce = Math.ceil(others / 2)
  c.nominations.forEach((n, i) => {
    if (i % 512 === 0) rank()
    const set = sets[i]!
    let added = 0
    for (let k = 0; k < Math.min(count, 64) && added < fromScarce; k++) if (take(n, set, order[k]!)) added++
    const offset = Math.imul(n.id, 0x9e3779b1) >>> 0
    for (let k = 0; k < count && added < others; k++) if (take(n, set, (offset + k) % count)) added++
  })
  return sets
}

function addAllEligible(c: Compiled, candidates: Array<Set<number>>): void {
  c.nominations.forEach((n, i) => {
    for (const g of c.groups) if (isEligible(c, n, g)) candidates[i]!.add(g.index)
  })
}

/**
 * Network: source → nomination (1 place) → group (cost 3 − points, the "regret") → sink (the group's places).
 * Maximum flow at minimum regret is the lexicographic optimum. Edges go in a fixed order (nominations by id,
 * their groups by index), which makes the result independent of how the input was ordered.
 */
function solveNetwork(c: Compiled, candidates: Array<Set<number>>): { assigned: Int32Array; duals: Duals; edges: number } {
  const nn = c.nominations.length
  const ng = c.groups.length
  let edges = 0
  for (const set of candidates) edges += set.size
  const edgeStart = new Int32Array(nn + 1)
  const edgeGroup = new Int32Array(edges)
  const edgeCost = new Int32Array(edges)
  let e = 0
  for (let i = 0; i < nn; i++) {
    const n = c.nominations[i]!
    for (const gi of [...candidates[i]!].sort((a, b) => a - b)) {
      edgeGroup[e] = gi
      edgeCost[e++] = 3 - pointsFor(n, c.groups[gi]!.host)
    }
    edgeStart[i + 1] = e
  }
  const capacity = Int32Array.from(c.groups, (g) => g.capacity)
  const matching = new BMatching({ nominations: nn, groups: ng, edgeStart, edgeGroup, edgeCost, capacity })
  matching.solve()
  const big = bigWeight(nn)
  // After the last phase the sink is unreachable; lifting it (and everything unreachable) to exactly BIG + 3
  // above the source closes the circulation source → sink → source, and the potentials become the duals of
  // the weighted problem: u = potential of the nomination, v = sink − potential of the group.
  matching.close(big + 3 - matching.pt)
  const u = Float64Array.from(matching.pn, (x) => Math.max(0, x))
  const v = Float64Array.from(matching.pg, (x) => Math.max(0, matching.pt - x))
  const assigned = Int32Array.from({ length: nn }, (_, i) => matching.groupOf(i))
  return { assigned, duals: { u, v }, edges }
}
