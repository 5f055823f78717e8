import type { ExchangeTally } from '../domain/counts'
import type { Driver, PlacementStatus, Sector } from '../domain/enums'
import type { Round } from '../domain/rounds'
import type { RoundRules } from './rules'
import type { PlacementExplanation, PreferenceRank, RuleViolation, TeamWarning, UnplacedNomination } from './types'

/** Where a nomination stands in the round: its own status, as the board filters it. */
export const NOMINATION_STATUSES = ['nominated', 'proposed', 'confirmed', 'withdrawn', 'completed'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]

export interface BoardOrganisation {
  id: number
  name: string
  sector: Sector
}

export interface BoardPlacement {
  id: number
  nominationId: number
  hostOrganisationId: number
  hostName: string
  hostSector: string
  offerId: number | null
  mentorContactId: number | null
  mentorName: string | null
  startsOn: string
  endsOn: string
  driver: Driver | null
  status: PlacementStatus
  locked: boolean
  /** Set when the user kept a placement that breaks a rule; the placement is flagged on the board. */
  overrideReason: string | null
  /** Preference points (3/2/1/0). */
  score: number | null
  preferenceRank: PreferenceRank
  daysActual: number | null
  participantRating: number | null
  participantFeedback: string | null
  hostRating: number | null
  hostFeedback: string | null
  /** Why the proposal chose this host, when the placement is still the one the last proposal made. */
  explanation: PlacementExplanation | null
}

export interface BoardNomination {
  id: number
  personId: number
  /** "First Last", or null once the person is anonymised. */
  name: string | null
  organisationId: number
  organisationName: string
  sector: Sector
  status: NominationStatus
  /** 'erasure' when the nomination was withdrawn because the person was erased; otherwise the officer's words. */
  withdrawnReason: string | null
  availableFrom: string | null
  availableTo: string | null
  durationDays: number | null
  preferences: BoardOrganisation[]
  challengeId: number | null
  placement: BoardPlacement | null
  /** Why the last proposal left the nomination without a place. */
  unplaced: UnplacedNomination | null
}

export interface BoardOffer {
  id: number
  organisationId: number
  organisationName: string
  sector: Sector
  places: number
  /** Places taken by placements that are not withdrawn. */
  used: number
  availableFrom: string | null
  availableTo: string | null
  department: string | null
  mentorContactId: number | null
  mentorName: string | null
  languages: string[]
}

export interface BoardMentor {
  id: number
  organisationId: number
  fullName: string
}

export interface PlanningBoard {
  round: Round
  rules: RoundRules
  offers: BoardOffer[]
  nominations: BoardNomination[]
  /** Organisations that can host (all active ones), for moving a placement by hand. */
  organisations: BoardOrganisation[]
  mentors: BoardMentor[]
  /** When the last proposal was stored, and whether it was proven optimal. */
  /** The round's "izmenjave", counted as on Rounds (shared/domain/counts.ts). */
  exchanges: ExchangeTally
  lastProposal: { at: string; optimal: boolean; placed: number; score: number } | null
  /** Today by the app's clock and the earliest day a new proposal may start (today plus the round's notice). */
  today: string
  earliestStart: string
}

/** What `round plan --json` prints, as the issue specifies. */
export interface PlanSummary {
  placed: number
  unplaced: number
  score: number
  optimal: boolean
  placements: Array<{ nomination: number; host: number; from: string; to: string; preferenceRank: PreferenceRank }>
  unplacedReasons: Array<{ nomination: number; code: string; params: Record<string, number | string> }>
}

/** The rules a hand-made change would break; an empty list means the change is within the rules. */
export interface PlacementCheck {
  violations: RuleViolation[]
}

export interface StoredTeam {
  id: number
  challengeId: number
  name: string
  members: Array<{ personId: number; name: string | null; organisationName: string; sector: Sector }>
}

export interface TeamsBoard {
  teams: StoredTeam[]
  warnings: TeamWarning[]
}

export interface WorkshopAttendee {
  workshopId: number
  personId: number
  name: string | null
  organisationName: string
  attended: boolean
}
