import type { FieldValue } from '../../../../shared/import/fields'
import { personKey } from '../../../../shared/import/identity'
import { offersProfile } from '../../../../shared/import/profiles'
import type { ServiceContext } from '../../context'

export interface ExistingNomination {
  id: number
  personId: number
  values: Record<string, FieldValue>
}

interface Row {
  id: number
  personId: number
  firstName: string | null
  lastName: string | null
  email: string | null
  phone: string | null
  jobTitle: string | null
  gender: string | null
  availableFrom: string | null
  availableTo: string | null
  durationDays: number | null
  consent: number
  consentMethod: string | null
  consentWithdrawnOn: string | null
  organisation: string
  taxNumber: string | null
}

const SELECT = `SELECT n.id, n.person_id AS personId, p.first_name AS firstName, p.last_name AS lastName, p.email, p.phone,
    p.job_title AS jobTitle, p.gender, n.available_from AS availableFrom, n.available_to AS availableTo,
    n.duration_days AS durationDays, n.consent, n.consent_method AS consentMethod, n.consent_withdrawn_on AS consentWithdrawnOn, o.name AS organisation, o.tax_number AS taxNumber
  FROM nominations n JOIN people p ON p.id = n.person_id JOIN organisations o ON o.id = p.organisation_id
  WHERE n.round_id = ? AND p.anonymised_at IS NULL`

/**
 * The people already nominated in a round, under every identity key a file row could carry for them: the
 * e-mail, and the name with the organisation's name or tax number (a file without e-mails still matches).
 * The values are the fields a re-import can change, so a corrected file shows as updates.
 */
export function existingNominations(ctx: ServiceContext, roundId: number): Map<string, ExistingNomination> {
  const byKey = new Map<string, ExistingNomination>()
  for (const row of ctx.conn.sqlite.prepare(SELECT).all(roundId) as Row[]) {
    const values: Record<string, FieldValue> = {
      firstName: row.firstName, lastName: row.lastName, email: row.email, phone: row.phone, jobTitle: row.jobTitle, gender: row.gender,
      availableFrom: row.availableFrom, availableTo: row.availableTo, durationDays: row.durationDays,
    }
    // Consent the officer recorded by hand (a form, an e-mail, a withdrawal) is not the file's to change.
    const byHand = row.consentMethod === 'form' || row.consentMethod === 'email' || (row.consentMethod === null && row.consentWithdrawnOn !== null)
    if (!byHand) values.consent = row.consent === 1
    const entry = { id: row.id, personId: row.personId, values }
    const names = { email: 'email', first: 'firstName', last: 'lastName', organisation: 'organisation', taxNumber: 'taxNumber' }
    const withoutEmail = { ...values, email: null }
    const keys = [
      personKey({ ...values, organisation: row.organisation }, names),
      personKey({ ...withoutEmail, organisation: row.organisation }, names),
      row.taxNumber ? personKey({ ...withoutEmail, organisation: '', taxNumber: row.taxNumber }, names) : null,
    ]
    for (const key of keys) if (key && !byKey.has(key)) byKey.set(key, entry)
  }
  return byKey
}

/** People anywhere in the database by e-mail (lower case): a person nominated again in a new round is reused. */
export function peopleByEmail(ctx: ServiceContext): Map<string, number> {
  const map = new Map<string, number>()
  const rows = ctx.conn.sqlite.prepare('SELECT id, lower(email) AS email FROM people WHERE email IS NOT NULL AND anonymised_at IS NULL ORDER BY id').all() as Array<{ id: number; email: string }>
  for (const row of rows) if (!map.has(row.email)) map.set(row.email, row.id)
  return map
}

interface OfferRow {
  id: number
  places: number
  from: string | null
  to: string | null
  department: string | null
  languages: string | null
  organisation: string
  taxNumber: string | null
}

/** The round's offers under the keys the offers profile gives a file row (host by tax number or name, department, start). */
export function existingOffers(ctx: ServiceContext, roundId: number): Map<string, { id: number; values: Record<string, FieldValue> }> {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT f.id, f.places, f.available_from AS "from", f.available_to AS "to", f.department, f.languages, o.name AS organisation, o.tax_number AS taxNumber
       FROM offers f JOIN organisations o ON o.id = f.organisation_id WHERE f.round_id = ?`,
    )
    .all(roundId) as OfferRow[]
  const byKey = new Map<string, { id: number; values: Record<string, FieldValue> }>()
  for (const row of rows) {
    const values: Record<string, FieldValue> = { places: row.places, from: row.from, to: row.to, department: row.department, languages: row.languages }
    for (const org of [{ organisation: row.organisation, taxNumber: row.taxNumber }, { organisation: row.organisation, taxNumber: null }]) {
      const key = offersProfile.identity({ ...values, ...org })
      if (key && !byKey.has(key)) byKey.set(key, { id: row.id, values })
    }
  }
  return byKey
}
