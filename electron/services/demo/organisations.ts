import { fold, organisationNameKey, slSortKey, withTaxCheckDigit } from '../../../shared/text'
import { ALL_ORGANISATIONS, CONFLICTS, type OrgSpec, type Sector } from './catalogue'
import { timestamp } from './calendar'
import { demoDomain, drawName, landline, type MailboxRegistry, mobile } from './identities'
import { STREETS, TOWNS, type Town } from './places'
import type { Random } from './random'
import { CONTACT_TITLES } from './vocabulary'
import type { DemoWriter } from './writer'

/** An organisation as written, with what the round generator needs to place people there. */
export interface DemoOrganisation {
  id: number
  spec: OrgSpec
  sector: Sector
  town: Town
  domain: string
  mentorIds: number[]
}

export function isPublicSector(sector: Sector): boolean {
  return sector === 'ministry' || sector === 'public-body'
}

/** Whether the organisation could take part in a year: it has joined and is neither gone nor pausing. */
export function isAvailable(org: DemoOrganisation, year: number): boolean {
  const { since, leftAfter, pausedFrom } = org.spec
  return since <= year && !(leftAfter !== undefined && year > leftAfter) && !(pausedFrom !== undefined && year >= pausedFrom)
}

function statusOf(spec: OrgSpec): 'active' | 'paused' | 'former' {
  if (spec.leftAfter !== undefined) return 'former'
  return spec.pausedFrom !== undefined ? 'paused' : 'active'
}

/** A valid, unused Slovenian tax number: seven random digits and the mod-11 check digit (some prefixes have none). */
function drawTaxNumber(random: Random, used: Set<string>): string {
  for (;;) {
    const taxNumber = withTaxCheckDigit(String(random.int(1_000_000, 9_999_999)))
    if (taxNumber !== null && !used.has(taxNumber)) {
      used.add(taxNumber)
      return taxNumber
    }
  }
}

function writeOrganisation(random: Random, writer: DemoWriter, spec: OrgSpec, taxNumbers: Set<string>) {
  const town = TOWNS[spec.town]!
  const domain = demoDomain(spec.name, spec.shortName)
  const taxNumber = drawTaxNumber(random, taxNumbers)
  const shortName = spec.shortName ?? null
  const id = writer.organisation({
    name: spec.name,
    shortName,
    sector: spec.sector,
    taxNumber,
    registrationNumber: `${random.int(1_000_000, 9_999_999)}000`,
    street: spec.street ?? `${random.pick(STREETS)} ${random.int(1, 60)}`,
    postcode: town.postcode,
    city: town.city,
    website: `https://www.${domain}`,
    partnerSince: spec.since,
    status: statusOf(spec),
    notes: spec.notes ?? null,
    sortKey: slSortKey(spec.name),
    searchKey: organisationNameKey(spec.name),
    searchText: fold([spec.name, shortName, taxNumber, town.city].filter(Boolean).join(' ')),
    createdAt: timestamp(`${spec.since}-01-15`),
  })
  return { id, spec, sector: spec.sector, town, domain, mentorIds: [] as number[] }
}

type ContactRole = 'coordinator' | 'mentor' | 'signatory'

function writeContact(
  random: Random, writer: DemoWriter, mailboxes: MailboxRegistry, org: DemoOrganisation, role: ContactRole, active = true,
): number {
  // International groups work in English with the office, though their signatories are local directors.
  const english = org.spec.international === true && role !== 'signatory' && random.chance(role === 'coordinator' ? 1 : 0.5)
  const name = drawName(random, english && random.chance(0.5))
  const titles = CONTACT_TITLES[role]
  const pair = isPublicSector(org.sector)
    ? titles.public
    : org.sector === 'ngo' && role !== 'signatory' ? CONTACT_TITLES.ngo[role] : titles.other
  const fullName = `${name.firstName} ${name.lastName}`
  return writer.contact({
    organisationId: org.id,
    fullName,
    role,
    jobTitle: english ? titles.en : pair[name.gender === 'm' ? 0 : 1],
    email: mailboxes.address(name.firstName, name.lastName, org.domain),
    phone: random.chance(0.6) ? landline(random, org.town.area) : mobile(random),
    language: english ? 'en' : 'sl',
    gender: name.gender,
    active: active ? 1 : 0,
    sortKey: slSortKey(fullName),
  })
}

/**
 * Every partner with its contacts: one coordinator (long-standing partners sometimes also a former one, kept
 * inactive as the office would), one or two mentors, and a signatory for ministries and public bodies, whose
 * letters need one.
 */
export function writeOrganisations(random: Random, writer: DemoWriter, mailboxes: MailboxRegistry): DemoOrganisation[] {
  const taxNumbers = new Set<string>()
  const organisations = ALL_ORGANISATIONS.map((spec) => writeOrganisation(random, writer, spec, taxNumbers))
  for (const org of organisations) {
    writeContact(random, writer, mailboxes, org, 'coordinator')
    if (org.spec.since <= 2019 && random.chance(0.25)) writeContact(random, writer, mailboxes, org, 'coordinator', false)
    const mentors = org.sector === 'ministry' ? 2 : org.sector === 'ngo' ? 1 : random.int(1, 2)
    for (let i = 0; i < mentors; i++) org.mentorIds.push(writeContact(random, writer, mailboxes, org, 'mentor'))
    if (isPublicSector(org.sector)) writeContact(random, writer, mailboxes, org, 'signatory')
  }
  return organisations
}

/** Conflict pairs as ids, plus a lookup the placement generator uses to keep such pairs apart. */
export function writeConflicts(writer: DemoWriter, organisations: DemoOrganisation[]): (a: number, b: number) => boolean {
  const byName = new Map(organisations.map((org) => [org.spec.name, org.id]))
  const pairs = new Set<string>()
  for (const [nameA, nameB, reason] of CONFLICTS) {
    const organisationA = byName.get(nameA)
    const organisationB = byName.get(nameB)
    if (organisationA === undefined || organisationB === undefined) {
      throw new Error(`Demo conflict names an unknown partner: ${nameA} / ${nameB}`)
    }
    writer.conflict({ organisationA, organisationB, reason })
    pairs.add(`${organisationA}:${organisationB}`).add(`${organisationB}:${organisationA}`)
  }
  return (a, b) => pairs.has(`${a}:${b}`)
}
