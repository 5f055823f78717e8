/** One edited field of an audit entry, its values as the user reads them (text, shortened when long). */
export interface AuditChange {
  field: string
  before: string | null
  after: string | null
}

export interface AuditEntry {
  id: number
  /** ISO instant (UTC). */
  at: string
  /** The OS user who made the change. */
  user: string
  entity: string
  entityId: number | null
  /** The record's name as it is now, where it has one (organisations, rounds, contacts); on screen only. */
  name?: string | null
  action: string
  changes: AuditChange[]
  /** 'restore' for an entry written before a restore and carried into the restored file. */
  origin: 'restore' | null
}

export interface AuditPage {
  total: number
  rows: AuditEntry[]
  /** Every value present in the log, for the filter lists. */
  entities: string[]
  actions: string[]
  users: string[]
}

export interface AuditExportResult {
  file: string
  entries: number
}
