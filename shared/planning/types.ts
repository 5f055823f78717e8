import type { Sector } from '../domain/enums'
import type { Direction } from '../domain/sectors'
import type { RoundRules, Side } from './rules'

/**
 * A round as the planning engine sees it. Dates are ISO calendar dates (`2026-03-02`); a missing date means
 * "open on that side" and falls back to the round's period. Durations are calendar days, both ends included.
 * Withdrawn nominations are left out by the caller; confirmed placements the user wants kept are `locked`.
 */
export interface PlanningInstance {
  rules: RoundRules
  period: { from: string | null; to: string | null }
  organisations: PlanningOrganisation[]
  nominations: PlanningNomination[]
  offers: PlanningOffer[]
  conflicts: PlanningConflict[]
  locked: LockedPlacement[]
  /**
   * The earliest day a proposal may start (today plus the round's notice), or null/absent for none. Availability
   * windows are clipped to it; locked placements are kept whatever their dates.
   */
  earliestStart?: string | null
}

export interface PlanningOrganisation {
  id: number
  name: string
  sector: Sector
}

export interface PlanningNomination {
  id: number
  personId: number
  /** The home organisation (the employer). */
  organisationId: number
  availableFrom: string | null
  availableTo: string | null
  durationDays: number | null
  /** Preferred host organisations, best first, at most three. */
  preferences: number[]
  challengeId: number | null
}

export interface PlanningOffer {
  id: number
  organisationId: number
  places: number
  from: string | null
  to: string | null
  department: string | null
  mentorContactId: number | null
  languages: string[]
}

/** Two organisations that must not exchange, in either direction. */
export interface PlanningConflict {
  organisationA: number
  organisationB: number
  reason: string
}

/** A placement the user has fixed; it is kept as it is and uses a place of its offer. */
export interface LockedPlacement {
  nominationId: number
  hostOrganisationId: number
  offerId: number | null
  from: string | null
  to: string | null
}

/** The rules a placement can break; the first five decide eligibility, the rest concern a given placement. */
export const RULES = ['own-organisation', 'conflict', 'sector', 'availability', 'capacity', 'dates', 'offer-host', 'too-early'] as const
export type Rule = (typeof RULES)[number]

export interface RuleViolation {
  rule: Rule
  params: Record<string, string | number>
}

/** Why a preferred host was not the one given. */
export const CHOICE_REASONS = ['full', 'sector', 'own-organisation', 'conflict', 'availability', 'no-offer'] as const
export type ChoiceReason = (typeof CHOICE_REASONS)[number]

export interface ChoiceNote {
  /** 1 for the first choice. */
  choice: number
  hostOrganisationId: number
  hostName: string
  reason: ChoiceReason
  /** For `sector`: the direction of the exchange the round does not allow (the statistics' vocabulary). */
  kind?: Direction
}

export type PreferenceRank = 0 | 1 | 2 | 3

export interface PlacementExplanation {
  /** 1–3: which choice was given; 0: a host the participant did not name. */
  rank: PreferenceRank
  /** For each better choice, why it was not given; for rank 0 every stated choice. */
  choices: ChoiceNote[]
}

export interface ProposedPlacement {
  nominationId: number
  homeOrganisationId: number
  hostOrganisationId: number
  offerId: number | null
  from: string | null
  to: string | null
  preferenceRank: PreferenceRank
  /** Preference points: 3, 2, 1 for the stated choices, 0 otherwise. */
  points: number
  locked: boolean
  explanation: PlacementExplanation
  /** Rules a locked placement breaks (the user accepted them); empty for proposed ones. */
  violations: RuleViolation[]
}

export const UNPLACED_REASONS = ['before-earliest-start', 'window-too-short', 'no-offers', 'no-eligible-host', 'availability', 'all-full'] as const
export type UnplacedCode = (typeof UNPLACED_REASONS)[number]

export interface UnplacedNomination {
  nominationId: number
  code: UnplacedCode
  /** Counts behind the code, e.g. how many offers each rule excluded; dates as ISO days. */
  params: Record<string, number | string>
  choices: ChoiceNote[]
}

export interface OrganisationBalance {
  organisationId: number
  sent: number
  hosted: number
  /** hosted − sent: negative for an organisation that sends more than it hosts. */
  balance: number
}

export interface Proposal {
  placed: number
  score: number
  /** True only when a dual certificate proved that no plan places more people, or as many with a higher score. */
  optimal: boolean
  lockedCount: number
  placements: ProposedPlacement[]
  unplaced: UnplacedNomination[]
  /** Sent and hosted per organisation when the round's rules ask for reciprocity, otherwise null. */
  balance: OrganisationBalance[] | null
  stats: { candidateEdges: number; eligiblePairs: number | null; iterations: number; offerGroups: number }
}

export interface TeamParticipant {
  personId: number
  organisationId: number
  sector: Sector
  /** The challenge the participant asked for, if any. */
  challengeId: number | null
}

export interface Team {
  challengeId: number
  /** 1-based number of the team within its challenge, for a default name. */
  number: number
  members: number[]
  sides: Side[]
}

/**
 * What a team plan can be told about: proposals warn with the first three; `validateTeams` checks plans
 * edited by hand with all of them.
 */
export const TEAM_WARNINGS = [
  'no-members',
  'single-side',
  'fewer-teams',
  'preference-unknown',
  'preference-not-respected',
  'size-imbalance',
  'unknown-person',
  'duplicate-member',
  'missing-person',
] as const
export type TeamWarningCode = (typeof TEAM_WARNINGS)[number]

export interface TeamWarning {
  code: TeamWarningCode
  params: Record<string, number>
}

export interface TeamsProposal {
  teams: Team[]
  warnings: TeamWarning[]
}
