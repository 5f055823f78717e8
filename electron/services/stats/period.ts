import type Database from 'better-sqlite3'
import { UserError } from '../../../shared/errors'
import { FIRST_YEAR, LAST_YEAR, PILOT_YEAR, type StatsPeriod, type StatsPeriodInput } from '../../../shared/stats/period'
import type { Scope } from './sql'

export interface ResolvedPeriod {
  period: StatsPeriod
  scope: Scope
}

function checkYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new UserError('stats.badYear', { year: String(year), first: FIRST_YEAR, last: LAST_YEAR })
  return year
}

const jan1 = (year: number) => `${String(year).padStart(4, '0')}-01-01`

function yearsScope(from: number, to: number, roundId = 0): Scope {
  return {
    kind: 'years',
    params: { fromDate: jan1(from), untilDate: jan1(to + 1), roundId, fromYear: from, toYear: to, growthFromYear: Math.min(from, PILOT_YEAR) },
  }
}

/**
 * Turns what the user asked for into the period shown in titles and the parameters bound to every query.
 * A round's year is the year it starts; a round without a start date takes the year of its first placement.
 */
export function resolvePeriod(sqlite: Database.Database, input: StatsPeriodInput): ResolvedPeriod {
  if ('roundId' in input) {
    const round = sqlite
      .prepare(
        `SELECT r.id, r.name, CAST(substr(coalesce(r.starts_on, (SELECT min(p.starts_on) FROM placements p WHERE p.round_id = r.id)), 1, 4) AS INTEGER) AS year
           FROM rounds r WHERE r.id = ?`,
      )
      .get(input.roundId) as { id: number; name: string; year: number | null } | undefined
    if (!round) throw new UserError('stats.roundNotFound', { id: input.roundId })
    const year = round.year !== null && round.year >= FIRST_YEAR && round.year <= LAST_YEAR ? round.year : null
    // An undated round with no placements has no year: an empty year range makes year-based figures (new
    // partners, growth) empty instead of guessing one.
    const scope = year === null ? yearsScope(PILOT_YEAR, PILOT_YEAR - 1, round.id) : yearsScope(year, year, round.id)
    return {
      period: { kind: 'round', from: year, to: year, roundId: round.id, roundName: round.name },
      scope: { kind: 'round', params: scope.params },
    }
  }
  const from = checkYear('year' in input ? input.year : input.from)
  const to = checkYear('year' in input ? input.year : input.to)
  if (from > to) throw new UserError('stats.badRange', { from, to })
  return { period: { kind: 'years', from, to, roundId: null, roundName: null }, scope: yearsScope(from, to) }
}
