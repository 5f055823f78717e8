import type { ServiceContext } from '../context'

/** What identifies the people being anonymised or erased, read before their records change. */
export interface Identity {
  emails: string[]
  phones: string[]
  /** "First Last" and "Last First". */
  fullNames: string[]
  /** Name pairs, for objects that hold firstName and lastName separately. */
  namePairs: Array<[string, string]>
}

interface PersonIdentityRow {
  firstName: string | null
  lastName: string | null
  email: string | null
  phone: string | null
}

export function identityOf(ctx: ServiceContext, personIds: number[], contactEmails: string[] = []): Identity {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT first_name AS firstName, last_name AS lastName, email, phone FROM people WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(personIds)) as PersonIdentityRow[]
  const contacts = ctx.conn.sqlite
    .prepare(`SELECT full_name AS fullName, phone FROM contacts WHERE lower(email) IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(contactEmails.map((e) => e.toLowerCase()))) as Array<{ fullName: string; phone: string | null }>
  const identity: Identity = { emails: [], phones: [], fullNames: [], namePairs: [] }
  for (const r of rows) {
    if (r.email) identity.emails.push(r.email.toLowerCase())
    if (r.phone && r.phone.replace(/\D/g, '').length >= 6) identity.phones.push(r.phone)
    if (r.firstName && r.lastName) {
      identity.fullNames.push(`${r.firstName} ${r.lastName}`, `${r.lastName} ${r.firstName}`)
      identity.namePairs.push([r.firstName, r.lastName])
    }
  }
  for (const c of contacts) {
    if (c.fullName.trim().includes(' ')) identity.fullNames.push(c.fullName.trim())
    if (c.phone && c.phone.replace(/\D/g, '').length >= 6) identity.phones.push(c.phone)
  }
  identity.emails.push(...contactEmails.map((e) => e.toLowerCase()))
  identity.emails = [...new Set(identity.emails)]
  return identity
}

/** Keys that hold personal data in the records of people, contacts and nominations. */
export const PERSONAL_KEYS = new Set(['firstName', 'lastName', 'fullName', 'email', 'phone', 'jobTitle', 'notes', 'gender'])

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One case-insensitive pattern for every identifier, so each audit row is read once however many people are treated. */
function identityPattern(identity: Identity): RegExp | null {
  const needles = [...identity.emails, ...identity.phones, ...identity.fullNames]
  if (needles.length === 0) return null
  return new RegExp(needles.map(escapeRegExp).join('|'), 'i')
}

/** JSON literals that find rows holding a last name as a separate field (checked with the first name in `scrubValue`). */
function lastNamePattern(identity: Identity): RegExp | null {
  if (identity.namePairs.length === 0) return null
  return new RegExp(identity.namePairs.map(([, last]) => escapeRegExp(`"lastName":${JSON.stringify(last)}`)).join('|'), 'i')
}

/**
 * Removes personal data from one stored JSON value: strings that contain an identifier become null, objects
 * naming one of the people (firstName and lastName) lose their personal keys, and with `dropKeys` those keys go
 * wherever they appear. A change pair [before, after] becomes [null, null], so the log still shows that the
 * field changed, without the values.
 */
export function scrubValue(value: unknown, identity: Identity, pattern: RegExp | null, dropKeys: boolean): unknown {
  if (typeof value === 'string') return pattern?.test(value) ? null : value
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, identity, pattern, dropKeys))
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, unknown>
  const names = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : null)
  const namesOne = identity.namePairs.some(
    ([first, last]) => names(record.firstName) === first.toLowerCase() && names(record.lastName) === last.toLowerCase(),
  )
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(record)) {
    if ((dropKeys || namesOne) && PERSONAL_KEYS.has(key)) out[key] = Array.isArray(v) && v.length === 2 ? [null, null] : null
    else out[key] = scrubValue(v, identity, pattern, dropKeys)
  }
  return out
}

function scrubJson(json: string | null, identity: Identity, pattern: RegExp | null, dropKeys: boolean): string | null {
  if (json === null) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return pattern?.test(json) ? null : json
  }
  return JSON.stringify(scrubValue(parsed, identity, pattern, dropKeys))
}

export interface RecordRefs {
  person: number[]
  nomination: number[]
  contact: number[]
}

/**
 * Removes the people's personal data from earlier audit entries (the entries stay: when, who, what kind of
 * change) and from import summaries. Entries about their own records lose every personal field; any other entry
 * loses the values that name them. Returns how many audit entries changed.
 */
export function scrubRecords(ctx: ServiceContext, identity: Identity, refs: RecordRefs): number {
  const pattern = identityPattern(identity)
  const lastNames = lastNamePattern(identity)
  const own = new Set<string>()
  for (const [entity, ids] of Object.entries(refs)) for (const id of ids) own.add(`${entity}:${id}`)
  const rows = ctx.conn.sqlite
    .prepare('SELECT id, entity, entity_id AS entityId, before, after FROM audit_log WHERE before IS NOT NULL OR after IS NOT NULL')
    .all() as Array<{ id: number; entity: string; entityId: number | null; before: string | null; after: string | null }>
  const update = ctx.conn.sqlite.prepare('UPDATE audit_log SET before = ?, after = ? WHERE id = ?')
  let changed = 0
  for (const row of rows) {
    const isOwn = own.has(`${row.entity}:${row.entityId}`)
    const text = `${row.before ?? ''}\n${row.after ?? ''}`
    if (!isOwn && !pattern?.test(text) && !lastNames?.test(text)) continue
    const before = scrubJson(row.before, identity, pattern, isOwn)
    const after = scrubJson(row.after, identity, pattern, isOwn)
    if (before === row.before && after === row.after) continue
    update.run(before, after, row.id)
    changed++
  }
  const batches = ctx.conn.sqlite.prepare('SELECT id, summary FROM import_batches').all() as Array<{ id: number; summary: string }>
  const updateBatch = ctx.conn.sqlite.prepare('UPDATE import_batches SET summary = ? WHERE id = ?')
  for (const batch of batches) {
    if (!pattern?.test(batch.summary) && !lastNames?.test(batch.summary)) continue
    updateBatch.run(scrubJson(batch.summary, identity, pattern, false) ?? '{}', batch.id)
  }
  return changed
}
