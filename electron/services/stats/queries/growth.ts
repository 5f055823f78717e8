import type Database from 'better-sqlite3'
import { PILOT_YEAR } from '../../../../shared/stats/period'
import type { GrowthRow } from '../../../../shared/stats/types'
import { LATEST, prepared, type Scope } from '../sql'

type YearCounts = Omit<GrowthRow, 'participantsFactor' | 'organisationsFactor'>

/**
 * Growth since the pilot: for every year from 2015 (or the period's first year, if earlier) to the period's
 * last year, the organisations taking part by sector and the participants, with the same rules as the
 * figures of a single year. For a round the series ends with the round's year.
 *
 * Read from organisation_activity (kept by the placements' triggers): an organisation's rows of a year give
 * its sector (the latest placement's) and its placements sent, whose sum over the year is the year's
 * participants. Those few thousand rows, not every placement since the pilot, are grouped per year.
 */
export function growthFigures(sqlite: Database.Database, scope: Scope): GrowthRow[] {
  const rows = prepared(sqlite, 'growth', 'years', () =>
    `WITH parts AS (
       SELECT a.year, a.organisation_id AS id, a.sector, ${LATEST} AS at, a.sent
         FROM organisation_activity a WHERE a.year BETWEEN @growthFromYear AND @toYear
       UNION ALL
       SELECT CAST(substr(r.starts_on, 1, 4) AS INTEGER), f.organisation_id, o.sector, '', 0
         FROM offers f JOIN rounds r ON r.id = f.round_id JOIN organisations o ON o.id = f.organisation_id
        WHERE r.starts_on >= printf('%04d-01-01', @growthFromYear) AND r.starts_on < printf('%04d-01-01', @toYear + 1)
     ),
     orgs AS (SELECT year, id, sector, max(at) AS at, sum(sent) AS sent FROM parts GROUP BY year, id)
     SELECT year, sum(sector = 'ministry') AS ministries, sum(sector = 'public-body') AS publicBodies,
            sum(sector = 'company') AS companies, sum(sector = 'ngo') AS ngos, sum(sector = 'association') AS associations,
            count(*) AS organisations, sum(sent) AS participants
       FROM orgs GROUP BY year`,
  ).all(scope.params) as YearCounts[]
  // A year with placements always has organisations (their homes and hosts), so no year is lost above.
  const first = scope.params.growthFromYear
  const last = scope.params.toYear
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
