import type Database from 'better-sqlite3'
import type { FeedbackFigures, Rating, RatingFigures } from '../../../../shared/stats/types'
import { COUNTED, placementsIn, prepared, type Scope } from '../sql'

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5]
const SIDES = ['participant', 'host'] as const
type Side = (typeof SIDES)[number]

/**
 * Ratings from participants and hosts on counted placements: a response is a rating from 1 to 5 (anything
 * else is not a response). The response rate is taken over completed placements, the only ones asked.
 */
export function feedbackFigures(sqlite: Database.Database, scope: Scope): FeedbackFigures {
  // One column per side and rating, counted in a single pass: grouping by the pair of ratings instead sorted
  // every placement of the period (about 40 % more processor time over 100,000 placements, measured).
  const row = prepared(sqlite, 'feedback', scope.kind, (kind) =>
    `SELECT ${SIDES.flatMap((side) => RATINGS.map((r) => `coalesce(sum(p.${side}_rating = ${r}), 0) AS ${side}${r}`)).join(', ')},
            coalesce(sum(p.status = 'completed'), 0) AS completed
       FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)}`,
  ).get(scope.params) as Record<string, number>
  const completed = row.completed!
  const summarise = (side: Side): RatingFigures => {
    const distribution = Object.fromEntries(RATINGS.map((r) => [r, row[`${side}${r}`]!])) as Record<Rating, number>
    const responses = RATINGS.reduce((total, r) => total + distribution[r], 0)
    const points = RATINGS.reduce((total, r) => total + r * distribution[r], 0)
    return {
      responses,
      mean: responses > 0 ? points / responses : null,
      distribution,
      responseRate: completed > 0 ? responses / completed : null,
    }
  }
  return { completed, participant: summarise('participant'), host: summarise('host') }
}
