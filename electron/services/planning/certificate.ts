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
  /** Pairs whose dual constraint fails, by ascending nomination index (up to the requested number per nomination). */
  nomination: Int32Array
  group: Int32Array
  count: number
}

/**
 * Finds eligible pairs whose dual constraint fails. For the zero-point pairs only the group with the smallest
 * v matters, so groups are scanned per host side in ascending v and the scan stops at the first v that is
 * high enough: most nominations look at a handful of groups, not at all of them.
 */
export function findViolations(t: Table, duals: Duals, big: number, perNomination: number): Violations {
  const { u, v } = duals
  const bySide = ascendingBy(v, t.bySide, t.sideStart)
  const { prefStart, prefGroup, prefPoints, allowed, nSide } = t
  const nominations: number[] = []
  const groups: number[] = []
  for (let i = 0; i < t.nominations; i++) {
    const first = groups.length
    const un = u[i]!
    // Every eligible group of a preferred host, with its points.
    for (let k = prefStart[i]!; k < prefStart[i + 1]!; k++) {
      const g = prefGroup[k]!
      if (un + v[g]! < big + prefPoints[k]!) groups.push(g)
    }
    const threshold = big - un
    for (let side = 0; side < 3 && threshold > 0 && groups.length - first < perNomination; side++) {
      if (allowed[nSide[i]! * 3 + side] === 0) continue
      for (let k = t.sideStart[side]!; k < t.sideStart[side + 1]!; k++) {
        const g = bySide[k]!
        if (v[g]! >= threshold) break
        if (eligible(t, i, g) && groups.indexOf(g, first) < 0) {
          groups.push(g)
          if (groups.length - first >= perNomination) break
        }
      }
    }
    for (let k = first; k < groups.length; k++) nominations.push(i)
  }
  return { nomination: Int32Array.from(nominations), group: Int32Array.from(groups), count: groups.length }
}

/**
 * Each side's groups of `bySide` (see Table) in ascending v, ties by index. When every v is a whole number in
 * range (the solver's always are), side, v and index are packed into one number and sorted without a
 * comparator; otherwise the comparator sort gives the same order. The order must be exact: the scan above
 * stops at the first high v.
 */
function ascendingBy(v: Float64Array, bySide: Int32Array, sideStart: Int32Array): Int32Array {
  const out = new Int32Array(bySide.length)
  const span = v.length + 1
  let top = 0
  for (let k = 0; k < bySide.length; k++) top = Math.max(top, v[bySide[k]!]!)
  const whole = bySide.every((g) => Number.isInteger(v[g]!) && v[g]! >= 0) && (top + 1) * span < 2 ** 52
  for (let side = 0; side < 3; side++) {
    const list = bySide.subarray(sideStart[side]!, sideStart[side + 1]!)
    if (!whole) {
      out.set(list.slice().sort((a, b) => v[a]! - v[b]! || a - b), sideStart[side]!)
      continue
    }
    const keys = new Float64Array(list.length)
    for (let k = 0; k < list.length; k++) keys[k] = v[list[k]!]! * span + list[k]!
    keys.sort()
    for (let k = 0; k < list.length; k++) out[sideStart[side]! + k] = keys[k]! % span
  }
  return out
}

/**
 * The rest of the certificate, once pricing has found no violated pair: duals non-negative, the plan within the
 * rules and the places, and the two objectives equal. `assigned[i]` is the group of nomination i, or -1.
 */
export function closesGap(c: Compiled, assigned: Int32Array, duals: Duals, big: number): boolean {
  const { u, v } = duals
  for (let k = 0; k < u.length; k++) if (!(u[k]! >= 0)) return false
  for (let k = 0; k < v.length; k++) if (!(v[k]! >= 0)) return false
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
  let dual = 0
  for (let k = 0; k < u.length; k++) dual += u[k]!
  for (let j = 0; j < c.groups.length; j++) {
    const g = c.groups[j]!
    if (used[j]! > g.capacity) return false
    dual += g.capacity * v[j]!
  }
  return dual === primal
}
