import type { Language } from '../domain/enums'

/**
 * How a column's cells are read and checked. One kind per value shape, so that a new profile only lists
 * fields and never needs new parsing code.
 */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'fullName'
  | 'email'
  | 'phone'
  | 'taxNumber'
  | 'registrationNumber'
  | 'date'
  | 'dateRange'
  | 'integer'
  | 'year'
  | 'yesNo'
  | 'gender'
  | 'sector'
  | 'status'
  | 'languages'
  | 'url'
  | 'postcode'

export interface FieldDefinition {
  name: string
  kind: FieldKind
  /** Header texts that mean this field, folded (lower case, no diacritics, punctuation as spaces). */
  synonyms: readonly string[]
  /** Column header in the template workbook. */
  label: Record<Language, string>
  /** Cell text of the template's example row. */
  example?: Record<Language, string | number>
  /** Longer texts are cut to this length with a warning; defaults by kind. */
  maxLength?: number
  /**
   * A virtual field is read from one column and split into others (full name → first and last name,
   * availability range → from and to); it never appears among the row's values.
   */
  splitsInto?: readonly [string, string]
  /** Shown in the template: sheet dropdowns use it. */
  template?: boolean
}

/** Which rows of a sheet count as the same record, and how the profile's fields relate. */
export interface ImportProfile {
  kind: 'nominations' | 'partners' | 'offers'
  fields: readonly FieldDefinition[]
  /** Each entry is a field, or a list of fields of which at least one must have a value. */
  required: ReadonlyArray<string | readonly string[]>
  /** Missing values give a warning only. */
  recommended: readonly string[]
  /** Pairs [start, end] whose order is checked. */
  dateRanges: ReadonlyArray<readonly [string, string]>
  /** Words in a sheet's name that suggest it holds this profile's data. */
  sheetNameHints: readonly string[]
  /** The record's organisation (matched to the partner list by the caller's resolver), if it has one. */
  organisation?: { name: string; taxNumber?: string }
  /** Other fields naming organisations (preferred hosts), matched the same way; unknown ones are warnings. */
  organisationReferences?: readonly string[]
  /** Stable identity of a record across files: the same person or organisation gives the same key. */
  identity(values: Readonly<Record<string, FieldValue>>): string | null
}

/** A normalised cell value: text, a number, a yes/no, or an ISO date string (yyyy-mm-dd) for date fields. */
export type FieldValue = string | number | boolean | null

export function fieldByName(profile: ImportProfile, name: string): FieldDefinition | undefined {
  return profile.fields.find((f) => f.name === name)
}

/** Fields a user can map a column to: every field, virtual ones included. */
export function mappableFields(profile: ImportProfile): string[] {
  return profile.fields.map((f) => f.name)
}
