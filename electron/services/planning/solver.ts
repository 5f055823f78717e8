import type { Compiled } from './compile'
import { bigWeight, closesGap, findViolations, type Duals } from './certificate'
import { allEligible, initialCandidates, withViolations, type Candidates } from './candidates'
import { BMatching } from './matching'
import { buildTable, type Table } from './table'

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
  let candidates = initialCandidates(t, c.nominations.map((n) => n.id), initialOthers)
  let full = false
  for (let round = 1; ; round++) {
    const { assigned, duals } = solveNetwork(t, candidates)
    const edges = candidates.start[t.nominations]!
    const violations = findViolations(t, duals, big, addPerRound)
    if (violations.count === 0 || full) {
      const optimal = violations.count === 0 && closesGap(c, assigned, duals, big)
      return { assigned, optimal, rounds: round, candidateEdges: edges, eligiblePairs: full ? edges : null }
    }
    if (round >= maxRounds) {
      candidates = allEligible(t)
      full = true
    } else {
      candidates = withViolations(t, candidates, violations)
    }
  }
}

/**
 * Network: source → nomination (1 place) → group (cost 3 − points, the "regret") → sink (the group's places).
 * Maximum flow at minimum regret is the lexicographic optimum.
 */
function solveNetwork(t: Table, candidates: Candidates): { assigned: Int32Array; duals: Duals } {
  const nn = t.nominations
  const ng = t.groups
  const matching = new BMatching({ nominations: nn, groups: ng, edgeStart: candidates.start, edgeGroup: candidates.group, edgeCost: candidates.cost, capacity: t.gCapacity })
  matching.solve()
  const big = bigWeight(nn)
  // After the last phase the sink is unreachable; lifting it (and everything unreachable) to exactly BIG + 3
  // above the source closes the circulation source → sink → source, and the potentials become the duals of
  // the weighted problem: u = potential of the nomination, v = sink − potential of the group.
  matching.close(big + 3 - matching.pt)
  const u = new Float64Array(nn)
  const v = new Float64Array(ng)
  const assigned = new Int32Array(nn)
  for (let i = 0; i < nn; i++) {
    u[i] = Math.max(0, matching.pn[i]!)
    assigned[i] = matching.groupOf(i)
  }
  for (let j = 0; j < ng; j++) v[j] = Math.max(0, matching.pt - matching.pg[j]!)
  return { assigned, duals: { u, v } }
}
