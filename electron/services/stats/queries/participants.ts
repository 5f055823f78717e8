import type Database from 'better-sqlite3'
import { DRIVERS, GENDERS, SECTORS } from '../../../../shared/domain/enums'
import { DIRECTIONS } from '../../../../shared/stats/definitions'
import type { ParticipantFigures } from '../../../../shared/stats/types'
import { COUNTED, directionCase, placementsIn, prepared, type Scope, type ScopeKind, tally } from '../sql'

type Grouped = Array<{ key: string | null; n: number }>

/** Participants: counted placements of the period, and the distinct people among them. */
export function countParticipants(sqlite: Database.Database, scope: Scope): { total: number; people: number } {
  return prepared(sqlite, 'participants.total', scope.kind, (kind: ScopeKind) =>
    `SELECT count(*) AS total, count(DISTINCT n.person_id) AS people
       FROM placements p JOIN nominations n ON n.id = p.nomination_id
      WHERE ${COUNTED} AND ${placementsIn(kind)}`,
  ).get(scope.params) as { total: number; people: number }
}

/** By the home sector stored on the placement (the sector at the time, even if the organisation changed since). */
export function participantsByHomeSector(sqlite: Database.Database, scope: Scope): ParticipantFigures['byHomeSector'] {
  const rows = prepared(sqlite, 'participants.byHomeSector', scope.kind, (kind) =>
    `SELECT p.home_sector AS key, count(*) AS n FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.home_sector`,
  ).all(scope.params) as Grouped
  return tally(SECTORS, rows)
}

export function participantsByDirection(sqlite: Database.Database, scope: Scope): ParticipantFigures['byDirection'] {
  const rows = prepared(sqlite, 'participants.byDirection', scope.kind, (kind) =>
    `SELECT ${directionCase('p.home_sector', 'p.host_sector')} AS key, count(*) AS n
       FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY key`,
  ).all(scope.params) as Grouped
  return tally(DIRECTIONS, rows)
}

/** By the gender recorded for the person; not recorded (or erased on anonymisation) counts as unknown. */
export function participantsByGender(sqlite: Database.Database, scope: Scope): ParticipantFigures['byGender'] {
  const rows = prepared(sqlite, 'participants.byGender', scope.kind, (kind) =>
    `SELECT pe.gender AS key, count(*) AS n
       FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id
      WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY pe.gender`,
  ).all(scope.params) as Grouped
  return tally([...GENDERS, 'unknown'] as const, rows, 'unknown')
}

export function participantsByDriver(sqlite: Database.Database, scope: Scope): ParticipantFigures['byDriver'] {
  const rows = prepared(sqlite, 'participants.byDriver', scope.kind, (kind) =>
    `SELECT p.driver AS key, count(*) AS n FROM placements p WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.driver`,
  ).all(scope.params) as Grouped
  return tally([...DRIVERS, 'unknown'] as const, rows, 'unknown')
}

export function participantFigures(sqlite: Database.Database, scope: Scope): ParticipantFigures {
  return {
    ...countParticipants(sqlite, scope),
    byHomeSector: participantsByHomeSector(sqlite, scope),
    byDirection: participantsByDirection(sqlite, scope),
    byGender: participantsByGender(sqlite, scope),
    byDriver: participantsByDriver(sqlite, scope),
  }
}
