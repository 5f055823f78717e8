import type { Connection } from '../../../db/connection'
import type { StatsPeriodInput } from '../../../shared/stats/period'
import type { Statistics } from '../../../shared/stats/types'
import { resolvePeriod } from './period'
import { feedbackFigures } from './queries/feedback'
import { growthFigures } from './queries/growth'
import { organisationFigures } from './queries/organisations'
import { participantFigures } from './queries/participants'
import { personDayFigures } from './queries/personDays'
import { teamFigures } from './queries/teams'
import { workshopFigures } from './queries/workshops'

/**
 * Every figure for a year, a range of years or a round: what the Statistics screen, the CLI and the workbook
 * show. The queries run in one read transaction so the figures agree with each other even while the file is
 * being written elsewhere.
 */
export function getStatistics(conn: Pick<Connection, 'sqlite'>, input: StatsPeriodInput): Statistics {
  const { sqlite } = conn
  return sqlite.transaction(() => {
    const { period, scope } = resolvePeriod(sqlite, input)
    return {
      period,
      participants: participantFigures(sqlite, scope),
      organisations: organisationFigures(sqlite, scope),
      personDays: personDayFigures(sqlite, scope),
      teams: teamFigures(sqlite, scope),
      workshops: workshopFigures(sqlite, scope),
      feedback: feedbackFigures(sqlite, scope),
      growth: growthFigures(sqlite, scope),
    }
  })()
}
