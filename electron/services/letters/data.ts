import type { Driver, Gender, Language, PlacementStatus } from '../../../shared/domain/enums'
import type { LetterPlacementRow } from '../../../shared/domain/letters'
import { UserError } from '../../../shared/errors'
import type { LetterData, LetterKind, MinistryData, OrganisationData, PersonData } from '../../../shared/letters/types'
import type { ServiceContext } from '../context'
import { getSettings } from '../settings/settings'

/** A placement's merge data without the letter's own reference and date (those come when it is generated). */
export interface PlacementLetterSource {
  id: number
  roundId: number
  status: PlacementStatus
  consent: boolean
  anonymised: boolean
  data: Omit<LetterData, 'letter' | 'ministry'>
  /** Each recipient's language, for 'auto'. */
  languages: Record<LetterKind, Language>
}

interface Row {
  id: number
  roundId: number
  roundName: string
  status: PlacementStatus
  startsOn: string
  endsOn: string
  driver: Driver | null
  consent: number
  anonymisedAt: string | null
  pFirst: string | null
  pLast: string | null
  pGender: Gender | null
  pJob: string | null
  pEmail: string | null
  pPhone: string | null
  pLanguage: Language
  [key: string]: unknown
}

/** The organisation's coordinator for the programme: the active coordinator, else a signatory or other contact. */
const contactOf = (org: string) => `(SELECT c.id FROM contacts c WHERE c.organisation_id = ${org}.id AND c.active = 1 AND c.role <> 'mentor'
  ORDER BY CASE c.role WHEN 'coordinator' THEN 0 WHEN 'signatory' THEN 1 ELSE 2 END, c.id LIMIT 1)`

const orgColumns = (alias: string, contact: string) =>
  `${alias}.name AS ${alias}Name, ${alias}.street AS ${alias}Street, ${alias}.postcode AS ${alias}Postcode, ${alias}.city AS ${alias}City,
   ${alias}.country AS ${alias}Country, ${personColumns(contact)}`

const personColumns = (alias: string) =>
  `${alias}.full_name AS ${alias}FullName, ${alias}.gender AS ${alias}Gender, ${alias}.job_title AS ${alias}Job, ${alias}.email AS ${alias}Email,
   ${alias}.phone AS ${alias}Phone, ${alias}.language AS ${alias}Language`

const SELECT = `SELECT p.id, p.round_id AS roundId, r.name AS roundName, p.status, p.starts_on AS startsOn, p.ends_on AS endsOn, p.driver,
    n.consent, pe.anonymised_at AS anonymisedAt, pe.first_name AS pFirst, pe.last_name AS pLast, pe.gender AS pGender,
    pe.job_title AS pJob, pe.email AS pEmail, pe.phone AS pPhone, pe.language AS pLanguage,
    ${orgColumns('ho', 'hc')}, ${orgColumns('hs', 'sc')}, ${personColumns('m')}
  FROM placements p
  JOIN rounds r ON r.id = p.round_id
  JOIN nominations n ON n.id = p.nomination_id
  JOIN people pe ON pe.id = n.person_id
  JOIN organisations ho ON ho.id = p.home_organisation_id
  JOIN organisations hs ON hs.id = p.host_organisation_id
  LEFT JOIN contacts hc ON hc.id = ${contactOf('ho')}
  LEFT JOIN contacts sc ON sc.id = ${contactOf('hs')}
  LEFT JOIN contacts m ON m.id = p.mentor_contact_id`

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)

function contact(row: Row, alias: string): PersonData | null {
  const fullName = str(row[`${alias}FullName`])
  if (!fullName) return null
  return {
    fullName,
    gender: (row[`${alias}Gender`] as Gender | null) ?? null,
    jobTitle: str(row[`${alias}Job`]),
    email: str(row[`${alias}Email`]),
    phone: str(row[`${alias}Phone`]),
  }
}

function organisation(row: Row, alias: string, contactAlias: string): OrganisationData {
  return {
    name: String(row[`${alias}Name`]),
    address: { street: str(row[`${alias}Street`]), postcode: str(row[`${alias}Postcode`]), city: str(row[`${alias}City`]), country: str(row[`${alias}Country`]) ?? 'SI' },
    contact: contact(row, contactAlias),
  }
}

/** A recipient organisation reads its coordinator's language; without one, Slovenian at home and English abroad. */
function organisationLanguage(row: Row, alias: string, contactAlias: string): Language {
  const language = row[`${contactAlias}Language`] as Language | null
  if (language) return language
  return (str(row[`${alias}Country`]) ?? 'SI').toUpperCase() === 'SI' ? 'sl' : 'en'
}

