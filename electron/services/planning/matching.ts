/**
 * Minimum-cost maximum b-matching between nominations (one place each) and offer groups (their places), with
 * the "regret" 3 − points as edge cost: maximum cardinality at minimum regret is "most people placed, then the
 * best preferences". Successive shortest paths on source → nomination → group → sink, written for this
 * bipartite shape (a group looks only at the people it holds). Primal-dual phases: Dial's buckets give
 * distances in reduced costs (tiny integers), the potentials rise by them, and depth-first passes on the arcs
 * of reduced cost zero use every shortest path at once. Phases are as many as distinct path costs, a handful.
 * The potentials stay valid for every residual arc throughout, and `close` turns them into the duals that
 * certificate.ts checks. Deterministic: edges are scanned in the order given, sources in index order.
 */
const INF = 0x3fffffff

export interface MatchingInput {
  nominations: number
  groups: number
  /** CSR: edges of nomination i are edgeStart[i] .. edgeStart[i + 1] − 1. */
  edgeStart: Int32Array
  edgeGroup: Int32Array
  edgeCost: Int32Array
  capacity: Int32Array
}

export class BMatching {
  /** Matched edge per nomination, or −1. */
  readonly matchEdge: Int32Array
  /** Nominations matched to each group, and each nomination's place in its group's list. */
  readonly load: Int32Array
  readonly members: number[][]
  private readonly slot: Int32Array
  /** Potentials of nominations, groups, the sink and the source (0 until a warm start moves it, see repair.ts). */
  readonly pn: Float64Array
  readonly pg: Float64Array
  pt = 0
  ps = 0
  private readonly dist: Int32Array
  private readonly buckets: number[][] = []
  private readonly seenN: Int32Array
  private readonly seenG: Int32Array
  private readonly pathN: Int32Array
  private readonly pathE: Int32Array
  private readonly cursor: Int32Array
  private stamp = 0

  constructor(private m: MatchingInput) {
    const total = m.nominations + m.groups + 1
    this.matchEdge = new Int32Array(m.nominations).fill(-1)
    this.load = new Int32Array(m.groups)
    this.members = Array.from({ length: m.groups }, () => [])
    this.slot = new Int32Array(m.nominations)
    this.pn = new Float64Array(m.nominations)
    this.pg = new Float64Array(m.groups)
    this.dist = new Int32Array(total)
    this.seenN = new Int32Array(m.nominations)
    this.seenG = new Int32Array(m.groups)
    this.pathN = new Int32Array(m.nominations + 1)
    this.pathE = new Int32Array(m.nominations + 1)
    this.cursor = new Int32Array(m.nominations + 1)
  }

  solve(): void {
    for (;;) {
      const t = this.m.nominations + this.m.groups
      this.distances()
      const dt = this.dist[t]!
      if (dt >= INF) return
      this.raise(dt)
      this.augmentPass()
    }
  }

  /**
   * Directly after solve(): raises every node by its distance in solve's last search (complete, as t was
   * unreachable; nothing moved since), capped at `cap`, so t rises by exactly `cap`. min(distance, cap) is
   * still a feasible distance function, so every residual arc stays valid.
   */
  close(cap: number): void {
    this.raise(cap)
  }

  get network(): MatchingInput {
    return this.m
  }

  /**
   * Continues on a larger network whose rows start with this one's rows in the same order (candidates.ts
   * appends added pairs at the end of each row): matched edges keep their place within their row.
   */
  extend(next: MatchingInput): void {
    const { edgeStart } = this.m
    for (let i = 0; i < this.m.nominations; i++) {
      const e = this.matchEdge[i]!
      if (e >= 0) this.matchEdge[i] = next.edgeStart[i]! + e - edgeStart[i]!
    }
    this.m = next
  }

  groupOf(i: number): number {
    const e = this.matchEdge[i]!
    return e < 0 ? -1 : this.m.edgeGroup[e]!
  }

  /**
   * Dial's algorithm from the source; stops when the sink is settled: every node nearer is settled by then,
   * and the others rise by min(distance, dt) = dt in `raise` whether reached or not.
   */
  private distances(): void {
    const { nominations: nn, edgeStart, edgeGroup, edgeCost, capacity } = this.m
    const t = nn + this.m.groups
    const { dist, buckets, pn, pg, matchEdge, load, members } = this
    dist.fill(INF)
    let bound = INF
    let top = 0
    const push = (v: number, d: number) => {
      dist[v] = d
      ;(buckets[d] ??= []).push(v)
      if (d > top) top = d
    }
    for (let i = 0; i < nn; i++) if (matchEdge[i]! < 0 && -pn[i]! <= bound) push(i, -pn[i]!)
    for (let d = 0; d <= top && d <= bound; d++) {
      const bucket = buckets[d]
      if (!bucket) continue
      while (bucket.length > 0) {
        const u = bucket.pop()!
        if (dist[u] !== d) continue
        if (u === t) {
          bound = d
          break
        } else if (u < nn) {
          const base = d + pn[u]!
          for (let e = edgeStart[u]!, end = edgeStart[u + 1]!; e < end; e++) {
            if (e === matchEdge[u]) continue
            const j = edgeGroup[e]!
            const nd = base + edgeCost[e]! - pg[j]!
            if (nd < dist[nn + j]! && nd <= bound) push(nn + j, nd)
          }
        } else {
          const j = u - nn
          const base = d + pg[j]!
          if (load[j]! < capacity[j]!) {
            const nd = base - this.pt
            if (nd < dist[t]! && nd <= bound) push(t, nd)
          }
          for (const i of members[j]!) {
            const nd = base - edgeCost[matchEdge[i]!]! - pn[i]!
            if (nd < dist[i]! && nd <= bound) push(i, nd)
          }
        }
      }
    }
    for (let d = 0; d <= top; d++) buckets[d]?.splice(0)
  }

