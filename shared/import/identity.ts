import { fold, organisationNameKey } from '../text'
import type { FieldValue } from './fields'

type Values = Readonly<Record<string, FieldValue>>

const text = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v))

/**
 * The same person in two files: same e-mail, else same name at the same organisation. The key is what a
 * re-import of a corrected file is matched on, so it ignores case, diacritics and the organisation's legal form.
 */
export function personKey(values: Values, names: { email: string; first: string; last: string; organisation: string; taxNumber?: string }): string | null {
  const email = text(values[names.email]).toLowerCase()
  if (email) return `email:${email}`
  const name = fold(`${text(values[names.first])} ${text(values[names.last])}`)
  const organisation = organisationNameKey(text(values[names.organisation])) || (names.taxNumber ? text(values[names.taxNumber]) : '')
  if (!name || !organisation) return null
  return `name:${name}|${organisation}`
}

/** The same organisation: same tax number, else the same name up to case, diacritics and legal form. */
export function organisationKey(values: Values, names: { name: string; taxNumber: string }): string | null {
  const tax = text(values[names.taxNumber])
  if (tax) return `tax:${tax}`
  const key = organisationNameKey(text(values[names.name]))
  return key ? `org:${key}` : null
}
