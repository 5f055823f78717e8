import type Database from 'better-sqlite3'
import type { FeedbackFigures, Rating, RatingFigures } from '../../../../shared/stats/types'
import { COUNTED, placementsIn, prepared, type Scope } from '../sql'

const RATINGS = [1, 2, 3, 4, 5] as const satisfies readonly Rating[]
type Side = 'participant' | 'host'
const isRating = (value: unknown): value is Rating => (RATINGS as readonly unknown[]).includes(value)

/**
 * Ratings from participants and hosts on counted placements: a response is a rating from 1 to 5 (anything
 * else is not a response). The response rate is taken over completed placements, the only ones asked.
 */
export function feedbackFigures(sqlite: Database.Database, scope: Scope): FeedbackFigures {
  // Counted placements grouped by status and the pair of ratings: for years the groups stream out of the
  // (status, participant rating, host rating, starts_on) index in order, so the few dozen groups cost one
  // pass and no sort (a sum per side and rating cost about twice as much over 100,000 placements, measured).
  const groups = prepared(sqlite, 'feedback', scope.kind, (kind) =>
    `SELECT p.status, p.participant_rating, p.host_rating, count(*)
       FROM placements p ${kind === 'years' ? 'INDEXED BY placements_feedback' : ''}
      WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.status, p.participant_rating, p.host_rating`,
  ).raw().all(scope.params) as Array<[status: string, participant: unknown, host: unknown, placements: number]>
  let completed = 0
  const none = (): Record<Rating, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })
  const distributions = { participant: none(), host: none() }
  for (const [status, participant, host, n] of groups) {
    if (status === 'completed') completed += n
    if (isRating(participant)) distributions.participant[participant] += n
    if (isRating(host)) distributions.host[host] += n
  }
  const summarise = (side: Side): RatingFigures => {
    const distribution = distributions[side]
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
