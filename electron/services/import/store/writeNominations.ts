import type { FieldValue } from '../../../../shared/import/fields'
import type { PreviewRow } from '../../../../shared/import/types'
import { fold, slSortKey } from '../../../../shared/text'
import type { ServiceContext } from '../../context'
import { localDay } from '../../nominations/consent'
import { recordUpdate, type UpdatedRecord } from './batches'
import { peopleByEmail } from './existing'
import { organisationCreator } from './organisations'
import type { ImportWorld } from './prepare'

const str = (v: FieldValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null)
const int = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null)

const INSERT_PERSON = 'INSERT INTO people (organisation_id, first_name, last_name, email, phone, job_title, gender, language, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
const INSERT_NOMINATION = `INSERT INTO nominations (round_id, person_id, available_from, available_to, duration_days, preference_1, preference_2,
  preference_3, challenge_id, status, consent, consent_on, consent_method, notes, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'nominated', ?, ?, ?, ?, ?)`

/** Person fields a re-import may change, with their columns. */
const PERSON_COLUMNS: Record<string, string> = { firstName: 'first_name', lastName: 'last_name', email: 'email', phone: 'phone', jobTitle: 'job_title', gender: 'gender' }
const NOMINATION_COLUMNS: Record<string, string> = { availableFrom: 'available_from', availableTo: 'available_to', durationDays: 'duration_days', consent: 'consent' }

/**
 * Consent read from the file's column is recorded as given "in the file" on the import day; a corrected file
 * that now says no withdraws it on that day (the earlier date and method stay as history). Undo puts all back.
 */
function consentColumns(given: boolean, day: string): Record<string, string | number | null> {
  return given ? { consent: 1, consent_on: day, consent_method: 'file', consent_withdrawn_on: null } : { consent: 0, consent_withdrawn_on: day }
}

/** Department and languages have no column of their own; they are kept in the nomination's notes. */
function notesOf(values: Record<string, FieldValue>): string | null {
  const parts = [str(values.notes), str(values.department) && `Oddelek / Department: ${str(values.department)}`, str(values.languages) && `Jeziki / Languages: ${str(values.languages)}`]
  const text = parts.filter(Boolean).join('\n')
  return text || null
}

export interface WriteResult {
  inserted: number
  updated: number
  createdPeople: number[]
  createdOrganisations: number[]
  updates: UpdatedRecord[]
}

/** Writes the accepted rows of a nominations preview; the caller holds the transaction. */
export function writeNominations(ctx: ServiceContext, world: ImportWorld, rows: PreviewRow[], roundId: number, batchId: number): WriteResult {
  const db = ctx.conn.sqlite
  const result: WriteResult = { inserted: 0, updated: 0, createdPeople: [], createdOrganisations: [], updates: [] }
  const organisationFor = organisationCreator(ctx, world.organisations, result.createdOrganisations, world.sectorOf)
  const insertPerson = db.prepare(INSERT_PERSON)
  const insertNomination = db.prepare(INSERT_NOMINATION)
  const byEmail = peopleByEmail(ctx)
  const challenges = new Map<string, number | null>()
  for (const c of db.prepare('SELECT id, title FROM challenges WHERE round_id = ?').all(roundId) as Array<{ id: number; title: string }>) {
    challenges.set(fold(c.title), c.id)
    challenges.set(c.title, c.id)
  }
  const challengeOf = (title: string | null): number | null => {
    if (!title) return null
    let id = challenges.get(title)
    if (id === undefined) {
      id = challenges.get(fold(title)) ?? null
      challenges.set(title, id)
    }
    return id
  }
  const preferenceOf = (v: FieldValue | undefined) => (str(v) ? (world.organisations.resolve({ name: str(v), taxNumber: null })?.id ?? null) : null)
  const seen = new Set<string>()
  const today = localDay(ctx.now())

  for (const row of rows) {
    const v = row.values
    const existing = row.key ? world.existing.get(row.key) : undefined
    if (existing && row.existing) {
      updateExisting(ctx, existing, row, result.updates, seen, today)
      result.updated++
      continue
    }
    const organisationId = row.organisationId ?? organisationFor(str(v.organisation), str(v.taxNumber))
    const email = str(v.email)
    let personId = email ? byEmail.get(email.toLowerCase()) : undefined
    if (personId === undefined) {
      const first = str(v.firstName)
      const last = str(v.lastName)
      personId = Number(insertPerson.run(organisationId, first, last, email, str(v.phone), str(v.jobTitle), str(v.gender), 'sl', slSortKey(`${last ?? ''} ${first ?? ''}`)).lastInsertRowid)
      result.createdPeople.push(personId)
      if (email) byEmail.set(email.toLowerCase(), personId)
    }
    insertNomination.run(
      roundId, personId, str(v.availableFrom), str(v.availableTo), int(v.durationDays),
      preferenceOf(v.preference1), preferenceOf(v.preference2), preferenceOf(v.preference3),
      challengeOf(str(v.challenge)), v.consent === true ? 1 : 0, v.consent === true ? today : null, v.consent === true ? 'file' : null, notesOf(v), batchId,
    )
    result.inserted++
  }
  return result
}

/** A corrected row of a person already in the round: only the changed fields are written, the old ones kept for undo. */
function updateExisting(ctx: ServiceContext, existing: { id: number; personId: number }, row: PreviewRow, updates: UpdatedRecord[], seen: Set<string>, today: string): void {
  const changes = row.existing?.changes ?? []
  for (const [table, id, columns] of [['people', existing.personId, PERSON_COLUMNS], ['nominations', existing.id, NOMINATION_COLUMNS]] as const) {
    const mine = changes.filter((c) => c.field in columns)
    if (mine.length === 0) continue
    const set: Record<string, unknown> = {}
    for (const c of mine) {
      if (c.field === 'consent') Object.assign(set, consentColumns(c.to === true, today))
      else set[columns[c.field]!] = typeof c.to === 'boolean' ? (c.to ? 1 : 0) : c.to
    }
    const names = Object.keys(set)
    const before = ctx.conn.sqlite.prepare(`SELECT ${names.join(', ')} FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>
    recordUpdate(updates, seen, { table, id, before })
    ctx.conn.sqlite.prepare(`UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(set), id)
  }
}
