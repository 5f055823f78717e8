import type { BMatching } from './matching'
import { INF, Residual } from './residual'

/**
 * Warm start after pricing added edges: keeps the matching and the potentials of the last network instead of
 * solving the larger one from scratch, which on the benchmark rounds redid the whole work to move one or a
 * few people.
 *
 * After `close`, every residual arc of the circulation (residual.ts) has a reduced cost ≥ 0. A new edge with a
 * negative reduced cost breaks that. Its nomination n is then cut loose: it leaves its group (or, if it had
 * none, takes a unit from o), so it holds a unit it cannot pass on (an excess), and the group (or o) misses
 * one (a deficit). With no residual arc into n left, n's potential may rise until none of its
 * edges is negative. Successive shortest paths for a pseudo-flow then move each excess to a deficit along
 * shortest paths in reduced costs, raising potentials as they go, exactly as the cold solve does from s to t.
 * When no excess is left, the flow is a circulation with every reduced cost ≥ 0 again: optimal on the larger
 * network, and its potentials are the duals the certificate checks (which is what proves the result, warm
 * start or not).
 */
export function repairAfterExtend(b: BMatching, shift: number, nominations: Iterable<number>): boolean {
  const r = new Repair(b, shift)
  for (const i of nominations) r.cutLoose(i)
  const ok = r.run()
  b.pt = r.pt
  b.ps = r.ps
  return ok
}

class Repair extends Residual {
  private readonly dist: Int32Array
  private readonly buckets: number[][] = []
  private readonly seen: Int32Array
  /** The nodes the last search settled (`searches` marks them): the passes walk through these only. */
  private readonly settled: Int32Array
  private searches = 0
  private readonly stack: Int32Array
  private readonly cursor: Int32Array
  private stamp = 0

  constructor(b: BMatching, shift: number) {
    super(b, shift)
    const total = this.o + 1
    this.dist = new Int32Array(total)
    this.seen = new Int32Array(total)
    this.settled = new Int32Array(total)
    this.stack = new Int32Array(total + 1)
    this.cursor = new Int32Array(total + 1)
  }

  /**
   * When an edge of nomination i has a negative reduced cost: makes i an excess (it leaves its group, or takes
   * a unit from o if it had none) and raises its potential to the least value that makes all its edges valid.
   * Nothing residual enters i then, so no other arc can break.
   */
  cutLoose(i: number): void {
    const { edgeStart, edgeGroup, edgeCost, pg, pn } = this
    let need = -INF
    for (let e = edgeStart[i]!; e < edgeStart[i + 1]!; e++) need = Math.max(need, pg[edgeGroup[e]!]! - edgeCost[e]!)
    if (need <= pn[i]!) return
    if (this.matchEdge[i]! >= 0) {
      this.b.detach(i)
      this.excess++
    } else if (this.held[i] === 0) {
      this.held[i] = 1
      this.oDeficit++
      this.excess++
    }
    pn[i] = Math.max(need, this.ps)
  }

  /**
   * Returns false if an excess could reach no deficit (the arcs n → o → deficit rule that out) or a phase
   * moved nothing (its shortest path is tight after the raise, so a pass finds it): the caller then solves
   * from scratch rather than trusting, or looping on, a broken state.
   */
  run(): boolean {
    while (this.excess > 0) {
      const d = this.distances()
      if (d >= INF) return false
      this.raise(d)
      let moved = 0
      for (let found = 1; found > 0 && this.excess > 0; moved += found) found = this.pass()
      if (moved === 0) return false
    }
    return true
  }