function toSource(row: Row): PlacementLetterSource {
  const fullName = [row.pFirst, row.pLast].filter((s) => s && s.trim() !== '').join(' ')
  return {
    id: row.id,
    roundId: row.roundId,
    status: row.status,
    consent: row.consent === 1,
    anonymised: row.anonymisedAt !== null,
    data: {
      participant: { fullName, firstName: row.pFirst, lastName: row.pLast, gender: row.pGender, jobTitle: row.pJob, email: row.pEmail, phone: row.pPhone },
      home: organisation(row, 'ho', 'hc'),
      host: organisation(row, 'hs', 'sc'),
      mentor: contact(row, 'm'),
      placement: { from: row.startsOn, to: row.endsOn, driver: row.driver, roundName: row.roundName },
    },
    // The certificate goes to the participant, in the participant's language.
    languages: { participant: row.pLanguage, host: organisationLanguage(row, 'hs', 'sc'), home: organisationLanguage(row, 'ho', 'hc'), certificate: row.pLanguage },
  }
}

/** Merge data of the given placements, in the order asked for; an unknown id is a UserError. */
export function loadPlacementSources(ctx: ServiceContext, ids: number[]): PlacementLetterSource[] {
  if (ids.length === 0) return []
  const rows = new Map<number, Row>()
  const statement = ctx.conn.sqlite.prepare(`${SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`)
  for (const row of statement.all(JSON.stringify(ids)) as Row[]) rows.set(row.id, row)
  return ids.map((id) => {
    const row = rows.get(id)
    if (!row) throw new UserError('letters.noPlacement', { id })
    return toSource(row)
  })
}

/** Placements of a round in the order letters are printed: by the participant's surname, Slovenian collation. */
export function roundPlacementIds(ctx: ServiceContext, roundId: number, statuses: PlacementStatus[]): number[] {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT p.id FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id
       WHERE p.round_id = ? AND p.status IN (SELECT value FROM json_each(?)) ORDER BY pe.sort_key, p.starts_on, p.id`,
    )
    .all(roundId, JSON.stringify(statuses)) as Array<{ id: number }>
  return rows.map((r) => r.id)
}

export function roundExists(ctx: ServiceContext, roundId: number): boolean {
  return ctx.conn.sqlite.prepare('SELECT 1 FROM rounds WHERE id = ?').get(roundId) !== undefined
}

/** The placements of a round for the letters screen (every status, so the officer sees why one has no letter). */
export function listLetterPlacements(ctx: ServiceContext, roundId: number): LetterPlacementRow[] {
  const ids = roundPlacementIds(ctx, roundId, ['proposed', 'confirmed', 'completed'])
  const issued = new Map<number, { n: number; kinds: LetterKind[] }>()
  const rows = ctx.conn.sqlite
    .prepare('SELECT placement_id AS id, kind, count(*) AS n FROM letters WHERE placement_id IN (SELECT value FROM json_each(?)) GROUP BY placement_id, kind ORDER BY kind')
    .all(JSON.stringify(ids)) as Array<{ id: number; kind: LetterKind; n: number }>
  for (const r of rows) {
    const entry = issued.get(r.id) ?? { n: 0, kinds: [] }
    issued.set(r.id, { n: entry.n + r.n, kinds: [...entry.kinds, r.kind] })
  }
  return loadPlacementSources(ctx, ids).map((s) => ({
    id: s.id,
    participant: s.data.participant.fullName,
    home: s.data.home.name,
    host: s.data.host.name,
    startsOn: s.data.placement.from,
    endsOn: s.data.placement.to,
    status: s.status,
    consent: s.consent,
    languages: s.languages,
    letters: issued.get(s.id)?.n ?? 0,
    issued: issued.get(s.id)?.kinds ?? [],
  }))
}

/** The letterhead and signatory from Settings, as the letters engine takes them. */
export function ministryData(ctx: ServiceContext): MinistryData & { place: string; referencePattern: string } {
  const m = getSettings(ctx).ministry
  return {
    name: m.name,
    nameEn: m.nameEn,
    street: m.street,
    postcode: m.postcode,
    city: m.city,
    signatoryName: m.signatoryName,
    signatoryTitle: m.signatoryTitle,
    logoDataUrl: m.logoDataUrl,
    footer: m.footer,
    place: m.place.trim() || m.city.trim(),
    referencePattern: m.referencePattern,
  }
}
