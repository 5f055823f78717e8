export const SECTORS = ['ministry', 'public-body', 'company', 'ngo', 'association'] as const
export type Sector = (typeof SECTORS)[number]
/** Ministries and other public bodies form the public sector; the rest are outside it. */
export const PUBLIC_SECTORS: readonly Sector[] = ['ministry', 'public-body']

export const ORGANISATION_STATUSES = ['active', 'paused', 'former'] as const
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number]

export const CONTACT_ROLES = ['coordinator', 'mentor', 'signatory', 'other'] as const
export type ContactRole = (typeof CONTACT_ROLES)[number]

export const LANGUAGES = ['sl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export const GENDERS = ['m', 'f', 'x'] as const
export type Gender = (typeof GENDERS)[number]

export const ROUND_KINDS = ['call', 'rolling'] as const
export type RoundKind = (typeof ROUND_KINDS)[number]

export const ROUND_STATUSES = ['draft', 'open', 'planning', 'confirmed', 'closed'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

export const DRIVERS = ['process', 'project', 'practice'] as const
export type Driver = (typeof DRIVERS)[number]

export const PLACEMENT_STATUSES = ['proposed', 'confirmed', 'withdrawn', 'completed'] as const
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number]
