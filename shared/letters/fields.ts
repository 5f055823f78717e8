import type { Language } from '../domain/enums'
import { formatAddressLines, formatDays, formatLetterDate, formatPeriod, formatPlaceAndDate, formatSalutation, letterText } from './format'
import { signatureBlock } from './signature'
import type { FieldKind } from './template/ast'
import type { FieldValue } from './template/evaluate'
import type { LetterData, MinistryData, OrganisationData, PersonData } from './types'

export const FIELD_GROUPS = ['letter', 'ministry', 'participant', 'home', 'host', 'mentor', 'placement'] as const
export type FieldGroup = (typeof FIELD_GROUPS)[number]

export interface MergeContext {
  data: LetterData
  lang: Language
}

interface FieldDefinition {
  path: string
  kind: FieldKind
  group: FieldGroup
  /** Message key of the description, and values for it (contact fields reuse the person descriptions). */
  description: { key: string; what?: string }
  get: (ctx: MergeContext) => FieldValue
}

/** One entry of the editor's field list. */
export interface FieldInfo {
  path: string
  kind: FieldKind
  group: FieldGroup
  groupLabel: string
  description: string
}

const text = (value: string | null | undefined): string => value?.trim() ?? ''

function personFields(prefix: string, group: FieldGroup, pick: (d: LetterData) => PersonData | null, options: { names: boolean; contactOf?: boolean }): FieldDefinition[] {
  type Entry = [string, FieldKind, (p: PersonData | null, lang: Language) => FieldValue]
  const names: Entry[] = [
    ['firstName', 'text', (p) => text(p?.firstName)],
    ['lastName', 'text', (p) => text(p?.lastName)],
  ]
  const entries: Entry[] = [
    ['fullName', 'text', (p) => text(p?.fullName)],
    ...(options.names ? names : []),
    ['jobTitle', 'text', (p) => text(p?.jobTitle)],
    ['email', 'text', (p) => text(p?.email)],
    ['phone', 'text', (p) => text(p?.phone)],
    ['salutation', 'text', (p, lang) => formatSalutation(p, lang)],
    ['female', 'flag', (p) => p?.gender === 'f'],
    ['male', 'flag', (p) => p?.gender === 'm'],
  ]
  return entries.map(([name, kind, get]) => ({
    path: `${prefix}.${name}`,
    kind,
    group,
    description: options.contactOf
      ? { key: 'letters.field.organisation.contact', what: `letters.field.person.${name}` }
      : { key: `letters.field.person.${name}` },
    get: (ctx) => get(pick(ctx.data), ctx.lang),
  }))
}

function organisationFields(prefix: 'home' | 'host'): FieldDefinition[] {
  const pick = (d: LetterData): OrganisationData => d[prefix]
  const simple: Array<[string, FieldKind, (o: OrganisationData, lang: Language) => string]> = [
    ['name', 'text', (o) => text(o.name)],
    ['address', 'multiline', (o, lang) => formatAddressLines(o.address, lang).join('\n')],
    ['addressLine', 'text', (o, lang) => formatAddressLines(o.address, lang).join(', ')],
    ['city', 'text', (o) => text(o.address.city)],
  ]
  return [
    ...simple.map(([name, kind, get]): FieldDefinition => ({
      path: `${prefix}.${name}`,
      kind,
      group: prefix,
      description: { key: `letters.field.organisation.${name}` },
      get: (ctx) => get(pick(ctx.data), ctx.lang),
    })),
    ...personFields(`${prefix}.contact`, prefix, (d) => pick(d).contact, { names: false, contactOf: true }),
  ]
}

const field = (path: string, kind: FieldKind, group: FieldGroup, get: (ctx: MergeContext) => FieldValue): FieldDefinition => ({
  path,
  kind,
  group,
  description: { key: `letters.field.${path}` },
  get,
})

/** Every merge field a template may use, in the order the editor lists them. */
export const FIELDS: readonly FieldDefinition[] = [
  field('letter.reference', 'text', 'letter', ({ data }) => text(data.letter.reference)),
  field('letter.date', 'date', 'letter', ({ data, lang }) => formatLetterDate(data.letter.date, lang)),
  field('letter.place', 'text', 'letter', ({ data }) => text(data.letter.place)),
  field('letter.placeAndDate', 'date', 'letter', ({ data, lang }) => formatPlaceAndDate(text(data.letter.place), data.letter.date, lang)),
  field('letter.signature', 'block', 'letter', ({ data, lang }) => signatureBlock(data.ministry, lang)),
  field('ministry.name', 'text', 'ministry', ({ data, lang }) => ministryName(data.ministry, lang)),
  field('ministry.address', 'multiline', 'ministry', ({ data }) => [data.ministry.street, `${data.ministry.postcode} ${data.ministry.city}`].map(text).filter(Boolean).join('\n')),
  field('ministry.signatoryName', 'text', 'ministry', ({ data }) => text(data.ministry.signatoryName)),
  field('ministry.signatoryTitle', 'text', 'ministry', ({ data }) => text(data.ministry.signatoryTitle)),
  ...personFields('participant', 'participant', (d) => d.participant, { names: true }),
  ...organisationFields('home'),
  ...organisationFields('host'),
  ...personFields('mentor', 'mentor', (d) => d.mentor, { names: false }),
  field('placement.from', 'date', 'placement', ({ data, lang }) => formatLetterDate(data.placement.from, lang)),
  field('placement.to', 'date', 'placement', ({ data, lang }) => formatLetterDate(data.placement.to, lang)),
  field('placement.period', 'text', 'placement', ({ data, lang }) => formatPeriod(data.placement.from, data.placement.to, lang)),
  field('placement.days', 'text', 'placement', ({ data, lang }) => formatDays(data.placement.from, data.placement.to, lang)),
  field('placement.driver', 'text', 'placement', ({ data, lang }) => (data.placement.driver ? letterText(lang, `letters.driver.${data.placement.driver}`) : '')),
  field('placement.round', 'text', 'placement', ({ data }) => text(data.placement.roundName)),
]

const BY_PATH = new Map(FIELDS.map((f) => [f.path, f]))

/** English letters use the English name when Settings has one. */
export function ministryName(ministry: MinistryData, lang: Language): string {
  return text(lang === 'en' ? ministry.nameEn || ministry.name : ministry.name)
}

/** The parser's view of the fields. */
export function fieldKind(path: string): FieldKind | undefined {
  return BY_PATH.get(path)?.kind
}

export function fieldValue(path: string, ctx: MergeContext): FieldValue | undefined {
  return BY_PATH.get(path)?.get(ctx)
}

/** The field list beside the template editor, described in the UI's language. */
export function listFields(lang: Language): FieldInfo[] {
  return FIELDS.map((f) => ({
    path: f.path,
    kind: f.kind,
    group: f.group,
    groupLabel: letterText(lang, `letters.group.${f.group}`),
    description: letterText(lang, f.description.key, f.description.what ? { what: letterText(lang, f.description.what) } : {}),
  }))
}
