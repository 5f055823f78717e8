import type { PersonMatch } from '../../../shared/domain/privacy'
import { UserError } from '../../../shared/errors'
import { fold } from '../../../shared/text'
import type { ServiceContext } from '../context'

/** One person as the user names them: by e-mail (CLI) or by a record found on screen. */
export type PersonSelector = { email: string } | { personId: number }

export interface PersonRecord {
  id: number
  firstName: string | null
  lastName: string | null
  email: string | null
  organisation: string
}

const SELECT = `SELECT pe.id, pe.first_name AS firstName, pe.last_name AS lastName, pe.email, o.name AS organisation
                  FROM people pe JOIN organisations o ON o.id = pe.organisation_id`

/**
 * Every record of one person. A person nominated twice (another round, another import) may have several
 * records; they share the e-mail address, so a record chosen on screen brings the others with it.
 */
export function resolvePerson(ctx: ServiceContext, selector: PersonSelector): PersonRecord[] {
  const db = ctx.conn.sqlite
  let email: string | null
  if ('email' in selector) email = selector.email.trim()
  else {
    const chosen = db.prepare(`${SELECT} WHERE pe.id = ?`).get(selector.personId) as PersonRecord | undefined
    if (!chosen) throw new UserError('privacy.personNotFound', { person: String(selector.personId) })
    if (!chosen.email) return [chosen]
    email = chosen.email
  }
  const records = db.prepare(`${SELECT} WHERE lower(pe.email) = lower(?) ORDER BY pe.id`).all(email) as PersonRecord[]
  if (records.length === 0) throw new UserError('privacy.personNotFound', { person: email })
  return records
}

/** Found by part of the name (without diacritics: "ceh" finds Čeh; "Čeh Damjan" finds Damjan Čeh) or of the e-mail; people already anonymised have neither. */
export function findPeople(ctx: ServiceContext, query: string, limit = 50): PersonMatch[] {
  const needle = fold(query)
  if (needle.length < 2) return []
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT pe.id, pe.first_name AS firstName, pe.last_name AS lastName, pe.email, o.name AS organisation,
              (SELECT json_group_array(name) FROM (SELECT DISTINCT r.name, r.starts_on FROM nominations n JOIN rounds r ON r.id = n.round_id
                WHERE n.person_id = pe.id ORDER BY r.starts_on)) AS rounds
         FROM people pe JOIN organisations o ON o.id = pe.organisation_id
        WHERE pe.anonymised_at IS NULL
        ORDER BY pe.sort_key, pe.id`,
    )
    .all() as Array<Omit<PersonMatch, 'rounds'> & { rounds: string }>
  const matches: PersonMatch[] = []
  for (const row of rows) {
    const haystack = fold(`${row.firstName ?? ''} ${row.lastName ?? ''} ${row.firstName ?? ''} ${row.email ?? ''}`)
    if (!haystack.includes(needle)) continue
    matches.push({ ...row, rounds: JSON.parse(row.rounds) as string[] })
    if (matches.length >= limit) break
  }
  return matches
}
