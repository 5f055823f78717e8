import type { HistoryEntry } from '../../../shared/domain/partners'
import type { ServiceContext } from '../context'

/** Rounds in which the organisation sent or hosted people (withdrawn placements do not count). */
export function organisationHistory(ctx: ServiceContext, organisationId: number): HistoryEntry[] {
  return ctx.conn.sqlite
    .prepare(
      `SELECT r.id AS roundId, r.name AS roundName, CAST(substr(r.starts_on, 1, 4) AS INTEGER) AS year,
              sum(p.home_organisation_id = @id) AS sent, sum(p.host_organisation_id = @id) AS hosted
         FROM placements p JOIN rounds r ON r.id = p.round_id
        WHERE (p.home_organisation_id = @id OR p.host_organisation_id = @id) AND p.status <> 'withdrawn'
        GROUP BY r.id ORDER BY r.starts_on DESC, r.id DESC`,
    )
    .all({ id: organisationId }) as HistoryEntry[]
}

/** Anything that refers to the organisation from a round: people, offers, placements, preferences. */
export function organisationHasHistory(ctx: ServiceContext, organisationId: number): boolean {
  const row = ctx.conn.sqlite
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM people WHERE organisation_id = @id)
           OR EXISTS (SELECT 1 FROM offers WHERE organisation_id = @id)
           OR EXISTS (SELECT 1 FROM placements WHERE home_organisation_id = @id OR host_organisation_id = @id)
           OR EXISTS (SELECT 1 FROM nominations WHERE @id IN (preference_1, preference_2, preference_3)) AS used`,
    )
    .get({ id: organisationId }) as { used: number }
  return row.used === 1
}
