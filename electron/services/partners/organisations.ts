import { eq } from 'drizzle-orm'
import { organisations } from '../../../db/schema'
import { organisationFields, type OrganisationInput } from '../../../shared/api/partners'
import type { OrganisationStatus } from '../../../shared/domain/enums'
import type { CreateOrganisationResult, Organisation, OrganisationDetail } from '../../../shared/domain/partners'
import { UserError } from '../../../shared/errors'
import { audit, changedFields } from '../audit'
import type { ServiceContext } from '../context'
import { listContacts } from './contacts'
import { findDuplicates } from './duplicates'
import { organisationHistory, organisationHasHistory } from './history'
import { organisationKeys } from './keys'

const columns = {
  id: organisations.id,
  name: organisations.name,
  shortName: organisations.shortName,
  sector: organisations.sector,
  taxNumber: organisations.taxNumber,
  taxNumberForeign: organisations.taxNumberForeign,
  registrationNumber: organisations.registrationNumber,
  street: organisations.street,
  postcode: organisations.postcode,
  city: organisations.city,
  country: organisations.country,
  website: organisations.website,
  partnerSince: organisations.partnerSince,
  status: organisations.status,
  notes: organisations.notes,
  createdAt: organisations.createdAt,
  updatedAt: organisations.updatedAt,
}

export function getOrganisation(ctx: ServiceContext, id: number): Organisation {
  const row = ctx.conn.orm.select(columns).from(organisations).where(eq(organisations.id, id)).get()
  if (!row) throw new UserError('partners.notFound', { id })
  return row
}

export function getOrganisationDetail(ctx: ServiceContext, id: number): OrganisationDetail {
  return {
    organisation: getOrganisation(ctx, id),
    contacts: listContacts(ctx, id),
    history: organisationHistory(ctx, id),
    hasHistory: organisationHasHistory(ctx, id),
  }
}

function refuseTakenTaxNumber(ctx: ServiceContext, taxNumber: string | null, excludeId?: number): void {
  if (!taxNumber) return
  const other = ctx.conn.orm
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.taxNumber, taxNumber))
    .get()
  if (other && other.id !== excludeId)
    throw new UserError('partners.taxNumberTaken', { taxNumber, name: other.name }, { taxNumber: { code: 'taxNumberTaken', params: { name: other.name } } })
}

/**
 * Creates an organisation unless it is probably already there: then the candidates come back and the caller
 * asks the user, who may confirm that it is a different organisation. A taken tax number is never accepted.
 */
export function createOrganisation(
  ctx: ServiceContext,
  input: OrganisationInput,
  confirmNotDuplicate = false,
): CreateOrganisationResult {
  const fields = organisationFields.parse(input)
  return ctx.conn.sqlite.transaction((): CreateOrganisationResult => {
    refuseTakenTaxNumber(ctx, fields.taxNumber)
    const candidates = findDuplicates(ctx, { name: fields.name, taxNumber: fields.taxNumber })
    if (candidates.length > 0 && !confirmNotDuplicate) return { status: 'duplicates', candidates }
    const now = ctx.now().toISOString()
    const inserted = ctx.conn.orm
      .insert(organisations)
      .values({ ...fields, ...organisationKeys(fields), createdAt: now, updatedAt: now })
      .returning({ id: organisations.id })
      .get()
    const organisation = getOrganisation(ctx, inserted.id)
    audit(ctx, 'organisation', organisation.id, 'create', null, organisation)
    return { status: 'created', organisation }
  })()
}

export function updateOrganisation(ctx: ServiceContext, id: number, input: OrganisationInput): Organisation {
  const fields = organisationFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const before = getOrganisation(ctx, id)
    refuseTakenTaxNumber(ctx, fields.taxNumber, id)
    ctx.conn.orm
      .update(organisations)
      .set({ ...fields, ...organisationKeys(fields), updatedAt: ctx.now().toISOString() })
      .where(eq(organisations.id, id))
      .run()
    const after = getOrganisation(ctx, id)
    const { updatedAt: _b, ...beforeFields } = before
    const { updatedAt: _a, ...afterFields } = after
    const changes = changedFields(beforeFields, afterFields)
    if (Object.keys(changes).length > 0) audit(ctx, 'organisation', id, 'update', before, changes)
    return after
  })()
}

export function setOrganisationStatus(ctx: ServiceContext, id: number, status: OrganisationStatus): Organisation {
  return ctx.conn.sqlite.transaction(() => {
    const before = getOrganisation(ctx, id)
    if (before.status === status) return before
    ctx.conn.orm.update(organisations).set({ status, updatedAt: ctx.now().toISOString() }).where(eq(organisations.id, id)).run()
    audit(ctx, 'organisation', id, 'status', { status: before.status }, { status })
    return getOrganisation(ctx, id)
  })()
}

/** Only an organisation without history may go; one with history is deactivated instead. */
export function removeOrganisation(ctx: ServiceContext, id: number): { removed: true } {
  return ctx.conn.sqlite.transaction(() => {
    const before = getOrganisation(ctx, id)
    if (organisationHasHistory(ctx, id)) throw new UserError('partners.hasHistory', { name: before.name })
    ctx.conn.sqlite.prepare('DELETE FROM contacts WHERE organisation_id = ?').run(id)
    ctx.conn.sqlite.prepare('DELETE FROM conflicts WHERE organisation_a = ? OR organisation_b = ?').run(id, id)
    ctx.conn.orm.delete(organisations).where(eq(organisations.id, id)).run()
    audit(ctx, 'organisation', id, 'delete', before, null)
    return { removed: true as const }
  })()
}
