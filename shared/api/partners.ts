import { z } from 'zod'
import { CONTACT_ROLES, GENDERS, LANGUAGES, ORGANISATION_STATUSES, SECTORS } from '../domain/enums'
import type {
  Contact,
  CreateOrganisationResult,
  DuplicateCandidate,
  Organisation,
  OrganisationDetail,
  OrganisationRow,
} from '../domain/partners'
import { isValidSlovenianTaxNumber, normaliseTaxNumber } from '../text/taxNumber'
import { call } from './define'
import { byId, id, optionalEmail, optionalText, requiredText } from './fields'

const currentYear = new Date().getFullYear()

const website = z
  .string()
  .nullish()
  .transform((s) => {
    const v = (s ?? '').trim()
    if (v === '') return null
    return /^https?:\/\//i.test(v) ? v : `https://${v}`
  })
  .pipe(z.url({ protocol: /^https?$/, error: 'url' }).max(300, { error: 'tooLong' }).nullable())

export const organisationFields = z
  .object({
    name: requiredText(200),
    shortName: optionalText(60),
    sector: z.enum(SECTORS, { error: 'required' }),
    taxNumber: optionalText(20).transform((s) => (s === null ? null : normaliseTaxNumber(s))),
    taxNumberForeign: z.boolean().default(false),
    registrationNumber: optionalText(20).pipe(z.string().regex(/^\d{7}(\d{3})?$/, { error: 'registrationNumber' }).nullable()),
    street: optionalText(200),
    postcode: optionalText(12),
    city: optionalText(100),
    country: z.string().trim().length(2, { error: 'country' }).toUpperCase().default('SI'),
    website,
    partnerSince: z
      .number({ error: 'year' })
      .int({ error: 'year' })
      .min(1990, { error: 'year' })
      .max(currentYear + 1, { error: 'year' })
      .nullish()
      .transform((v) => v ?? null),
    status: z.enum(ORGANISATION_STATUSES).default('active'),
    notes: optionalText(5000),
  })
  .superRefine((org, ctx) => {
    if (org.taxNumber !== null && !org.taxNumberForeign && !isValidSlovenianTaxNumber(org.taxNumber))
      ctx.addIssue({ code: 'custom', path: ['taxNumber'], message: 'taxNumber' })
  })
export type OrganisationInput = z.input<typeof organisationFields>
export type OrganisationFields = z.output<typeof organisationFields>

export const contactFields = z.object({
  fullName: requiredText(200),
  role: z.enum(CONTACT_ROLES, { error: 'required' }),
  jobTitle: optionalText(200),
  email: optionalEmail,
  phone: optionalText(40).pipe(z.string().regex(/^\+?[\d\s()/.-]{6,}$/, { error: 'phone' }).nullable()),
  language: z.enum(LANGUAGES).default('sl'),
  gender: z.enum(GENDERS).nullish().transform((g) => g ?? null),
})
export type ContactInput = z.input<typeof contactFields>

export const PARTNER_SORT_KEYS = ['name', 'sector', 'city', 'partnerSince', 'status'] as const

export const partnerListQuery = z.object({
  search: z.string().max(200).optional(),
  sectors: z.array(z.enum(SECTORS)).optional(),
  statuses: z.array(z.enum(ORGANISATION_STATUSES)).optional(),
  sortBy: z.enum(PARTNER_SORT_KEYS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100_000).default(100_000),
})
export type PartnerListQuery = z.input<typeof partnerListQuery>

export const partnersApi = {
  list: call<{ total: number; rows: OrganisationRow[] }>()('partners:list', partnerListQuery, { reads: ['partners'] }),
  get: call<OrganisationDetail>()('partners:get', byId, { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  create: call<CreateOrganisationResult>()(
    'partners:create',
    z.object({ organisation: organisationFields, confirmNotDuplicate: z.boolean().default(false) }),
    { changes: ['partners'] },
  ),
  update: call<Organisation>()('partners:update', z.object({ id, organisation: organisationFields }), { changes: ['partners'] }),
  setStatus: call<Organisation>()('partners:setStatus', z.object({ id, status: z.enum(ORGANISATION_STATUSES) }), { changes: ['partners'] }),
  remove: call<{ removed: true }>()('partners:remove', byId, { changes: ['partners'] }),
  findDuplicates: call<DuplicateCandidate[]>()(
    'partners:findDuplicates',
    z.object({ name: z.string().max(200), taxNumber: z.string().max(20).nullish(), excludeId: id.optional() }),
    { reads: ['partners'] },
  ),
  addContact: call<Contact>()('partners:addContact', z.object({ organisationId: id, contact: contactFields }), { changes: ['partners'] }),
  updateContact: call<Contact>()('partners:updateContact', z.object({ id, contact: contactFields }), { changes: ['partners'] }),
  setContactActive: call<Contact>()('partners:setContactActive', z.object({ id, active: z.boolean() }), { changes: ['partners'] }),
}
