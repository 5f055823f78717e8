import type { Language } from './enums'

export interface MinistryDetails {
  name: string
  street: string
  postcode: string
  city: string
  signatoryName: string
  signatoryTitle: string
  /** The ministry's name on English letters; the Slovenian name when empty. */
  nameEn: string
  /** Where letters are signed ("Ljubljana, 22. 11. 2026"); the ministry's town when empty. */
  place: string
  /** Reference numbers of letters, e.g. `0100-12/{year}-{seq}`; `{n}` is the same as `{seq}`. */
  referencePattern: string
  /** A small line at the foot of every letter page: phone, e-mail, web. */
  footer: string
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

/** What a restore would drop from the current database, compared with the backup (and what it carries over). */
export interface RestoreDrop {
  /** Letters in the current database that the backup does not hold: their numbers stay used. */
  letters: { count: number; first: string | null; last: string | null }
  /** File names of imports made since the backup. */
  imports: string[]
  /** Placements added, changed or removed since the backup. */
  placementsChanged: number
  /** Whose placements those are (the first few, by name), so the officer knows which will go back. */
  placementPeople: string[]
  /** People erased since the backup: the backup still holds them, and the restore erases them again. */
  erasuresKept: number
  /** Audit entries written since the backup: carried into the restored file. */
  auditCarried: number
}

export interface RestorePreview extends RestoreDrop {
  backup: BackupSummary
}

export interface RestoreResult {
  restoredFrom: string
  safetyBackup: string
  dropped: RestoreDrop
  info: AppInfo
}
