import type Database from 'better-sqlite3'
import type { FeedbackFigures, Rating, RatingFigures } from '../../../../shared/stats/types'
import { COUNTED, placementsIn, prepared, type Scope } from '../sql'

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5]

/**
 * Ratings from participants and hosts on counted placements: a response is a rating from 1 to 5 (anything
 * else is not a response). The response rate is taken over completed placements, the only ones asked.
 */
export function feedbackFigures(sqlite: Database.Database, scope: Scope): FeedbackFigures {
  const rows = prepared(sqlite, 'feedback', scope.kind, (kind) =>
    `SELECT p.participant_rating AS participant, p.host_rating AS host, count(*) AS n, sum(p.status = 'completed') AS completed
       FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)}
      GROUP BY p.participant_rating, p.host_rating`,
  ).all(scope.params) as Array<{ participant: number | null; host: number | null; n: number; completed: number }>
  const completed = rows.reduce((total, row) => total + row.completed, 0)
  const summarise = (side: 'participant' | 'host'): RatingFigures => {
    const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<Rating, number>
    for (const row of rows) {
      const rating = row[side]
      if (rating !== null && (RATINGS as readonly number[]).includes(rating)) distribution[rating as Rating] += row.n
    }
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
