import { isWorkingDay } from '../../../shared/stats/workingDays'
import { fromDay, OPEN_END, OPEN_START, toDay } from './dates'

/**
 * An exchange is a stay at the host's workplace: it starts on a working day and lasts its duration in working
 * days (the Slovenian calendar of shared/stats/workingDays.ts: weekends and public holidays excluded). The solver
 * asks this for thousands of pairs, so the calendar is turned once into two tables over the round's days:
 * `before[d − base]` working days in [base, d), and `work[k]` the k-th working day from base on. A start then
 * costs two look-ups. Days outside the table (an open window side) keep plain day arithmetic: such a start is
 * not a date, and the placement gets no dates from it.
 */
export interface WorkCalendar {
  base: number
  before: Int32Array
  work: Int32Array
}

let last: WorkCalendar | null = null

/**
 * A calendar covering every day from `first` to `lastDay` and enough days after it for the longest stay to end
 * (a stay of N working days spans fewer than 2N + 60 calendar days whatever the holidays).
 */
export function workCalendar(first: number, lastDay: number, longest: number): WorkCalendar {
  if (first > lastDay) return { base: 0, before: new Int32Array(0), work: new Int32Array(0) }
  const end = lastDay + 2 * longest + 60
  if (last && last.base <= first && last.base + last.before.length - 1 >= end) return last
  const size = end - first + 1
  const before = new Int32Array(size)
  const days: number[] = []
  for (let d = 0; d < size; d++) {
    before[d] = days.length
    if (isWorkingDay(fromDay(first + d))) days.push(first + d)
  }
  last = { base: first, before, work: Int32Array.from(days) }
  return last
}

const OPEN_COUNT = 500_000_000

/**
 * Working days before a day, counted from the table's first day; an open side counts far below or above every
 * date. A stay of N working days fits between a first day a and a last day b exactly when
 * workingBefore(b + 1) − workingBefore(a) ≥ N, and as the count never falls with the day, the bounds of two
 * windows combine as the max of their starts' counts and the min of their ends': the solver compares integers
 * precomputed once per nomination and offer, as cheap as the calendar-day rule was.
 */
export function workingBefore(cal: WorkCalendar, day: number): number {
  const at = day - cal.base
  if (at < 0) return -OPEN_COUNT
  return at < cal.before.length ? cal.before[at]! : OPEN_COUNT
}

/** Whether a day is a real date (not the open side of a window). */
export function isDated(day: number): boolean {
  return day > OPEN_START && day < OPEN_END
}

/** The first working day at or after `day` (the day itself outside the table). */
export function firstWorkingDay(cal: WorkCalendar, day: number): number {
  const at = day - cal.base
  return at >= 0 && at < cal.before.length ? cal.work[cal.before[at]!]! : day
}

/** The day a stay of `duration` working days starting at or after `day` ends on: its last working day. */
export function workEnd(cal: WorkCalendar, day: number, duration: number): number {
  const at = day - cal.base
  if (at < 0 || at >= cal.before.length) return day + duration - 1
  const k = cal.before[at]! + duration - 1
  return k < cal.work.length ? cal.work[k]! : OPEN_END
}

/** Working days from `from` to `to`, both included (calendar days where the table does not reach). */
export function workingDaysIn(cal: WorkCalendar, from: number, to: number): number {
  if (to < from) return 0
  const a = from - cal.base
  const b = to + 1 - cal.base
  if (a < 0 || b >= cal.before.length) return to - from + 1
  return cal.before[b]! - cal.before[a]!
}

/**
 * The earliest start at which `duration` working days fit inside both windows, or null: the first working day
 * at or after both windows open, if the stay's last working day is inside both. Earliest, because it is the one
 * choice that is the same whatever else is planned, and it leaves the rest of the window for changes. Every
 * rule that asks whether a stay fits (solver table, eligibility, explanations, checks) reads this same rule.
 */
export function earliestFit(cal: WorkCalendar, aStart: number, aEnd: number, bStart: number, bEnd: number, duration: number): number | null {
  const start = aStart > bStart ? aStart : bStart
  return workEnd(cal, start, duration) <= (aEnd < bEnd ? aEnd : bEnd) ? firstWorkingDay(cal, start) : null
}

/** A stay of `duration` working days from the first working day at or after `day` (ISO), as ISO dates. */
export function stayFrom(day: string, duration: number): { from: string; to: string } {
  const start = toDay(day, 'from')
  const cal = workCalendar(start, start, duration)
  return { from: fromDay(firstWorkingDay(cal, start)), to: fromDay(workEnd(cal, start, duration)) }
}
