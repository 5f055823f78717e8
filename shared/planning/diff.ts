/**
 * What storing a new proposal would change, per nomination, against the unlocked proposals stored now.
 * Locked, confirmed, completed and already started placements are never touched, so they are not listed.
 */
export const DIFF_KINDS = ['moved', 'new', 'dropped', 'kept'] as const
export type DiffKind = (typeof DIFF_KINDS)[number]

export interface DiffSide {
  hostOrganisationId: number
  hostName: string
  offerId: number | null
  from: string
  to: string
}

export interface DiffEntry {
  kind: DiffKind
  nominationId: number
  /** "First Last", or null once the person is anonymised. */
  name: string | null
  personId: number
  homeName: string
  before: DiffSide | null
  after: DiffSide | null
}

export interface ProposalDiff {
  counts: Record<DiffKind, number>
  /** The round's other exchanges, which no proposal touches: locked, confirmed, completed or already started. */
  untouched: number
  entries: DiffEntry[]
  /** The earliest day a new proposal may start: today plus the round's notice. */
  earliestStart: string
  /** Identifies exactly this change; storing with it is refused when the round has changed since the preview. */
  fingerprint: string
}

/** A stored earlier proposal that "bring back the previous proposal" would restore. */
export interface PreviousProposal {
  at: string
  placements: number
}
