import type Database from 'better-sqlite3'
import { PILOT_YEAR } from '../../../../shared/stats/period'
import type { GrowthRow } from '../../../../shared/stats/types'
import { COUNTED, prepared, type Scope } from '../sql'

type YearCounts = Omit<GrowthRow, 'participantsFactor' | 'organisationsFactor'>

/**
 * Growth since the pilot: for every year from 2015 (or the period's first year, if earlier) to the period's
 * last year, the organisations taking part by sector and the participants, with the same rules as the
 * figures of a single year. For a round the series ends with the round's year.
 */
export function growthFigures(sqlite: Database.Database, scope: Scope): GrowthRow[] {
  // Each side is first grouped per organisation, sector and year from the (organisation, sector, ...) index,
  // so only those groups, not every placement since the pilot twice over, are sorted by year and organisation.
  const organisations = prepared(sqlite, 'growth', 'years', () =>
    `WITH parts AS (
       SELECT CAST(substr(p.starts_on, 1, 4) AS INTEGER) AS year, p.home_organisation_id AS id, p.home_sector AS sector, max(p.starts_on) AS at
         FROM placements p INDEXED BY placements_home_sector WHERE ${COUNTED} AND p.starts_on >= @growthFromDate AND p.starts_on < @untilDate
        GROUP BY p.home_organisation_id, p.home_sector, year
       UNION ALL
       SELECT CAST(substr(p.starts_on, 1, 4) AS INTEGER) AS year, p.host_organisation_id AS id, p.host_sector AS sector, max(p.starts_on) AS at
         FROM placements p INDEXED BY placements_host_sector WHERE ${COUNTED} AND p.starts_on >= @growthFromDate AND p.starts_on < @untilDate
        GROUP BY p.host_organisation_id, p.host_sector, year
       UNION ALL
       SELECT CAST(substr(r.starts_on, 1, 4) AS INTEGER), f.organisation_id, o.sector, ''
         FROM offers f JOIN rounds r ON r.id = f.round_id JOIN organisations o ON o.id = f.organisation_id
        WHERE r.starts_on >= @growthFromDate AND r.starts_on < @untilDate
     ),
     orgs AS (SELECT year, id, sector, max(at) AS at FROM parts GROUP BY year, id)
     SELECT year, sum(sector = 'ministry') AS ministries, sum(sector = 'public-body') AS publicBodies,
            sum(sector = 'company') AS companies, sum(sector = 'ngo') AS ngos, sum(sector = 'association') AS associations,
            count(*) AS organisations
       FROM orgs GROUP BY year`,
  ).all(scope.params) as Array<Omit<YearCounts, 'participants'>>
  // Participants per year in a statement of their own: as a correlated subquery of the one above, SQLite
  // recomputed them for every year (the slowness the first benchmark found).
  const participants = prepared(sqlite, 'growth.participants', 'years', () =>
    `SELECT CAST(substr(p.starts_on, 1, 4) AS INTEGER) AS year, count(*) AS n
       FROM placements p WHERE ${COUNTED} AND p.starts_on >= @growthFromDate AND p.starts_on < @untilDate GROUP BY year`,
  ).all(scope.params) as Array<{ year: number; n: number }>
  const participantsByYear = new Map(participants.map((row) => [row.year, row.n]))
  const rows: YearCounts[] = organisations.map((row) => ({ ...row, participants: participantsByYear.get(row.year) ?? 0 }))
  // A year with placements always has organisations (their homes and hosts), so no year is lost above.
  const first = Number(scope.params.growthFromDate.slice(0, 4))
  const last = Number(scope.params.untilDate.slice(0, 4)) - 1
  const byYear = new Map(rows.map((row) => [row.year, row]))
  const pilot = byYear.get(PILOT_YEAR)
  const factor = (value: number, base: number | undefined) => (base ? value / base : null)
  const series: GrowthRow[] = []
  for (let year = first; year <= last; year++) {
    const counts = byYear.get(year) ?? { year, ministries: 0, publicBodies: 0, companies: 0, ngos: 0, associations: 0, organisations: 0, participants: 0 }
    series.push({
      ...counts,
      participantsFactor: factor(counts.participants, pilot?.participants),
      organisationsFactor: factor(counts.organisations, pilot?.organisations),
    })
  }
  return series
}
