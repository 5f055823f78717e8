import type { Violations } from './certificate'
import { eligible, pointsAt, type Table } from './table'

/**
 * The candidate pairs the solver's network is built on, as a CSR over nominations: the edges of nomination i
 * are start[i] .. start[i + 1] − 1, each with its group and its cost 3 − points (the "regret"). A group is in
 * a nomination's row at most once. Rows are built in a fixed order from the compiled round (nominations by
 * id, then their preferred groups, then the others in the order they were chosen), so the network and the
 * plan do not depend on how the input was ordered.
 */
export interface Candidates {
  start: Int32Array
  group: Int32Array
  cost: Int32Array
}

/**
 * Preferred hosts' eligible groups, plus a few other eligible groups per nomination: half taken from the groups
 * whose places are least sought so far (candidate edges per place, re-ranked every 512 nominations), half
 * from a starting point that differs per nomination. The first network then reaches nearly every free place,
 * and pricing has little left to add. The scans are bounded; pricing makes up for whatever they miss.
 * A group is in a nomination's row at most once (`mark` holds the last nomination that took it).
 */
export function initialCandidates(t: Table, ids: Float64Array, others: number): Candidates {
  const nn = t.nominations
  const count = t.groups
  const { prefStart, prefGroup, prefPoints, gCapacity } = t
  const start = new Int32Array(nn + 1)
  const group = new Int32Array(prefGroup.length + nn * Math.min(others, count))
  const cost = new Int32Array(group.length).fill(3)
  const demand = new Float64Array(count)
  const mark = new Int32Array(count)
  for (let k = 0; k < prefGroup.length; k++) demand[prefGroup[k]!]! += 1
  const order = new Int32Array(count)
  const keys = new Float64Array(count)
  const fromScarce = Math.ceil(others / 2)
  const scarceScan = Math.min(count, 64)
  // Groups with places that each home side may go to: the other scan walks only these, so the sector rule,
  // which alone excludes about half of the groups, costs no eligibility check.
  // Flat (side s: open[openStart[s] .. openStart[s + 1])), as an array of arrays deoptimised the first runs.
  const open = new Int32Array(3 * count)
  const openStart = new Int32Array(4)
  for (let side = 0; side < 3; side++) {
    let n = openStart[side]!
    for (let g = 0; g < count; g++) if (gCapacity[g]! > 0 && t.allowed[side * 3 + t.gSide[g]!] === 1) open[n++] = g
    openStart[side + 1] = n
  }
  let e = 0
  for (let i = 0; i < nn; i++) {
    if (i % 512 === 0 && count > 0) rankByDemand(demand, gCapacity, keys, order)
    const stamp = i + 1
    for (let k = prefStart[i]!; k < prefStart[i + 1]!; k++) {
      const g = prefGroup[k]!
      mark[g] = stamp
      group[e] = g
      cost[e++] = 3 - prefPoints[k]!
    }
    let added = 0
    const row = t.nSide[i]! * 3
    for (let k = 0; k < scarceScan && added < fromScarce; k++) {
      const g = order[k]!
      if (gCapacity[g] === 0 || mark[g] === stamp || t.allowed[row + t.gSide[g]!] === 0 || !eligible(t, i, g)) continue
      mark[g] = stamp
      group[e++] = g
      demand[g]! += 1
      added++
    }
    const first = openStart[t.nSide[i]!]!
    const size = openStart[t.nSide[i]! + 1]! - first
    const offset = size === 0 ? 0 : (Math.imul(ids[i]!, 0x9e3779b1) >>> 0) % size
    for (let k = 0; k < size && added < others; k++) {
      const g = open[first + (offset + k < size ? offset + k : offset + k - size)]!
      if (mark[g] === stamp || !eligible(t, i, g)) continue
      mark[g] = stamp
      group[e++] = g
      demand[g]! += 1
      added++
    }
    start[i + 1] = e
  }
  return { start, group, cost }
}

/**
 * Groups in ascending candidate edges per place, ties by index. The ratio is rounded to 1/1024 and packed with
 * the index into one number, so a plain numeric sort orders them without a comparator call per comparison.
 */
function rankByDemand(demand: Float64Array, capacity: Int32Array, keys: Float64Array, order: Int32Array): void {
  const count = order.length
  for (let g = 0; g < count; g++) {
    const ratio = Math.min((demand[g]! + 1) / (capacity[g]! + 0.5), 1 << 20)
    keys[g] = Math.floor(ratio * 1024) * count + g
  }
  keys.sort()
  for (let k = 0; k < count; k++) order[k] = keys[k]! % count
}

/**
 * The candidates with the violated pairs added at the end of their nominations' rows (pairs already there are
 * skipped). Rows without additions are copied in bulk: only a few nominations get new pairs in a round.
 */
export function withViolations(t: Table, old: Candidates, v: Violations): Candidates {
  const nn = t.nominations
  const start = new Int32Array(nn + 1)
  const group = new Int32Array(old.group.length + v.count)
  const cost = new Int32Array(group.length)
  const mark = new Int32Array(t.groups)
  let e = 0
  let row = 0
  // Rows [row, until) unchanged, shifted by the pairs added before them.
  const copyRows = (until: number) => {
    const from = old.start[row]!
    const to = old.start[until]!
    group.set(old.group.subarray(from, to), e)
    cost.set(old.cost.subarray(from, to), e)
    for (let k = row + 1; k <= until; k++) start[k] = old.start[k]! + e - from
    e += to - from
    row = until
  }
  for (let p = 0; p < v.count; ) {
    const i = v.nomination[p]!
    copyRows(i + 1)
    const stamp = i + 1
    for (let k = old.start[i]!; k < old.start[i + 1]!; k++) mark[old.group[k]!] = stamp
    for (; p < v.count && v.nomination[p] === i; p++) {
      const g = v.group[p]!
      if (mark[g] === stamp) continue
      mark[g] = stamp
      group[e] = g
      cost[e++] = 3 - pointsAt(t, i, g)
    }
    start[i + 1] = e
  }
  copyRows(nn)
  return { start, group: group.subarray(0, e), cost: cost.subarray(0, e) }
}

/** Every eligible pair: the full network, used when pricing rounds run out. */
export function allEligible(t: Table): Candidates {
  const nn = t.nominations
  const start = new Int32Array(nn + 1)
  let room = 0
  for (let i = 0; i < nn; i++) for (let g = 0; g < t.groups; g++) if (eligible(t, i, g)) room++
  const group = new Int32Array(room)
  const cost = new Int32Array(room)
  let e = 0
  for (let i = 0; i < nn; i++) {
    for (let g = 0; g < t.groups; g++) {
      if (!eligible(t, i, g)) continue
      group[e] = g
      cost[e++] = 3 - pointsAt(t, i, g)
    }
    start[i + 1] = e
  }
  return { start, group, cost }
}