  private raise(cap: number): void {
    const nn = this.m.nominations
    for (let i = 0; i < nn; i++) this.pn[i]! += Math.min(this.dist[i]!, cap)
    for (let j = 0; j < this.m.groups; j++) this.pg[j]! += Math.min(this.dist[nn + j]!, cap)
    this.pt += Math.min(this.dist[nn + this.m.groups]!, cap)
  }

  /**
   * One pass over the free nominations that sit at reduced distance zero, each trying a depth-first search
   * for a free place along arcs of reduced cost zero. Marks of failed searches persist through the pass (a
   * failed search proves its nodes useless until something changes), so a pass stays near linear; passes
   * repeat until one finds nothing, which is what proves that no admissible path is left.
   */
  private augmentPass(): number {
    const { nominations: nn, edgeStart, edgeGroup, edgeCost, capacity } = this.m
    const { pn, pg, matchEdge, load, members, seenN, seenG, pathN, pathE, cursor } = this
    const pt = this.pt
    const mark = ++this.stamp
    let found = 0
    for (let source = 0; source < nn; source++) {
      if (matchEdge[source]! >= 0 || pn[source] !== 0 || seenN[source] === mark) continue
      seenN[source] = mark
      // The path so far: nominations, the edge each is trying, and the member cursor in that edge's group.
      let depth = 0
      pathN[0] = source
      pathE[0] = edgeStart[source]! - 1
      cursor[0] = -1
      let free = -1
      while (depth >= 0) {
        const i = pathN[depth]!
        if (cursor[depth]! >= 0) {
          const j = edgeGroup[pathE[depth]!]!
          const list = members[j]!
          let c = cursor[depth]!
          let next = -1
          while (c < list.length) {
            const k = list[c++]!
            if (seenN[k] !== mark && pg[j]! - edgeCost[matchEdge[k]!]! - pn[k]! === 0) {
              next = k
              break
            }
          }
          cursor[depth] = c
          if (next >= 0) {
            seenN[next] = mark
            depth++
            pathN[depth] = next
            pathE[depth] = edgeStart[next]! - 1
            cursor[depth] = -1
            continue
          }
          cursor[depth] = -1
        }
        // Next admissible edge of nomination i to a group not yet seen in this pass.
        const end = edgeStart[i + 1]!
        const own = matchEdge[i]!
        const base = pn[i]!
        let e = pathE[depth]! + 1
        for (; e < end; e++) {
          if (e === own) continue
          const j = edgeGroup[e]!
          if (seenG[j] === mark || edgeCost[e]! + base !== pg[j]) continue
          // A group with a free place ends the path; it is not marked, since it can take one path per place.
          if (load[j]! < capacity[j]! && pg[j] === pt) free = j
          else seenG[j] = mark
          break
        }
        pathE[depth] = e
        if (free >= 0) break
        if (e >= end) depth--
        else cursor[depth] = 0
      }
      if (free < 0) continue
      found++
      // Shift along the path: every nomination takes the edge it was trying; the last one fills the free place.
      // The path's nodes are alive, not dead ends: the search stopped at the first member that worked, so the
      // groups may hold members never looked at. Unmarking them lets the same pass route later sources through
      // them instead of leaving those paths to another full pass.
      for (let k = depth; k >= 0; k--) {
        this.move(pathN[k]!, pathE[k]!)
        seenG[edgeGroup[pathE[k]!]!] = 0
        if (k > 0) seenN[pathN[k]!] = 0
      }
    }
    return found
  }

  /** Nomination i takes edge e, leaving the group it held, if any. */
  move(i: number, e: number): void {
    this.detach(i)
    const j = this.m.edgeGroup[e]!
    this.slot[i] = this.members[j]!.length
    this.members[j]!.push(i)
    this.load[j]!++
    this.matchEdge[i] = e
  }

  /** Nomination i leaves its group, if it has one. */
  detach(i: number): void {
    const old = this.matchEdge[i]!
    if (old < 0) return
    const j = this.m.edgeGroup[old]!
    const list = this.members[j]!
    const at = this.slot[i]!
    const last = list.pop()!
    if (last !== i) {
      list[at] = last
      this.slot[last] = at
    }
    this.load[j]!--
    this.matchEdge[i] = -1
  }
}
