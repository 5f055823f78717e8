import { asc, eq } from 'drizzle-orm'
import { contacts } from '../../../db/schema'
import { contactFields, type ContactInput } from '../../../shared/api/partners'
import type { Contact } from '../../../shared/domain/partners'
import { UserError } from '../../../shared/errors'
import { slSortKey } from '../../../shared/text'
import { audit, changedFields } from '../audit'
import type { ServiceContext } from '../context'

const columns = {
  id: contacts.id,
  organisationId: contacts.organisationId,
  fullName: contacts.fullName,
  role: contacts.role,
  jobTitle: contacts.jobTitle,
  email: contacts.email,
  phone: contacts.phone,
  language: contacts.language,
  gender: contacts.gender,
  active: contacts.active,
}

export function listContacts(ctx: ServiceContext, organisationId: number): Contact[] {
  return ctx.conn.orm
    .select(columns)
    .from(contacts)
    .where(eq(contacts.organisationId, organisationId))
    .orderBy(asc(contacts.role), asc(contacts.sortKey))
    .all()
}

function getContact(ctx: ServiceContext, id: number): Contact {
  const row = ctx.conn.orm.select(columns).from(contacts).where(eq(contacts.id, id)).get()
  if (!row) throw new UserError('partners.contactNotFound', { id })
  return row
}

export function addContact(ctx: ServiceContext, organisationId: number, input: ContactInput): Contact {
  const fields = contactFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const exists = ctx.conn.sqlite.prepare('SELECT 1 FROM organisations WHERE id = ?').get(organisationId)
    if (!exists) throw new UserError('partners.notFound', { id: organisationId })
    const { id } = ctx.conn.orm
      .insert(contacts)
      .values({ ...fields, organisationId, sortKey: slSortKey(fields.fullName) })
      .returning({ id: contacts.id })
      .get()
    const contact = getContact(ctx, id)
    audit(ctx, 'contact', id, 'create', null, contact)
    return contact
  })()
}

export function updateContact(ctx: ServiceContext, id: number, input: ContactInput): Contact {
  const fields = contactFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const before = getContact(ctx, id)
    ctx.conn.orm.update(contacts).set({ ...fields, sortKey: slSortKey(fields.fullName) }).where(eq(contacts.id, id)).run()
    const after = getContact(ctx, id)
    audit(ctx, 'contact', id, 'update', before, changedFields(before, after))
    return after
  })()
}

/** Contacts are deactivated rather than deleted: letters already sent name them. */
export function setContactActive(ctx: ServiceContext, id: number, active: boolean): Contact {
  return ctx.conn.sqlite.transaction(() => {
    const before = getContact(ctx, id)
    ctx.conn.orm.update(contacts).set({ active }).where(eq(contacts.id, id)).run()
    audit(ctx, 'contact', id, active ? 'activate' : 'deactivate', { active: before.active }, { active })
    return getContact(ctx, id)
  })()
}
