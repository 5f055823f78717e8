import type { Language } from './enums'

export interface MinistryDetails {
  name: string
  street: string
  postcode: string
  city: string
  signatoryName: string
  signatoryTitle: string
  /** PNG, JPEG or SVG as a data: URL, shown on letters. */
  logoDataUrl: string | null
}

export interface Settings {
  language: Language
  ministry: MinistryDetails
  backupFolder: string
}

export interface AppInfo {
  databaseFile: string
  schemaVersion: number
  appVersion: string
  /** No organisation yet and the user has not declined demo data. */
  offerDemo: boolean
  counts: { organisations: number; rounds: number; people: number; placements: number }
}

export interface BackupSummary {
  file: string
  createdAt: string
  reason: string
  size: number
  schemaVersion: number
  counts: AppInfo['counts']
}
