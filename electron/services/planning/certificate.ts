import type { Compiled } from './compile'
import { isEligible, pointsFor } from './eligibility'
import { eligible, type Table } from './table'

/**
 * Proof of optimality by linear-programming duality. The plan maximises Σ w·x with w = BIG + points over
 * eligible (nomination, offer group) pairs, each nomination at most once and each group within its places;
 * with BIG larger than any possible score, that is "most people placed, then the best preferences".
 *
 * Duals u (per nomination) and v (per group), both ≥ 0, are feasible when u_n + v_g ≥ w_ng for every eligible
 * pair. A feasible dual bounds every plan from above by Σ u + Σ places·v; a plan reaching that bound is optimal.
 * The check below walks every eligible pair of the whole instance, not only the pairs the solver looked at, so
 * it is what makes "optimal" a proven statement rather than a belief about the solver.
 */
export function bigWeight(nominations: number): number {
  return 3 * nominations + 1
}

export interface Duals {
  u: Float64Array
  v: Float64Array
}

export interface Violations {
  /** Nomination index → groups whose dual constraint fails (up to the requested number per nomination). */
  byNomination: Map<number, number[]>
  count: number
}

/**
 * Finds eligible pairs whose dual constraint fails. For the zero-point pairs only the group with the smallest
 * v matters, so groups are scanned per host side in ascending v and the scan stops at the first v that is
 * high enough: most nominations look at a handful of groups, not at all of them.
 */
export function findViolations(c: Compiled, t: Table, duals: Duals, big: number, perNomination: number): Violations {
  const { u, v } = duals
  const bySide = t.bySide.map((list) => list.slice().sort((a, b) => v[a]! - v[b]! || a - b))
  const { prefStart, prefGroup, prefPoints, allowed, nSide } = t
  const byNomination = new Map<number, number[]>()
  let count = 0
  for (let i = 0; i < t.nominations; i++) {
    let found: number[] | null = null
    const un = u[i]!
    // Every eligible group of a preferred host, with its points.
    for (let k = prefStart[i]!; k < prefStart[i + 1]!; k++) {
      const g = prefGroup[k]!
      if (un + v[g]! < big + prefPoints[k]!) (found ??= []).push(g)
    }
    const threshold = big - un
    if (threshold > 0) {
      for (let side = 0; side < 3 && (found?.length ?? 0) < perNomination; side++) {
        if (allowed[nSide[i]! * 3 + side] === 0) continue
        const list = bySide[side]!
        for (let k = 0; k < list.length; k++) {
          const g = list[k]!
          if (v[g]! >= threshold) break
          if (eligible(c, t, i, g) && !(found?.includes(g) ?? false)) {
            ;(found ??= []).push(g)
            if (found.length >= perNomination) break
          }
        }
      }
    }
    if (found !== null) {
      byNomination.set(i, found)
      count += found.length
    }
  }
  return { byNomination, count }
}

/**
 * The rest of the certificate, once pricing has found no violated pair: duals non-negative, the plan within the
 * rules and the places, and the two objectives equal. `assigned[i]` is the group of nomination i, or -1.
 */
export function closesGap(c: Compiled, assigned: Int32Array, duals: Duals, big: number): boolean {
  const { u, v } = duals
  if (u.some((x) => x < 0) || v.some((x) => x < 0)) return false
  const used = new Int32Array(c.groups.length)
  let primal = 0
  for (let i = 0; i < c.nominations.length; i++) {
    const gi = assigned[i]!
    if (gi < 0) continue
    const n = c.nominations[i]!
    const g = c.groups[gi]!
    if (!isEligible(c, n, g)) return false
    used[gi]!++
    primal += big + pointsFor(n, g.host)
  }
  if (c.groups.some((g) => used[g.index]! > g.capacity)) return false
  let dual = 0
  for (const x of u) dual += x
  for (const g of c.groups) dual += g.capacity * v[g.index]!
  return dual === primal
}
