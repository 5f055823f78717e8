import type { Compiled } from './compile'
import { workingBefore } from './workdays'

/**
 * The compiled round as flat typed arrays, for the solver's inner loops: the same rules as isEligible
 * (eligibility.ts) read from contiguous integers instead of objects, and each nomination's eligible groups of
 * its preferred hosts with their points, computed once and shared by the first network and the pricing.
 */
export interface Table {
  nominations: number
  groups: number
  nStart: Int32Array
  nEnd: Int32Array
  nDuration: Int32Array
  nSide: Int32Array
  nHome: Int32Array
  /** Organisations each nomination's home is in conflict with, or null. */
  nBlocked: Array<Set<number> | null>
  gStart: Int32Array
  gEnd: Int32Array
  gSide: Int32Array
  gHost: Int32Array
  gCapacity: Int32Array
  /** allowed[homeSide * 3 + hostSide]. */
  allowed: Uint8Array
  /** CSR: eligible groups of nomination i's preferred hosts are prefGroup[prefStart[i] .. prefStart[i + 1]). */
  prefStart: Int32Array
  prefGroup: Int32Array
  prefPoints: Int32Array
  /**
   * Group indices by host side, then index: side s holds bySide[sideStart[s] .. sideStart[s + 1]). For the
   * pricing of zero-point pairs. Flat typed arrays rather than an array of arrays: its hidden class varied
   * between solves and deoptimised the solver's first runs.
   */
  bySide: Int32Array
  sideStart: Int32Array
  /**
   * Working days before each window's first day and after its last (workingBefore of start and of end + 1): a
   * stay of nDuration working days fits when min(ends) − max(starts) of these counts is at least its duration,
   * the same rule as earliestFit (workdays.ts) in integers.
   */
  nStartW: Int32Array
  nEndW: Int32Array
  gStartW: Int32Array
  gEndW: Int32Array
}

export function buildTable(c: Compiled): Table {
  const nn = c.nominations.length
  const ng = c.groups.length
  // Every field gets its final kind of value here: reassigning one with another kind (an empty array, then
  // an array of Int32Arrays) changes the object's hidden class after the fact, and the solver's optimised
  // code then deoptimised on "wrong map" during its first runs and recompiled again and again.
  const sideCount = [0, 0, 0]
  for (const g of c.groups) sideCount[g.side]!++
  const t: Table = {
    nominations: nn,
    groups: ng,
    nStart: new Int32Array(nn),
    nEnd: new Int32Array(nn),
    nDuration: new Int32Array(nn),
    nSide: new Int32Array(nn),
    nHome: new Int32Array(nn),
    nBlocked: new Array<Set<number> | null>(nn),
    gStart: new Int32Array(ng),
    gEnd: new Int32Array(ng),
    gSide: new Int32Array(ng),
    gHost: new Int32Array(ng),
    gCapacity: new Int32Array(ng),
    allowed: new Uint8Array(9),
    prefStart: new Int32Array(nn + 1),
    prefGroup: new Int32Array(0),
    prefPoints: new Int32Array(0),
    bySide: new Int32Array(ng),
    sideStart: Int32Array.of(0, sideCount[0]!, sideCount[0]! + sideCount[1]!, ng),
    nStartW: new Int32Array(nn),
    nEndW: new Int32Array(nn),
    gStartW: new Int32Array(ng),
    gEndW: new Int32Array(ng),
  }
  for (let k = 0; k < 9; k++) t.allowed[k] = c.allowedSides[k] ? 1 : 0
  for (let j = 0; j < ng; j++) {
    const g = c.groups[j]!
    t.gStart[j] = g.start
    t.gEnd[j] = g.end
    t.gSide[j] = g.side
    t.gHost[j] = g.host
    t.gCapacity[j] = g.capacity
    t.gStartW[j] = workingBefore(c.calendar, g.start)
    t.gEndW[j] = workingBefore(c.calendar, g.end + 1)
  }
  const filled = [0, 0, 0]
  for (let j = 0; j < ng; j++) t.bySide[t.sideStart[t.gSide[j]!]! + filled[t.gSide[j]!]!++] = j
  // A host's groups are scanned once per nomination preferring it; the bound below is the most a table can hold.
  let room = 0
  for (let i = 0; i < nn; i++) {
    const n = c.nominations[i]!
    t.nStart[i] = n.start
    t.nEnd[i] = n.end
    t.nDuration[i] = n.duration
    t.nStartW[i] = workingBefore(c.calendar, n.start)
    t.nEndW[i] = workingBefore(c.calendar, n.end + 1)
    t.nSide[i] = n.side
    t.nHome[i] = n.home
    t.nBlocked[i] = n.blocked
    for (const host of n.preferences) room += c.groupsByHost.get(host)?.length ?? 0
  }
  const prefGroup = new Int32Array(room)
  const prefPoints = new Int32Array(room)
  // Each host's groups by start day: a nomination's scan stops at the first group starting too late for it.
  const byStart = new Map<number, Int32Array>()
  for (const [host, list] of c.groupsByHost) byStart.set(host, Int32Array.from(list, (g) => g.index).sort((a, b) => t.gStart[a]! - t.gStart[b]! || a - b))
  let k = 0
  for (let i = 0; i < nn; i++) {
    const preferences = c.nominations[i]!.preferences
    // A bound, not the exact rule: N working days span at least N calendar days.
    const latestStart = t.nEnd[i]! - t.nDuration[i]! + 1
    for (let rank = 0; rank < preferences.length; rank++) {
      const list = byStart.get(preferences[rank]!)
      if (list === undefined) continue
      for (let x = 0; x < list.length && t.gStart[list[x]!]! <= latestStart; x++) {
        const j = list[x]!
        if (!eligible(t, i, j)) continue
        prefGroup[k] = j
        prefPoints[k++] = 3 - rank
      }
    }
    t.prefStart[i + 1] = k
  }
  t.prefGroup = prefGroup.slice(0, k)
  t.prefPoints = prefPoints.slice(0, k)
  return t
}

/** isEligible on the table: dates first (the rule that excludes most), then sides, own organisation, conflicts. */
export function eligible(t: Table, i: number, j: number): boolean {
  const ns = t.nStartW[i]!
  const gs = t.gStartW[j]!
  const ne = t.nEndW[i]!
  const ge = t.gEndW[j]!
  if ((ne < ge ? ne : ge) - (ns > gs ? ns : gs) < t.nDuration[i]!) return false
  if (t.allowed[t.nSide[i]! * 3 + t.gSide[j]!] === 0) return false
  const host = t.gHost[j]!
  if (t.nHome[i] === host) return false
  const blocked = t.nBlocked[i]!
  return blocked === null || !blocked.has(host)
}

/** Points of group j for nomination i: 3, 2, 1 for its preferred hosts, 0 otherwise (from the table's own list). */
export function pointsAt(t: Table, i: number, j: number): number {
  for (let k = t.prefStart[i]!, end = t.prefStart[i + 1]!; k < end; k++) if (t.prefGroup[k] === j) return t.prefPoints[k]!
  return 0
}
