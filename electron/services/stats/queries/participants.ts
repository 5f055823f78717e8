import type Database from 'better-sqlite3'
import { DRIVERS, GENDERS, SECTORS } from '../../../../shared/domain/enums'
import { DIRECTIONS, directionOf } from '../../../../shared/stats/definitions'
import type { ParticipantFigures } from '../../../../shared/stats/types'
import { COUNTED, placementsIn, prepared, type Scope, type ScopeKind, tally } from '../sql'

/**
 * Participants: counted placements of the period, and the distinct people among them. For years, people are
 * counted from the (person, status, starts_on) index read in person order, which needs no sort of the
 * period's placements; a round's few placements are found through the round index.
 */
export function countParticipants(sqlite: Database.Database, scope: Scope): { total: number; people: number } {
  return prepared(sqlite, 'participants.total', scope.kind, (kind: ScopeKind) =>
    kind === 'round'
      ? `SELECT count(*) AS total, count(DISTINCT p.person_id) AS people FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)}`
      : `SELECT (SELECT count(*) FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)}) AS total,
                (SELECT count(*) FROM (SELECT 1 FROM placements p INDEXED BY placements_person
                                        WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.person_id)) AS people`,
  ).get(scope.params) as { total: number; people: number }
}

type Breakdown = Pick<ParticipantFigures, 'byHomeSector' | 'byDirection' | 'byGender' | 'byDriver'>
type Group = [homeSector: string, hostSector: string, driver: string | null, gender: string | null, placements: number]

/**
 * Participants by home sector, direction, gender and driver, from one pass: the counted placements of the
 * period grouped by the sectors stored on the placement (the sectors at the time, even if an organisation
 * changed since), the driver, and the person's gender (copied onto the placement by a trigger; not recorded
 * or erased on anonymisation counts as unknown). Each breakdown is a sum over these few hundred groups, and
 * the direction is shared/stats/definitions.ts's rule itself. For years the groups stream out of the
 * (status, home sector, host sector, driver, gender, starts_on) index in order, without a sort; a round's
 * placements come through the round index.
 */
export function participantBreakdowns(sqlite: Database.Database, scope: Scope): Breakdown {
  const groups = prepared(sqlite, 'participants.breakdowns', scope.kind, (kind) =>
    `SELECT p.home_sector, p.host_sector, p.driver, p.gender, count(*)
       FROM placements p ${kind === 'years' ? 'INDEXED BY placements_breakdown' : ''}
      WHERE ${COUNTED} AND ${placementsIn(kind)}
      GROUP BY p.status, p.home_sector, p.host_sector, p.driver, p.gender`,
  ).raw().all(scope.params) as Group[]
  const rows = (key: (group: Group) => string | null) => groups.map((group) => ({ key: key(group), n: group[4] }))
  return {
    byHomeSector: tally(SECTORS, rows(([home]) => home)),
    byDirection: tally(DIRECTIONS, rows(([home, host]) => directionOf(home, host))),
    byGender: tally([...GENDERS, 'unknown'] as const, rows(([, , , gender]) => gender), 'unknown'),
    byDriver: tally([...DRIVERS, 'unknown'] as const, rows(([, , driver]) => driver), 'unknown'),
  }
}

export function participantFigures(sqlite: Database.Database, scope: Scope): ParticipantFigures {
  return { ...countParticipants(sqlite, scope), ...participantBreakdowns(sqlite, scope) }
}
