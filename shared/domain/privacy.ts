/**
 * How long personal data of nominated employees is kept, in months after the end of a closed round, per purpose:
 * people who took part (their data serves letters, follow-up and the programme's records) and people who were
 * nominated but not placed (their data served only the selection).
 */
export interface RetentionSettings {
  participants: number
  nominees: number
}

/** What anonymising one round's people would do (or did). */
export interface AnonymisationPlan {
  roundId: number
  roundName: string
  roundEndsOn: string | null
  /** People whose personal data would be removed. */
  people: number
  /** Of those, placed in this round / nominated but not placed. */
  participants: number
  nominees: number
  /** People of this round kept because another of their rounds is not closed yet. */
  keptActive: number
  /** People of this round kept because another of their rounds is still within its retention period. */
  keptRetention: number
  /** People of this round whose data was removed earlier. */
  alreadyAnonymised: number
  /** Only people whose retention period has passed everywhere (the proposal), or everyone not still needed. */
  dueOnly: boolean
}

export interface AnonymisationResult extends AnonymisationPlan {
  backup: string | null
}

/** One person found by e-mail or name, for the access-request and erasure screen. */
export interface PersonMatch {
  id: number
  firstName: string | null
  lastName: string | null
  email: string | null
  organisation: string
  rounds: string[]
}

/** What erasing one person (every record with their e-mail) removes, shown before anything changes. */
export interface ErasurePlan {
  personIds: number[]
  names: string[]
  emails: string[]
  organisations: string[]
  nominations: number
  /** Kept without the person (statistics); their feedback and notes are removed. */
  placements: number
  teamMemberships: number
  workshopAttendance: number
  /** Stored letters whose text is removed (the reference number stays). */
  letters: number
  /** The same e-mail as a partner's contact person: the contact is anonymised too. */
  contacts: string[]
  /** Audit entries from which their personal data is removed. */
  auditEntries: number
  /** Person records deleted outright because nothing counted in the statistics refers to them. */
  deletedPeople: number
  /** Open nominations (nominated or proposed, in rounds not closed) withdrawn at the erasure. */
  withdrawnNominations: number
  /** Proposed placements withdrawn at the erasure; confirmed and completed ones stay. */
  withdrawnPlacements: number
}

export interface ErasureResult extends ErasurePlan {
  backup: string
}

export interface PersonExportResult {
  file: string
  people: number
}
