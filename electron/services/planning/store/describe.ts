import { dayValue } from '../../../../shared/domain/days'
import type { ServiceContext } from '../../context'

/**
 * How a message names a placement or a nomination: the person, the host and the dates, never a record number.
 * An anonymised person is named by the home organisation alone.
 */
export interface PlacementLabel extends Record<string, string | number> {
  name: string
  host: string
  from: number | string
  to: number | string
}

export function placementLabel(ctx: ServiceContext, placementId: number): PlacementLabel {
  const row = ctx.conn.sqlite
    .prepare(
      `SELECT coalesce(NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), ''), home.name) AS name,
              host.name AS host, p.starts_on AS "from", p.ends_on AS "to"
         FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id
         JOIN organisations home ON home.id = pe.organisation_id JOIN organisations host ON host.id = p.host_organisation_id
        WHERE p.id = ?`,
    )
    .get(placementId) as { name: string; host: string; from: string; to: string } | undefined
  if (!row) return { name: '', host: '', from: '', to: '' }
  return { name: row.name, host: row.host, from: dayValue(row.from), to: dayValue(row.to) }
}

export function nominationName(ctx: ServiceContext, nominationId: number): string {
  const row = ctx.conn.sqlite
    .prepare(
      `SELECT coalesce(NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), ''), home.name) AS name
         FROM nominations n JOIN people pe ON pe.id = n.person_id JOIN organisations home ON home.id = pe.organisation_id WHERE n.id = ?`,
    )
    .get(nominationId) as { name: string } | undefined
  return row?.name ?? ''
}
