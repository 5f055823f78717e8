import type { Compiled } from './compile'

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
  /** Group indices of each host side, for the pricing of zero-point pairs. */
  bySide: Int32Array[]
}

export function buildTable(c: Compiled): Table {
  const nn = c.nominations.length
  const ng = c.groups.length
  const t: Table = {
    nominations: nn,
    groups: ng,
    nStart: new Int32Array(nn),
    nEnd: new Int32Array(nn),
    nDuration: new Int32Array(nn),
    nSide: new Int32Array(nn),
    nHome: new Int32Array(nn),
    gStart: new Int32Array(ng),
    gEnd: new Int32Array(ng),
    gSide: new Int32Array(ng),
    gHost: new Int32Array(ng),
    gCapacity: new Int32Array(ng),
    allowed: Uint8Array.from(c.allowedSides, (x) => (x ? 1 : 0)),
    prefStart: new Int32Array(nn + 1),
    prefGroup: new Int32Array(0),
    prefPoints: new Int32Array(0),
    bySide: [],
  }
  const sides: number[][] = [[], [], []]
  c.groups.forEach((g, j) => {
    t.gStart[j] = g.start
    t.gEnd[j] = g.end
    t.gSide[j] = g.side
    t.gHost[j] = g.host
    t.gCapacity[j] = g.capacity
    sides[g.side]!.push(j)
  })
  t.bySide = sides.map((list) => Int32Array.from(list))
  const prefGroup: number[] = []
  const prefPoints: number[] = []
  c.nominations.forEach((n, i) => {
    t.nStart[i] = n.start
    t.nEnd[i] = n.end
    t.nDuration[i] = n.duration
    t.nSide[i] = n.side
    t.nHome[i] = n.home
    n.preferences.forEach((host, rank) => {
      for (const g of c.groupsByHost.get(host) ?? []) {
        if (!eligible(c, t, i, g.index)) continue
        prefGroup.push(g.index)
        prefPoints.push(3 - rank)
      }
    })
    t.prefStart[i + 1] = prefGroup.length
  })
  t.prefGroup = Int32Array.from(prefGroup)
  t.prefPoints = Int32Array.from(prefPoints)
  return t
}

/** isEligible on the table: dates first (the rule that excludes most), then sides, own organisation, conflicts. */
export function eligible(c: Compiled, t: Table, i: number, j: number): boolean {
  const ns = t.nStart[i]!
  const gs = t.gStart[j]!
  const ne = t.nEnd[i]!
  const ge = t.gEnd[j]!
  if ((ns > gs ? ns : gs) + t.nDuration[i]! - 1 > (ne < ge ? ne : ge)) return false
  if (t.allowed[t.nSide[i]! * 3 + t.gSide[j]!] === 0) return false
  const host = t.gHost[j]!
  if (t.nHome[i] === host) return false
  const blocked = c.nominations[i]!.blocked
  return blocked === null || !blocked.has(host)
}

/** Points of group j for nomination i: 3, 2, 1 for its preferred hosts, 0 otherwise. */
export function pointsAt(c: Compiled, t: Table, i: number, j: number): number {
  const rank = c.nominations[i]!.preferences.indexOf(t.gHost[j]!)
  return rank < 0 ? 0 : 3 - rank
}
