import type Database from 'better-sqlite3'
import type { PersonDayFigures } from '../../../../shared/stats/types'
import { workingDaysBetween } from '../../../../shared/stats/workingDays'
import { COUNTED, placementsIn, prepared, type Scope } from '../sql'

/**
 * Person-days. Planned: working days from start to end inclusive, so that they compare with the actual days,
 * which the office records in working days. SQLite groups the placements by their dates and the Slovenian
 * working-day calendar is applied once per distinct pair of dates; a stay across new year counts whole in the
 * year it starts. Actual: the recorded days, over the placements that have them.
 */
export function personDayFigures(sqlite: Database.Database, scope: Scope): PersonDayFigures {
  const rows = prepared(sqlite, 'personDays', scope.kind, (kind) =>
    `SELECT p.starts_on AS startsOn, p.ends_on AS endsOn, count(*) AS n,
            sum(p.days_actual) AS actual, count(p.days_actual) AS recorded
       FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)}
      GROUP BY p.starts_on, p.ends_on`,
  ).all(scope.params) as Array<{ startsOn: string; endsOn: string; n: number; actual: number | null; recorded: number }>
  let planned = 0
  let placements = 0
  let actual = 0
  let actualRecorded = 0
  for (const row of rows) {
    planned += row.n * workingDaysBetween(row.startsOn, row.endsOn)
    placements += row.n
    actual += row.actual ?? 0
    actualRecorded += row.recorded
  }
  return {
    planned,
    actual,
    actualRecorded,
    averagePlanned: placements > 0 ? planned / placements : null,
    averageActual: actualRecorded > 0 ? actual / actualRecorded : null,
  }
}
