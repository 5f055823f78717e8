import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { addContact, setContactActive, updateContact } from './contacts'
import { findDuplicates } from './duplicates'
import { listOrganisations } from './list'
import {
  createOrganisation,
  getOrganisationDetail,
  removeOrganisation,
  setOrganisationStatus,
  updateOrganisation,
} from './organisations'

export const partnersHandlers: Handlers<Contract, ServiceContext>['partners'] = {
  list: (ctx, input) => listOrganisations(ctx, input),
  get: (ctx, { id }) => getOrganisationDetail(ctx, id),
  create: (ctx, { organisation, confirmNotDuplicate }) => createOrganisation(ctx, organisation, confirmNotDuplicate),
  update: (ctx, { id, organisation }) => updateOrganisation(ctx, id, organisation),
  setStatus: (ctx, { id, status }) => setOrganisationStatus(ctx, id, status),
  remove: (ctx, { id }) => removeOrganisation(ctx, id),
  findDuplicates: (ctx, input) => findDuplicates(ctx, { name: input.name, taxNumber: input.taxNumber, excludeId: input.excludeId }),
  addContact: (ctx, { organisationId, contact }) => addContact(ctx, organisationId, contact),
  updateContact: (ctx, { id, contact }) => updateContact(ctx, id, contact),
  setContactActive: (ctx, { id, active }) => setContactActive(ctx, id, active),
}