  /**
   * Dial's algorithm from every excess. The first deficit settled is the nearest, and fixes the bound: every
   * node nearer is settled by then, and the others rise by min(distance, bound) = bound whether reached or not.
   * The search goes on in that bucket only until it has settled as many deficits as there are excesses, so
   * that the passes can route them all at this length without the search walking a large region of
   * zero reduced cost for nothing (on the 10k round, a single excess otherwise settled the whole network).
   */
  private distances(): number {
    const { dist, buckets, nn, o, settled, edgeStart, edgeGroup, edgeCost, matchEdge, pn, pg, held, out } = this
    const search = ++this.searches
    dist.fill(INF)
    let bound = INF
    let top = 0
    let targets = 0
    const relax = (y: number, nd: number) => {
      if (nd < dist[y]! && nd <= bound) {
        dist[y] = nd
        ;(buckets[nd] ??= []).push(y)
        if (nd > top) top = nd
      }
    }
    for (let i = 0; i < nn; i++) {
      if (!this.isExcess(i)) continue
      dist[i] = 0
      ;(buckets[0] ??= []).push(i)
    }
    for (let d = 0; d <= top && d <= bound; d++) {
      const bucket = buckets[d]
      while (bucket !== undefined && bucket.length > 0 && targets < this.excess) {
        const x = bucket.pop()!
        if (dist[x] !== d) continue
        settled[x] = search
        if (this.isDeficit(x)) {
          bound = d
          targets++
          continue
        }
        // The arcs of `next`, with the reduced costs of `reduced`, spelled out per kind of node: this loop
        // walks most of the arcs, and the generic pair costs it three times as much.
        if (x < nn) {
          const base = d + pn[x]!
          for (let e = edgeStart[x]!, end = edgeStart[x + 1]!; e < end; e++) {
            if (e !== matchEdge[x]) relax(nn + edgeGroup[e]!, base + edgeCost[e]! - pg[edgeGroup[e]!]!)
          }
          if (held[x] === 1) relax(o, base - this.ps)
        } else if (x < o) {
          const j = x - nn
          const base = d + pg[j]!
          for (const i of this.members[j]!) relax(i, base - edgeCost[matchEdge[i]!]! - pn[i]!)
          if (out[j]! < this.capacity[j]!) relax(o, base - this.pt)
        } else {
          for (let i = 0; i < nn; i++) if (held[i] === 0) relax(i, d + this.ps - pn[i]!)
          for (let y = nn; y < o; y++) if (out[y - nn]! > 0) relax(y, d + this.pt - pg[y - nn]!)
        }
      }
    }
    for (let d = 0; d <= top; d++) buckets[d]?.splice(0)
    return bound
  }

  private raise(cap: number): void {
    const { dist, nn, o, pn, pg } = this
    for (let i = 0; i < nn; i++) pn[i]! += Math.min(dist[i]!, cap)
    for (let x = nn; x < o; x++) pg[x - nn]! += Math.min(dist[x]!, cap)
    const lift = Math.min(dist[o]!, cap)
    this.pt += lift
    this.ps += lift
  }

  /** Depth-first searches from every excess along arcs of reduced cost zero to a deficit; moves each path found. */
  private pass(): number {
    const { nn, seen, stack, cursor, settled } = this
    const mark = ++this.stamp
    const search = this.searches
    let found = 0
    for (let source = 0; source < nn; source++) {
      if (!this.isExcess(source) || settled[source] !== search) continue
      seen[source] = mark
      let depth = 0
      stack[0] = source
      cursor[0] = 0
      let done = false
      while (depth >= 0 && !done) {
        const x = stack[depth]!
        let more = this.next(x, cursor[depth]!)
        for (; more; more = this.next(x, ++cursor[depth]!)) {
          if (seen[this.to] === mark || settled[this.to] !== search || this.reduced(x) !== 0) continue
          seen[this.to] = mark
          break
        }
        if (!more) {
          depth--
          continue
        }
        depth++
        stack[depth] = this.to
        cursor[depth] = 0
        done = this.isDeficit(this.to)
      }
      if (!done) continue
      found++
      this.apply(depth)
      // As in the cold passes: the path's nodes are alive, not dead ends.
      for (let k = 1; k <= depth; k++) seen[stack[k]!] = 0
    }
    return found
  }

  /** Moves one unit along stack[0 .. depth]: the arc from stack[k] is the one its cursor points at. */
  private apply(depth: number): void {
    const { nn, o, stack, cursor } = this
    for (let k = 0; k < depth; k++) {
      const x = stack[k]!
      const y = stack[k + 1]!
      if (x < nn) {
        if (y === o) {
          this.b.detach(x)
          this.held[x] = 0
        } else {
          this.next(x, cursor[k]!)
          this.b.move(x, this.via)
        }
      } else if (x < o) {
        if (y === o) this.out[x - nn]!++
      } else if (y < nn) this.held[y] = 1
      else this.out[y - nn]!--
    }
    if (stack[depth] === o) this.oDeficit--
    this.excess--
  }
}
