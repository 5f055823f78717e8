import type Database from 'better-sqlite3'
import { SECTORS, type Sector } from '../../../../shared/domain/enums'
import type { OrganisationFigures, SectorBalance } from '../../../../shared/stats/types'
import { ORGANISATION_SECTOR, participationIn, placementSides, prepared, type Scope, tally } from '../sql'

type Grouped = Array<{ key: string | null; n: number }>

/** Organisations taking part, each once, with the sector stored on its latest placement of the period. */
export function organisationsBySector(sqlite: Database.Database, scope: Scope): Record<Sector, number> {
  const rows = prepared(sqlite, 'organisations.bySector', scope.kind, (kind) =>
    `WITH parts AS (${participationIn(kind)}), orgs AS (${ORGANISATION_SECTOR})
     SELECT sector AS key, count(*) AS n FROM orgs GROUP BY sector`,
  ).all(scope.params) as Grouped
  return tally(SECTORS, rows)
}

/**
 * New partners: organisations taking part in the period that took part for the first time in one of its
 * years. The first time is the earliest year the organisation sent or hosted a counted placement, or the
 * earliest round it offered places in, over all records; "partner since" is not used, because it is typed in
 * by hand and an organisation that signed years ago but first took part now is new to the exchanges now.
 * The first year of placements is one seek in organisation_activity's key (organisation, year, round).
 */
export function newPartnersBySector(sqlite: Database.Database, scope: Scope): Record<Sector, number> {
  const rows = prepared(sqlite, 'organisations.newPartners', scope.kind, (kind) =>
    `WITH parts AS (${participationIn(kind)}), orgs AS (${ORGANISATION_SECTOR})
     SELECT orgs.sector AS key, count(*) AS n FROM orgs
      WHERE (SELECT min(first) FROM (
               SELECT min(a.year) AS first FROM organisation_activity a WHERE a.organisation_id = orgs.id
               UNION ALL
               SELECT CAST(substr(min(r.starts_on), 1, 4) AS INTEGER) FROM offers f JOIN rounds r ON r.id = f.round_id WHERE f.organisation_id = orgs.id)
            ) BETWEEN @fromYear AND @toYear
      GROUP BY orgs.sector`,
  ).all(scope.params) as Grouped
  return tally(SECTORS, rows)
}

/**
 * Sending, hosting and reciprocity per sector. Organisations are counted with their latest sector (as in
 * organisationsBySector); placements sent and hosted with the sectors stored on each placement (as in
 * participantBreakdowns), so each column agrees with the figure it repeats.
 */
export function exchangeBalance(sqlite: Database.Database, scope: Scope): SectorBalance[] {
  const rows = prepared(sqlite, 'organisations.balance', scope.kind, (kind) =>
    `WITH parts AS (${placementSides(kind)}), orgs AS (${ORGANISATION_SECTOR})
     SELECT sector, sum(sending) AS sending, sum(hosting) AS hosting, sum(reciprocal) AS reciprocal,
            sum(sent) AS sent, sum(hosted) AS hosted
       FROM (SELECT sector, sent > 0 AS sending, hosted > 0 AS hosting, sent > 0 AND hosted > 0 AS reciprocal,
                    0 AS sent, 0 AS hosted FROM orgs
             UNION ALL
             SELECT sector, 0, 0, 0, sent, hosted FROM parts)
      GROUP BY sector`,
  ).all(scope.params) as Array<Omit<SectorBalance, 'balance'> & { sector: string }>
  return SECTORS.map((sector) => {
    const row = rows.find((r) => r.sector === sector)
    const figures = { sending: row?.sending ?? 0, hosting: row?.hosting ?? 0, reciprocal: row?.reciprocal ?? 0, sent: row?.sent ?? 0, hosted: row?.hosted ?? 0 }
    return { sector, ...figures, balance: figures.hosted - figures.sent }
  })
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0)

export function organisationFigures(sqlite: Database.Database, scope: Scope): OrganisationFigures {
  const bySector = organisationsBySector(sqlite, scope)
  const newBySector = newPartnersBySector(sqlite, scope)
  const balance = exchangeBalance(sqlite, scope)
  const total = sum(Object.values(bySector))
  const sending = sum(balance.map((b) => b.sending))
  const hosting = sum(balance.map((b) => b.hosting))
  const reciprocal = sum(balance.map((b) => b.reciprocal))
  return {
    total,
    bySector,
    newPartners: sum(Object.values(newBySector)),
    newPartnersBySector: newBySector,
    sending,
    hosting,
    reciprocal,
    offersOnly: total - (sending + hosting - reciprocal),
    balance,
  }
}
