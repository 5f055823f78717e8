import type { BMatching } from './matching'

export const INF = 0x3fffffff

/**
 * The residual network of a pseudo-flow on a matching, for the warm start (repair.ts). After `close` the
 * network is a circulation: the sink t feeds the source s through an arc of cost −(BIG + 3), and both of
 * that arc's directions are tight, so s and t act here as one node `o`, with potential pt (ps = pt − BIG − 3
 * moves with it). Besides the matching itself, the flow on s → n (`held`) and on g → t (`out`) is kept
 * here: they equal "matched" and the load except while units are on their way. A nomination that holds a
 * unit but no group is an excess; a group that sends more to t than it holds, or o while it misses units
 * (`oDeficit`), is a deficit.
 */
export class Residual {
  protected readonly nn: number
  /** The merged source and sink. */
  protected readonly o: number
  protected readonly edgeStart: Int32Array
  protected readonly edgeGroup: Int32Array
  protected readonly edgeCost: Int32Array
  protected readonly capacity: Int32Array
  protected readonly matchEdge: Int32Array
  protected readonly load: Int32Array
  protected readonly members: number[][]
  protected readonly pn: Float64Array
  protected readonly pg: Float64Array
  pt: number
  ps: number
  protected readonly held: Uint8Array
  protected readonly out: Int32Array
  protected oDeficit = 0
  protected excess = 0
  /** The arc `next` found. */
  protected to = 0
  protected via = -1

  constructor(
    protected readonly b: BMatching,
    shift: number,
  ) {
    const net = b.network
    this.nn = net.nominations
    this.o = net.nominations + net.groups
    this.edgeStart = net.edgeStart
    this.edgeGroup = net.edgeGroup
    this.edgeCost = net.edgeCost
    this.capacity = net.capacity
    this.matchEdge = b.matchEdge
    this.load = b.load
    this.members = b.members
    this.pn = b.pn
    this.pg = b.pg
    this.pt = b.pt
    this.ps = b.pt - shift
    this.held = new Uint8Array(this.nn)
    for (let i = 0; i < this.nn; i++) this.held[i] = this.matchEdge[i]! >= 0 ? 1 : 0
    this.out = b.load.slice()
  }

  protected isExcess(i: number): boolean {
    return this.held[i] === 1 && this.matchEdge[i]! < 0
  }

  /** A deficit: a group that sends more to t than it holds, or o while it misses units. */
  protected isDeficit(x: number): boolean {
    if (x === this.o) return this.oDeficit > 0
    return x >= this.nn && this.out[x - this.nn]! > this.load[x - this.nn]!
  }

  /**
   * The arcs out of node x, one per cursor value c: a nomination's edges then o; a group's members then o;
   * o's nominations then groups. Sets `to` and `via` (the edge, or −1) for arc c; false past the last arc.
   */
  protected next(x: number, c: number): boolean {
    const { nn, o } = this
    this.via = -1
    if (x < nn) {
      const k = this.edgeStart[x]! + c
      const end = this.edgeStart[x + 1]!
      if (k < end) {
        this.to = nn + this.edgeGroup[k]!
        this.via = k
      } else this.to = o
      return k <= end
    }
    if (x < o) {
      const list = this.members[x - nn]!
      this.to = c < list.length ? list[c]! : o
      return c <= list.length
    }
    this.to = c
    return c < o
  }

  /** Reduced cost of the arc `next` found from x (to `to` through `via`), or INF when it is not residual. */
  protected reduced(x: number): number {
    const { nn, o, to: y, pn, pg } = this
    if (x < nn) {
      if (y === o) return this.held[x] === 1 ? pn[x]! - this.ps : INF
      return this.via === this.matchEdge[x] ? INF : this.edgeCost[this.via]! + pn[x]! - pg[y - nn]!
    }
    if (x < o) {
      const j = x - nn
      if (y === o) return this.out[j]! < this.capacity[j]! ? pg[j]! - this.pt : INF
      return pg[j]! - this.edgeCost[this.matchEdge[y]!]! - pn[y]!
    }
    if (y < nn) return this.held[y] === 0 ? this.ps - pn[y]! : INF
    return this.out[y - nn]! > 0 ? this.pt - pg[y - nn]! : INF
  }
}
