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
  growthFromYear: number
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

/** organisation_activity rows of the period: by the year the placements start, or by round. */
function activityIn(kind: ScopeKind): string {
  return kind === 'round' ? 'a.round_id = @roundId' : 'a.year BETWEEN @fromYear AND @toYear'
}

/**
 * Latest first: the start of an organisation's latest counted placement followed by its id, so that the
 * sector stored on exactly one placement wins (an offer's '' sorts below every placement).
 */
export const LATEST = "a.latest_on || printf('%010d', a.latest_id)"

/**
 * Each organisation's counted placements of the period, per round and year, as kept in organisation_activity
 * by the placements' triggers: (id, sector, at, sent, hosted), `at` ordering the rows latest first. Reading
 * these rows, not the placements, is what keeps the organisation figures fast over 100,000 placements.
 */
export function placementSides(kind: ScopeKind): string {
  return `SELECT a.organisation_id AS id, a.sector, ${LATEST} AS at, a.sent, a.hosted FROM organisation_activity a WHERE ${activityIn(kind)}`
}

/** Offers of the rounds of the period: (id, sector, at, sent, hosted) with the organisation's sector and at = ''. */
function offersIn(kind: ScopeKind): string {
  return `SELECT f.organisation_id AS id, o.sector, '' AS at, 0 AS sent, 0 AS hosted FROM offers f JOIN rounds r ON r.id = f.round_id
      JOIN organisations o ON o.id = f.organisation_id WHERE ${roundsIn(kind)}`
}

/**
 * Organisations taking part in the period with one sector each: every home and host of a counted placement,
 * and every organisation offering places in a round of the period. Yields (id, sector, at, sent, hosted): the
 * sector stored on the latest placement wins (see ORGANISATION_SECTOR).
 */
export function participationIn(kind: ScopeKind): string {
  return `${placementSides(kind)}
    UNION ALL
    ${offersIn(kind)}`
}

/**
 * One row per organisation from participation rows: SQLite takes the bare column `sector` from the row that
 * holds max(at), i.e. the sector stored on the organisation's latest placement in the period.
 */
export const ORGANISATION_SECTOR = 'SELECT id, sector, max(at) AS at, sum(sent) AS sent, sum(hosted) AS hosted FROM parts GROUP BY id'

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
