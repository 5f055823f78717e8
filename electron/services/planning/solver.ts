import type { Compiled } from './compile'
import { bigWeight, closesGap, findViolations, type Duals } from './certificate'
import { allEligible, initialCandidates, withViolations, type Candidates } from './candidates'
import { BMatching, type MatchingInput } from './matching'
import { repairAfterExtend } from './repair'
import { buildTable, type Table } from './table'

/**
 * The exact assignment of nominations to offer groups.
 *
 * Any eligible host scores 0, so the full graph is dense (a nomination is often eligible for hundreds of
 * offers) while the interesting part is sparse. The solver therefore works on candidate pairs: every eligible
 * preferred host plus a few other eligible groups per nomination, spread over the groups. It solves that
 * network exactly, reads the duals off the flow potentials and prices every eligible pair of the whole
 * instance (certificate.ts). Pairs that could improve the plan are added and the network solved again, warm
 * from the last matching and potentials (repair.ts); when none is left, the plan is optimal for the whole
 * instance and the certificate says so.
 */
export interface SolveOptions {
  /** Eligible non-preferred groups per nomination in the first network. */
  initialOthers?: number
  /**
   * Violating pairs added per nomination and round of pricing. 8 rather than 4 since the warm start: a round
   * costs a pricing and a repair, and the pairs the 1k round later needed were mostly among the next four
   * (callgrind, instructions per 1k solve: 98-104M -> 86M; the 10k round needs no pricing round at all).
   */
  addPerRound?: number
  /** Rounds of pricing before every eligible pair is added at once (the network is then the full one). */
  maxRounds?: number
  /** Solve every round's network from scratch instead of warm-starting it (for tests comparing both). */
  coldRounds?: boolean
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
  const addPerRound = options.addPerRound ?? 8
  const maxRounds = options.maxRounds ?? 8
  const big = bigWeight(c.nominations.length)
  const t = buildTable(c)
  let candidates = initialCandidates(t, Float64Array.from(c.nominations, (n) => n.id), initialOthers)
  let matching = coldSolve(t, candidates, big)
  let full = false
  for (let round = 1; ; round++) {
    const { assigned, duals } = readPlan(t, matching)
    const edges = candidates.start[t.nominations]!
    const violations = findViolations(t, duals, big, addPerRound)
    if (violations.count === 0 || full) {
      const optimal = violations.count === 0 && closesGap(c, assigned, duals, big)
      return { assigned, optimal, rounds: round, candidateEdges: edges, eligiblePairs: full ? edges : null }
    }
    if (round >= maxRounds) {
      candidates = allEligible(t)
      matching = coldSolve(t, candidates, big)
      full = true
    } else {
      candidates = withViolations(t, candidates, violations)
      matching.extend(networkOf(t, candidates))
      // The warm start keeps the matching and mends the potentials around the new edges (repair.ts).
      if (options.coldRounds === true || !repairAfterExtend(matching, big + 3, new Set(violations.nomination))) {
        matching = coldSolve(t, candidates, big)
      }
    }
  }
}

/**
 * Network: source → nomination (1 place) → group (cost 3 − points, the "regret") → sink (the group's places).
 * Maximum flow at minimum regret is the lexicographic optimum.
 */
function networkOf(t: Table, candidates: Candidates): MatchingInput {
  return { nominations: t.nominations, groups: t.groups, edgeStart: candidates.start, edgeGroup: candidates.group, edgeCost: candidates.cost, capacity: t.gCapacity }
}

function coldSolve(t: Table, candidates: Candidates, big: number): BMatching {
  const matching = new BMatching(networkOf(t, candidates))
  matching.solve()
  // After the last phase the sink is unreachable; lifting it (and everything unreachable) to exactly BIG + 3
  // above the source closes the circulation source → sink → source, and the potentials become the duals of
  // the weighted problem: u = potential of the nomination − source, v = sink − potential of the group.
  matching.close(big + 3 - matching.pt)
  return matching
}

function readPlan(t: Table, matching: BMatching): { assigned: Int32Array; duals: Duals } {
  const u = new Float64Array(t.nominations)
  const v = new Float64Array(t.groups)
  const assigned = new Int32Array(t.nominations)
  for (let i = 0; i < t.nominations; i++) {
    u[i] = Math.max(0, matching.pn[i]! - matching.ps)
    assigned[i] = matching.groupOf(i)
  }
  for (let j = 0; j < t.groups; j++) v[j] = Math.max(0, matching.pt - matching.pg[j]!)
  return { assigned, duals: { u, v } }
}
