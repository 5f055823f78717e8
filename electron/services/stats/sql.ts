import type Database from 'better-sqlite3'
import { PUBLIC_SECTORS, SECTORS } from '../../../shared/domain/enums'
import { COUNTED_STATUSES, NGO_SECTOR } from '../../../shared/stats/definitions'

/**
 * The SQL pieces every statistics query shares, generated from the definitions in shared/stats so the rules
 * live in one place. Only constants from our own enums are spliced into SQL; user input always goes through
 * bound parameters.
 */
export type ScopeKind = 'years' | 'round'

/** Bound to every statement; a years scope is a half-open date range so the starts_on index can be used. */
export interface ScopeParams {
  fromDate: string
  untilDate: string
  roundId: number
  fromYear: number
  toYear: number
  /** First year of the growth series (the pilot, or the period's first year if earlier). */
  growthFromDate: string
}

export interface Scope {
  kind: ScopeKind
  params: ScopeParams
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ')

export const COUNTED = `p.status IN (${list(COUNTED_STATUSES)})`
export const PUBLIC_LIST = list(PUBLIC_SECTORS)
export const SECTOR_LIST = list(SECTORS)

/** Placements of the period: by the day they start (a stay over new year counts in the year it starts), or by round. */
export function placementsIn(kind: ScopeKind, alias = 'p'): string {
  return kind === 'round' ? `${alias}.round_id = @roundId` : `${alias}.starts_on >= @fromDate AND ${alias}.starts_on < @untilDate`
}

/** Rounds of the period: those starting in it (teams, challenges, offers belong to their round), or the round. */
export function roundsIn(kind: ScopeKind, alias = 'r'): string {
  return kind === 'round' ? `${alias}.id = @roundId` : `${alias}.starts_on >= @fromDate AND ${alias}.starts_on < @untilDate`
}

/** Workshops of the period: by the day held, or their round's start when the date is not set. */
export function workshopsIn(kind: ScopeKind): string {
  return kind === 'round' ? 'w.round_id = @roundId' : 'coalesce(w.held_on, r.starts_on) >= @fromDate AND coalesce(w.held_on, r.starts_on) < @untilDate'
}

/** The direction rule of shared/stats/definitions.ts `directionOf`, in SQL. */
export function directionCase(home: string, host: string): string {
  return `CASE
    WHEN ${home} = '${NGO_SECTOR}' OR ${host} = '${NGO_SECTOR}' THEN 'withNgos'
    WHEN ${home} IN (${PUBLIC_LIST}) AND ${host} IN (${PUBLIC_LIST}) THEN 'withinPublic'
    WHEN ${home} IN (${PUBLIC_LIST}) THEN 'publicToPrivate'
    WHEN ${host} IN (${PUBLIC_LIST}) THEN 'privateToPublic'
    ELSE 'withinPrivate' END`
}

/**
 * Each side's counted placements of the period grouped per organisation and the sector stored on them:
 * (id, sector, at, sent, hosted) with `at` the latest start. For years the (organisation, sector, status,
 * starts_on) index is read in order, so the grouping needs no sort of the period's rows (it would otherwise
 * sort every placement of the period twice, the largest cost of the organisation figures); a round's
 * placements are few and found through the round index.
 */
export function placementSides(kind: ScopeKind): string {
  const side = (who: 'home' | 'host', sent: number) =>
    `SELECT p.${who}_organisation_id AS id, p.${who}_sector AS sector, max(p.starts_on) AS at, ${sent ? 'count(*)' : '0'} AS sent, ${sent ? '0' : 'count(*)'} AS hosted
       FROM placements p ${kind === 'years' ? `INDEXED BY placements_${who}_sector` : ''}
      WHERE ${COUNTED} AND ${placementsIn(kind)} GROUP BY p.${who}_organisation_id, p.${who}_sector`
  return `${side('home', 1)}
    UNION ALL
    ${side('host', 0)}`
}

/**
 * Organisations taking part in the period with one sector each: every home and host of a counted placement,
 * and every organisation offering places in a round of the period. Yields (id, sector, at, sent, hosted): `at`
 * is the latest placement's start, '' for an offer, so that the sector stored on the latest placement wins
 * (see ORGANISATION_SECTOR).
 */
export function participationIn(kind: ScopeKind): string {
  return `
    ${placementSides(kind)}
    UNION ALL
    SELECT f.organisation_id, o.sector, '', 0, 0 FROM offers f JOIN rounds r ON r.id = f.round_id
      JOIN organisations o ON o.id = f.organisation_id
     WHERE ${roundsIn(kind)}`
}

/**
 * One row per organisation from participation rows: SQLite takes the bare column `sector` from the row that
 * holds max(at), i.e. the sector stored on the organisation's latest placement in the period.
 */
export const ORGANISATION_SECTOR = 'SELECT id, sector, max(at) AS at FROM parts GROUP BY id'

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** Prepares a statement once per connection and scope kind. */
export function prepared(sqlite: Database.Database, name: string, kind: ScopeKind, build: (kind: ScopeKind) => string): Database.Statement {
  let statements = cache.get(sqlite)
  if (!statements) {
    statements = new Map()
    cache.set(sqlite, statements)
  }
  const key = `${name}:${kind}`
  let statement = statements.get(key)
  if (!statement) {
    statement = sqlite.prepare(build(kind))
    statements.set(key, statement)
  }
  return statement
}

/** A record with a zero for every key, to be filled from grouped rows. */
export function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

/** Adds grouped counts to a zeroed record; groups outside the known keys are ignored, never invented. */
export function tally<K extends string>(keys: readonly K[], rows: Array<{ key: string | null; n: number }>, unknown?: K): Record<K, number> {
  const result = zeros(keys)
  for (const row of rows) {
    const key = row.key ?? unknown
    if (key !== undefined && (keys as readonly string[]).includes(key)) result[key as K] += row.n
    else if (unknown !== undefined) result[unknown] += row.n
  }
  return result
}
