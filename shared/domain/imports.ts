import type { ConsentMethod } from './consent'

/** What an import batch holds: nominations of a round, a partner list, or offers of places. */
export type BatchKind = 'nominations' | 'partners' | 'offers'

export interface ImportCountsSummary {
  rows: number
  imported: number
  inserted: number
  updated: number
  invalid: number
  duplicates: number
}

export interface ImportBatchEntry extends ImportCountsSummary {
  id: number
  kind: BatchKind
  roundId: number | null
  roundName: string | null
  fileName: string
  sheet: string | null
  importedAt: string
  undoneAt: string | null
  /** Catalogue key suffix of the reason undo is refused (error.import.undoRefused.<reason>), null when it can be undone. */
  undoBlocked: string | null
  /** How many later records depend on it (for the refusal message). */
  undoBlockedCount: number
}

export interface ImportOutcome {
  /** Rows written: new records and accepted updates. */
  imported: number
  inserted: number
  updated: number
  batch: number | null
  backup: string | null
  /** Invalid rows and no --skip-invalid: nothing was written. */
  blocked: boolean
}

export interface UndoResult {
  batch: number
  removed: { nominations: number; offers: number; people: number; organisations: number; contacts: number }
  restored: number
}

export interface NominationEntry {
  id: number
  personId: number
  firstName: string | null
  lastName: string | null
  email: string | null
  organisationId: number
  organisation: string
  availableFrom: string | null
  availableTo: string | null
  durationDays: number | null
  status: string
  /** 'erasure' when the nomination was withdrawn because the person was erased. */
  withdrawnReason: string | null
  /** Given and not withdrawn: letters may go out. */
  consent: boolean
  consentOn: string | null
  consentMethod: ConsentMethod | null
  consentWithdrawnOn: string | null
  importBatchId: number | null
}
