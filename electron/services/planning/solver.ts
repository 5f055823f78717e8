import type { Compiled } from './compile'
import { bigWeight, closesGap, findViolations, type Duals } from './certificate'
import { BMatching } from './matching'
import { buildTable, eligible, pointsAt, type Table } from './table'

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
  const t = buildTable(c)
  let candidates = initialCandidates(c, t, initialOthers)
  let full = false
  for (let round = 1; ; round++) {
    const { assigned, duals, edges } = solveNetwork(c, t, candidates)
    const violations = findViolations(c, t, duals, big, addPerRound)
    if (violations.count === 0 || full) {
      const optimal = violations.count === 0 && closesGap(c, assigned, duals, big)
      return { assigned, optimal, rounds: round, candidateEdges: edges, eligiblePairs: full ? edges : null }
    }
    if (round >= maxRounds) {
      candidates = allEligible(c, t)
      full = true
    } else {
      for (const [i, groups] of violations.byNomination) for (const g of groups) candidates[i]!.push(g)
    }
  }
}

/**
 * Preferred hosts' eligible groups, plus a few other eligible groups per nomination: half taken from the groups
 * whose places are least sought so far (candidate edges per place, re-ranked every 512 nominations), half
 * from a starting point that differs per nomination. The first network then reaches nearly every free place,
 * and pricing has little left to add. The scans are bounded; pricing makes up for whatever they miss.
 * A group is in a nomination's list at most once (`mark` holds the last nomination that took it).
 */
function initialCandidates(c: Compiled, t: Table, others: number): number[][] {
  const count = t.groups
  const demand = new Float64Array(count)
  const mark = new Int32Array(count)
  const { prefStart, prefGroup, gCapacity } = t
  const lists: number[][] = new Array<number[]>(t.nominations)
  for (let i = 0; i < t.nominations; i++) {
    const list: number[] = []
    for (let k = prefStart[i]!; k < prefStart[i + 1]!; k++) {
      const g = prefGroup[k]!
      list.push(g)
      demand[g]! += 1
    }
    lists[i] = list
  }
  if (count === 0) return lists
  const ratio = new Float64Array(count)
  const order = new Int32Array(count)
  const rank = () => {
    for (let g = 0; g < count; g++) {
      ratio[g] = (demand[g]! + 1) / (gCapacity[g]! + 0.5)
      order[g] = g
    }
    order.sort((a, b) => ratio[a]! - ratio[b]! || a - b)
  }
  const fromScarce = Math.ceil(others / 2)
  const scarceScan = Math.min(count, 64)
  for (let i = 0; i < t.nominations; i++) {
    if (i % 512 === 0) rank()
    const list = lists[i]!
    const stamp = i + 1
    for (const g of list) mark[g] = stamp
    const take = (g: number) => {
      if (gCapacity[g] === 0 || mark[g] === stamp || !eligible(c, t, i, g)) return false
      mark[g] = stamp
      list.push(g)
      demand[g]! += 1
      return true
    }
    let added = 0
    for (let k = 0; k < scarceScan && added < fromScarce; k++) if (take(order[k]!)) added++
    const offset = (Math.imul(c.nominations[i]!.id, 0x9e3779b1) >>> 0) % count
    for (let k = 0; k < count && added < others; k++) {
      const g = offset + k
      if (take(g < count ? g : g - count)) added++
    }
  }
  return lists
}

function allEligible(c: Compiled, t: Table): number[][] {
  const lists: number[][] = []
  for (let i = 0; i < t.nominations; i++) {
    const list: number[] = []
    for (let g = 0; g < t.groups; g++) if (eligible(c, t, i, g)) list.push(g)
    lists.push(list)
  }
  return lists
}

/**
 * Network: source → nomination (1 place) → group (cost 3 − points, the "regret") → sink (the group's places).
 * Maximum flow at minimum regret is the lexicographic optimum. Edges go in a fixed order (nominations by id,
 * their groups by index, repeats dropped), which makes the result independent of how the input was ordered.
 */
function solveNetwork(c: Compiled, t: Table, candidates: number[][]): { assigned: Int32Array; duals: Duals; edges: number } {
  const nn = t.nominations
  const ng = t.groups
  let room = 0
  for (const list of candidates) room += list.length
  const edgeStart = new Int32Array(nn + 1)
  const edgeGroup = new Int32Array(room)
  const edgeCost = new Int32Array(room)
  let e = 0
  for (let i = 0; i < nn; i++) {
    const from = e
    for (const g of candidates[i]!) edgeGroup[e++] = g
    const own = edgeGroup.subarray(from, e).sort()
    // Sorted in place; keep the first of any repeats.
    e = from
    for (let k = 0; k < own.length; k++) {
      const g = own[k]!
      if (k > 0 && g === own[k - 1]) continue
      edgeGroup[e] = g
      edgeCost[e++] = 3 - pointsAt(c, t, i, g)
    }
    edgeStart[i + 1] = e
  }
  const edges = e
  const matching = new BMatching({ nominations: nn, groups: ng, edgeStart, edgeGroup, edgeCost, capacity: t.gCapacity })
  matching.solve()
  const big = bigWeight(nn)
  // After the last phase the sink is unreachable; lifting it (and everything unreachable) to exactly BIG + 3
  // above the source closes the circulation source → sink → source, and the potentials become the duals of
  // the weighted problem: u = potential of the nomination, v = sink − potential of the group.
  matching.close(big + 3 - matching.pt)
  const u = Float64Array.from(matching.pn, (x) => Math.max(0, x))
  const v = Float64Array.from(matching.pg, (x) => Math.max(0, matching.pt - x))
  const assigned = new Int32Array(nn)
  for (let i = 0; i < nn; i++) assigned[i] = matching.groupOf(i)
  return { assigned, duals: { u, v }, edges }
}
