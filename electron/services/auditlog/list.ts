import type { AuditFilters } from '../../../shared/api/audit'
import type { AuditEntry, AuditPage } from '../../../shared/domain/audit'
import type { ServiceContext } from '../context'
import { describeChanges } from './changes'

export interface AuditRow {
  id: number
  at: string
  user: string
  entity: string
  entityId: number | null
  action: string
  before: string | null
  after: string | null
  origin: string | null
}

/** Start of a local calendar day as the ISO instant stored in `at` (the app and its user share one clock). */
function localDayStart(isoDate: string, plusDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return new Date(y!, m! - 1, d! + plusDays).toISOString()
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The WHERE clause and its parameters for the filters; shared by the screen, the CLI and the export. */
export function auditWhere(filters: AuditFilters): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const add = (clause: string, param: unknown) => {
    clauses.push(clause)
    params.push(param)
  }
  if (filters.entity) add('entity = ?', filters.entity)
  if (filters.action) add('action = ?', filters.action)
  if (filters.user) add('user = ?', filters.user)
  if (filters.from) add('at >= ?', localDayStart(filters.from))
  if (filters.to) add('at < ?', localDayStart(filters.to, 1))
  if (filters.text) add("(coalesce(before, '') || ' ' || coalesce(after, '')) LIKE ? ESCAPE '\\'", `%${escapeLike(filters.text)}%`)
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** Records without an id are known by these fields, kept in the entry even when they did not change. */
const IDENTIFYING: Record<string, readonly string[]> = { letterTemplate: ['kind', 'language'] }

export function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    user: row.user,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    changes: describeChanges(row.before, row.after, IDENTIFYING[row.entity]),
    origin: row.origin === 'restore' ? 'restore' : null,
  }
}

const SELECT = 'SELECT id, at, user, entity, entity_id AS entityId, action, before, after, origin FROM audit_log'

/** Newest first; ties (one transaction writes several rows with the same instant) by insertion order. */
export function auditRows(ctx: ServiceContext, filters: AuditFilters, offset?: number, limit?: number): AuditRow[] {
  const where = auditWhere(filters)
  const page = limit === undefined ? '' : ' LIMIT ? OFFSET ?'
  const params = limit === undefined ? where.params : [...where.params, limit, offset ?? 0]
  return ctx.conn.sqlite.prepare(`${SELECT} ${where.sql} ORDER BY at DESC, id DESC${page}`).all(...params) as AuditRow[]
}

/** Where the current name of a record lives, for the kinds of record the user knows by name. */
const NAMES: Record<string, string> = {
  organisation: 'SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(?))',
  round: 'SELECT id, name FROM rounds WHERE id IN (SELECT value FROM json_each(?))',
  contact: 'SELECT id, full_name AS name FROM contacts WHERE id IN (SELECT value FROM json_each(?))',
  challenge: 'SELECT id, title AS name FROM challenges WHERE id IN (SELECT value FROM json_each(?))',
  workshop: 'SELECT id, title AS name FROM workshops WHERE id IN (SELECT value FROM json_each(?))',
  import_batch: 'SELECT id, file_name AS name FROM import_batches WHERE id IN (SELECT value FROM json_each(?))',
  person: `SELECT id, first_name || ' ' || last_name AS name FROM people WHERE first_name IS NOT NULL AND id IN (SELECT value FROM json_each(?))`,
  nomination: `SELECT n.id, pe.first_name || ' ' || pe.last_name AS name FROM nominations n JOIN people pe ON pe.id = n.person_id
                WHERE pe.first_name IS NOT NULL AND n.id IN (SELECT value FROM json_each(?))`,
  placement: `SELECT p.id, pe.first_name || ' ' || pe.last_name || ' – ' || o.name AS name FROM placements p
               JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id JOIN organisations o ON o.id = p.host_organisation_id
              WHERE pe.first_name IS NOT NULL AND p.id IN (SELECT value FROM json_each(?))`,
  offer: `SELECT f.id, o.name || coalesce(' – ' || f.department, '') AS name FROM offers f JOIN organisations o ON o.id = f.organisation_id
           WHERE f.id IN (SELECT value FROM json_each(?))`,
}

/** Each entry with the record's name as it is now (none when the record is gone or has no name). */
export function withNames(ctx: ServiceContext, entries: AuditEntry[]): AuditEntry[] {
  const names = new Map<string, string>()
  for (const [entity, sql] of Object.entries(NAMES)) {
    const ids = [...new Set(entries.filter((e) => e.entity === entity && e.entityId !== null).map((e) => e.entityId))]
    if (ids.length === 0) continue
    for (const row of ctx.conn.sqlite.prepare(sql).all(JSON.stringify(ids)) as Array<{ id: number; name: string }>) names.set(`${entity}:${row.id}`, row.name)
  }
  // A workshop's sign-up or attendance stores only the person's id: the entry names them beside the workshop.
  const personOf = (e: AuditEntry) => {
    const change = e.entity === 'workshop' ? e.changes.find((c) => c.field === 'personId') : undefined
    return change ? Number(change.after ?? change.before) : null
  }
  const personIds = [...new Set(entries.map(personOf).filter((id): id is number => id !== null))]
  const people = new Map<number, string>()
  if (personIds.length > 0) {
    const rows = ctx.conn.sqlite.prepare(NAMES.person!).all(JSON.stringify(personIds)) as Array<{ id: number; name: string }>
    for (const row of rows) people.set(row.id, row.name)
  }
  return entries.map((e) => {
    const name = names.get(`${e.entity}:${e.entityId}`) ?? null
    const person = people.get(personOf(e) ?? -1)
    return { ...e, name: person ? [name, person].filter(Boolean).join(' – ') : name }
  })
}

function distinct(ctx: ServiceContext, column: 'entity' | 'action' | 'user'): string[] {
  const rows = ctx.conn.sqlite.prepare(`SELECT DISTINCT ${column} AS v FROM audit_log ORDER BY v`).all() as Array<{ v: string }>
  return rows.map((r) => r.v)
}

export function listAudit(ctx: ServiceContext, filters: AuditFilters, offset: number, limit: number): AuditPage {
  const where = auditWhere(filters)
  const { n } = ctx.conn.sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${where.sql}`).get(...where.params) as { n: number }
  return {
    total: n,
    rows: withNames(ctx, auditRows(ctx, filters, offset, limit).map(toEntry)),
    entities: distinct(ctx, 'entity'),
    actions: distinct(ctx, 'action'),
    users: distinct(ctx, 'user'),
  }
}
