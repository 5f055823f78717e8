import type Database from 'better-sqlite3'
import type { WorkshopFigures } from '../../../../shared/stats/types'
import { prepared, type Scope, workshopsIn } from '../sql'

/** Workshops held in the period (a workshop without a date belongs to its round's year) and who came. */
export function workshopFigures(sqlite: Database.Database, scope: Scope): WorkshopFigures {
  return prepared(sqlite, 'workshops', scope.kind, (kind) =>
    `WITH scoped AS (SELECT w.id, w.capacity FROM workshops w JOIN rounds r ON r.id = w.round_id WHERE ${workshopsIn(kind)})
     SELECT (SELECT count(*) FROM scoped) AS workshops,
            (SELECT coalesce(sum(capacity), 0) FROM scoped) AS capacity,
            count(a.person_id) AS registered,
            coalesce(sum(a.attended), 0) AS attended,
            count(DISTINCT CASE WHEN a.attended THEN a.person_id END) AS attendees
       FROM scoped s JOIN workshop_attendance a ON a.workshop_id = s.id`,
  ).get(scope.params) as WorkshopFigures
}
