import type { ContactRole, Gender, Language, OrganisationStatus, Sector } from './enums'

export interface OrganisationRow {
  id: number
  name: string
  shortName: string | null
  sector: Sector
  taxNumber: string | null
  city: string | null
  partnerSince: number | null
  status: OrganisationStatus
}

export interface Organisation extends OrganisationRow {
  taxNumberForeign: boolean
  registrationNumber: string | null
  street: string | null
  postcode: string | null
  country: string
  website: string | null
  notes: string | null
  createdAt: string
  updatedAt: string
}

export interface Contact {
  id: number
  organisationId: number
  fullName: string
  role: ContactRole
  jobTitle: string | null
  email: string | null
  phone: string | null
  language: Language
  gender: Gender | null
  active: boolean
}

export interface HistoryEntry {
  roundId: number
  roundName: string
  year: number | null
  sent: number
  hosted: number
}

export interface OrganisationDetail {
  organisation: Organisation
  contacts: Contact[]
  history: HistoryEntry[]
  /** True when rounds reference it: it can then only be deactivated, never deleted. */
  hasHistory: boolean
}

export interface DuplicateCandidate {
  id: number
  name: string
  taxNumber: string | null
  reason: 'taxNumber' | 'name'
}

export type CreateOrganisationResult =
  | { status: 'created'; organisation: Organisation }
  | { status: 'duplicates'; candidates: DuplicateCandidate[] }
