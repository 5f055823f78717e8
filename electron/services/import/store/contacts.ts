import { fold, slSortKey } from '../../../../shared/text'
import type { ServiceContext } from '../../context'

/**
 * Finds an organisation's contact by e-mail, else by name, or creates it with the given role. Contacts
 * created are listed in `created` for undo.
 */
export function contactFinder(ctx: ServiceContext, created: number[]) {
  const db = ctx.conn.sqlite
  const list = db.prepare('SELECT id, full_name AS fullName, lower(email) AS email FROM contacts WHERE organisation_id = ?')
  const insert = db.prepare('INSERT INTO contacts (organisation_id, full_name, role, email, phone, language, active, sort_key) VALUES (?, ?, ?, ?, ?, ?, 1, ?)')
  return (organisationId: number, person: { name: string | null; email: string | null; phone?: string | null }, role: 'mentor' | 'coordinator'): number | null => {
    if (!person.name && !person.email) return null
    const rows = list.all(organisationId) as Array<{ id: number; fullName: string; email: string | null }>
    const email = person.email?.toLowerCase() ?? null
    const found = (email && rows.find((r) => r.email === email)) || (person.name && rows.find((r) => fold(r.fullName) === fold(person.name!)))
    if (found) return found.id
    const name = person.name ?? person.email!
    const id = Number(insert.run(organisationId, name, role, person.email, person.phone ?? null, 'sl', slSortKey(name)).lastInsertRowid)
    created.push(id)
    return id
  }
}
