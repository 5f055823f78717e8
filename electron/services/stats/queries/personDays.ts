import type Database from 'better-sqlite3'
import type { PersonDayFigures } from '../../../../shared/stats/types'
import { runningWorkingDays, workingDaysBetween } from '../../../../shared/stats/workingDays'
import { COUNTED, placementsIn, prepared, type Scope } from '../sql'

/**
 * Person-days. Planned: working days from start to end inclusive, so that they compare with the actual days,
 * which the office records in working days (the Slovenian calendar of shared/stats/workingDays.ts); a stay
 * across new year counts whole in the year it starts. Actual: the recorded days, over the placements that
 * have them.
 */
export function personDayFigures(sqlite: Database.Database, scope: Scope): PersonDayFigures {
  const starts = prepared(sqlite, 'personDays.starts', scope.kind, (kind) =>
    `SELECT p.starts_on, count(*), coalesce(sum(p.days_actual), 0), count(p.days_actual), sum(p.ends_on < p.starts_on)
       FROM placements p ${kind === 'years' ? 'INDEXED BY placements_counted_starts' : ''}
      WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.starts_on`,
  ).raw().all(scope.params) as Array<[day: string, placements: number, actual: number, recorded: number, reversed: number]>
  let placements = 0
  let actual = 0
  let actualRecorded = 0
  for (const [, n, days, recorded] of starts) {
    placements += n
    actual += days
    actualRecorded += recorded
  }
  const planned = (starts.every((row) => row[4] === 0) ? plannedByDays(sqlite, scope, starts) : null) ?? plannedByPairs(sqlite, scope)
  return {
    planned,
    actual,
    actualRecorded,
    averagePlanned: placements > 0 ? planned / placements : null,
    averageActual: actualRecorded > 0 ? actual / actualRecorded : null,
  }
}

type Day = [day: string, placements: number, ...rest: number[]]

/**
 * Σ working days (start..end) over placements = Σ over their ends of the running count of working days
 * through the end, less Σ over their starts of the running count before the start. SQLite then only groups
 * the placements by start day and by end day, each read in the order of a partial index that holds counted
 * placements only (one range, one row per day, no sort), and the calendar is applied once per distinct day:
 * grouping by the pair of dates made tens of thousands of groups over 100,000 placements. Only for stays that end on or after their start (so for years every end lies on or after the
 * period's first day); null when a day is malformed, and the caller sums pair by pair instead.
 */
function plannedByDays(sqlite: Database.Database, scope: Scope, starts: Day[]): number | null {
  // For years, the period's first day bounds the scan of the end-day index; a round's placements come
  // through the round index.
  const ends = prepared(sqlite, 'personDays.ends', scope.kind, (kind) =>
    `SELECT p.ends_on, count(*) FROM placements p ${kind === 'years' ? 'INDEXED BY placements_counted_ends' : ''}
      WHERE ${COUNTED} AND ${placementsIn(kind)} ${kind === 'years' ? 'AND p.ends_on >= @fromDate' : ''}
      GROUP BY p.ends_on`,
  ).raw().all(scope.params) as Day[]
  let first = starts[0]?.[0] ?? '0000'
  for (const [day] of starts) if (day < first) first = day
  const { through, before } = runningWorkingDays(Number(first.slice(0, 4)))
  let planned = 0
  for (const [day, n] of ends) planned += n * through(day)
  for (const [day, n] of starts) planned -= n * before(day)
  return Number.isFinite(planned) ? planned : null
}

/** The plain sum, pair of dates by pair: only for data with a malformed or reversed stay (never written by the app). */
function plannedByPairs(sqlite: Database.Database, scope: Scope): number {
  const pairs = prepared(sqlite, 'personDays.pairs', scope.kind, (kind) =>
    `SELECT p.starts_on, p.ends_on, count(*) FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.starts_on, p.ends_on`,
  ).raw().all(scope.params) as Array<[string, string, number]>
  return pairs.reduce((sum, [start, end, n]) => sum + n * workingDaysBetween(start, end), 0)
}
