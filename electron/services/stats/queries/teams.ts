import type Database from 'better-sqlite3'
import type { TeamFigures } from '../../../../shared/stats/types'
import { COUNTED, PUBLIC_LIST, prepared, roundsIn, type Scope } from '../sql'

/**
 * Challenges and mixed teams of the rounds in the period. A team is mixed when it has at least one member
 * from the public sector and at least one from outside it. Teams store no sector, so a member counts with the
 * home sector stored on their placement in that round, or their organisation's current sector without one.
 */
export function teamFigures(sqlite: Database.Database, scope: Scope): TeamFigures {
  return prepared(sqlite, 'teams', scope.kind, (kind) =>
    `WITH scoped AS (SELECT t.id, t.round_id, t.challenge_id FROM teams t JOIN rounds r ON r.id = t.round_id WHERE ${roundsIn(kind)}),
     members AS (
       SELECT s.id AS team, m.person_id AS person,
              coalesce((SELECT p.home_sector FROM nominations n JOIN placements p ON p.nomination_id = n.id
                         WHERE n.person_id = m.person_id AND n.round_id = s.round_id AND ${COUNTED} LIMIT 1), o.sector) AS sector
         FROM scoped s JOIN team_members m ON m.team_id = s.id
         JOIN people pe ON pe.id = m.person_id JOIN organisations o ON o.id = pe.organisation_id
     )
     SELECT (SELECT count(*) FROM challenges c JOIN rounds r ON r.id = c.round_id WHERE ${roundsIn(kind)}) AS challenges,
            (SELECT count(DISTINCT challenge_id) FROM scoped) AS challengesWithTeams,
            (SELECT count(*) FROM scoped) AS teams,
            (SELECT count(*) FROM (SELECT team FROM members GROUP BY team
                                   HAVING max(sector IN (${PUBLIC_LIST})) = 1 AND min(sector IN (${PUBLIC_LIST})) = 0)) AS mixedTeams,
            (SELECT count(DISTINCT person) FROM members) AS members`,
  ).get(scope.params) as TeamFigures
}
