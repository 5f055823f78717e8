import highsLoader from 'highs'
import type { Sector } from '../../../shared/domain/enums'
import type { PlanningInstance } from '../../../shared/planning/types'
import { isWorkingDay } from '../../../shared/stats/workingDays'

/**
 * An independent statement of the planning problem for checking the engine: the rules written again from
 * the issue (nothing imported from the engine; the working-day calendar is the app's shared one), one variable per eligible (nomination, offer) pair instead of
 * the engine's offer groups, solved by HiGHS as a linear programme, or by trying every plan on tiny instances.
 * Locked placements leave the problem and take a place of their offer.
 */
export interface Pair {
  nomination: number
  offer: number
  points: number
}

export interface Optimum {
  placed: number
  score: number
}

const DAY = 86_400_000

let loaded: ReturnType<typeof highsLoader> | undefined

function isPublic(sector: Sector): boolean {
  return sector === 'ministry' || sector === 'public-body'
}

function kindOf(home: Sector, host: Sector): string {
  if (isPublic(home) && isPublic(host)) return 'within-public'
  if (isPublic(home) !== isPublic(host)) return 'cross'
  return home === 'ngo' || host === 'ngo' ? 'with-ngos' : 'within-private'
}

export function referencePairs(instance: PlanningInstance): { pairs: Pair[]; places: Map<number, number>; open: number[] } {
  const sector = new Map(instance.organisations.map((o) => [o.id, o.sector]))
  const conflicts = new Set(instance.conflicts.flatMap((c) => [`${c.organisationA}/${c.organisationB}`, `${c.organisationB}/${c.organisationA}`]))
  const conflict = (a: number, b: number) => conflicts.has(`${a}/${b}`)
  const places = new Map(instance.offers.map((o) => [o.id, o.places]))
  for (const lock of instance.locked) if (lock.offerId !== null) places.set(lock.offerId, Math.max(0, places.get(lock.offerId)! - 1))
  const locked = new Set(instance.locked.map((l) => l.nominationId))
  const date = (value: string | null, fallback: string | null) => Date.parse(`${value ?? fallback}T00:00:00Z`)
  const offerDays = instance.offers.map((o) => [date(o.from, instance.period.from), date(o.to, instance.period.to)] as const)
  const workingDays = workingDayCounter()
  const pairs: Pair[] = []
  const open: number[] = []
  for (const n of instance.nominations) {
    if (locked.has(n.id)) continue
    open.push(n.id)
    const available = [date(n.availableFrom, instance.period.from), date(n.availableTo, instance.period.to)] as const
    instance.offers.forEach((o, k) => {
      const host = o.organisationId
      if (host === n.organisationId || conflict(host, n.organisationId)) return
      if (!instance.rules.sectorKinds.includes(kindOf(sector.get(n.organisationId)!, sector.get(host)!) as never)) return
      const from = Math.max(available[0], offerDays[k]![0])
      const to = Math.min(available[1], offerDays[k]![1])
      // A stay counts working days: it fits when the shared days hold at least its duration in working days.
      if (workingDays(from, to) < (n.durationDays ?? instance.rules.defaultDurationDays)) return
      const rank = n.preferences.slice(0, 3).indexOf(host)
      pairs.push({ nomination: n.id, offer: o.id, points: rank < 0 ? 0 : 3 - rank })
    })
  }
  return { pairs, places, open }
}

/** Working days from one day to another (epoch milliseconds, both included); NaN for an open side. */
function workingDayCounter(): (from: number, to: number) => number {
  const known = new Map<number, boolean>()
  return (from, to) => {
    if (Number.isNaN(from) || Number.isNaN(to)) return Number.NaN
    let count = 0
    for (let day = from; day <= to; day += DAY) {
      let working = known.get(day)
      if (working === undefined) known.set(day, (working = isWorkingDay(new Date(day).toISOString().slice(0, 10))))
      if (working) count++
    }
    return count
  }
}

/**
 * Maximise Σ (BIG + points)·x over the pairs, each nomination at most once, each offer within its places.
 * The constraint matrix is totally unimodular, so the LP optimum is the integer one; BIG = 3·n + 1 makes
 * the objective split exactly into people placed and points.
 */
export async function solveWithHighs(instance: PlanningInstance): Promise<Optimum> {
  const { pairs, places, open } = referencePairs(instance)
  if (pairs.length === 0) return { placed: 0, score: 0 }
  const highs = await (loaded ??= highsLoader())
  const big = 3 * open.length + 1
  const nominationRow = new Map(open.map((id, i) => [id, i]))
  const offerIds = [...places.keys()]
  const offerRow = new Map(offerIds.map((id, i) => [id, open.length + i]))
  const starts: number[] = [0]
  const indices: number[] = []
  for (const p of pairs) {
    indices.push(nominationRow.get(p.nomination)!, offerRow.get(p.offer)!)
    starts.push(indices.length)
  }
  const model = highs.createModel({
    numCols: pairs.length,
    numRows: open.length + offerIds.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: pairs.map((p) => big + p.points),
    colLower: pairs.map(() => 0),
    colUpper: pairs.map(() => 1),
    rowLower: [...open.map(() => 0), ...offerIds.map(() => 0)],
    rowUpper: [...open.map(() => 1), ...offerIds.map((id) => places.get(id)!)],
    matrix: { format: 'csc', numRows: open.length + offerIds.length, numCols: pairs.length, starts, indices, values: indices.map(() => 1) },
  })
  try {
    model.options.set({ output_flag: false })
    model.run()
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS status ${model.getModelStatus()}`)
    const objective = Math.round(model.getObjectiveValue())
    return { placed: Math.floor(objective / big), score: objective % big }
  } finally {
    model[Symbol.dispose]()
  }
}

/** Every plan, by backtracking; only for a handful of nominations. */
export function bruteForce(instance: PlanningInstance): Optimum {
  const { pairs, places, open } = referencePairs(instance)
  const byNomination = open.map((id) => pairs.filter((p) => p.nomination === id))
  const left = new Map(places)
  let best: Optimum = { placed: 0, score: 0 }
  const visit = (i: number, placed: number, score: number) => {
    if (i === byNomination.length) {
      if (placed > best.placed || (placed === best.placed && score > best.score)) best = { placed, score }
      return
    }
    visit(i + 1, placed, score)
    for (const p of byNomination[i]!) {
      if (left.get(p.offer)! <= 0) continue
      left.set(p.offer, left.get(p.offer)! - 1)
      visit(i + 1, placed + 1, score + p.points)
      left.set(p.offer, left.get(p.offer)! + 1)
    }
  }
  visit(0, 0, 0)
  return best
}
