import type { FieldValue } from '../../../shared/import/fields'

/**
 * What the import asks of the database, passed in so the engine stays free of it. All calls are synchronous
 * (better-sqlite3) and are made at most once per distinct organisation or record key.
 */
export interface ImportHooks {
  /** The partner-list organisation a row names: by tax number first, else by name (see organisationNameKey). */
  resolveOrganisation?(ref: { name: string | null; taxNumber: string | null }): { id: number; name: string } | null
  /** The stored record with this identity key (shared/import/identity), to show a re-import as updates. */
  findExisting?(key: string): { id: number; values: Record<string, FieldValue> } | null
  /** Unknown organisations will be created: they become a warning instead of an error. */
  createOrganisations?: boolean
  /** This unknown organisation (name as written) will be created: a warning instead of an error. */
  creates?(name: string): boolean
  /** The day (YYYY-MM-DD) a person with this e-mail was erased, or null: such a row needs an explicit override. */
  erasedOn?(email: string): string | null
  /** The user's explicit override: erased people are imported anyway (a warning instead of an error). */
  allowErased?: boolean
}

export interface HookCache {
  organisations: Map<string, { id: number; name: string } | null>
}

export const newHookCache = (): HookCache => ({ organisations: new Map() })
