import type { Driver, Gender, Sector } from '../domain/enums'
import type { Direction } from './definitions'
import type { StatsPeriod } from './period'

export type Rating = 1 | 2 | 3 | 4 | 5

export interface ParticipantFigures {
  /** Counted placements (one person at one host); a person placed twice counts twice. */
  total: number
  /** Distinct people among them. */
  people: number
  byHomeSector: Record<Sector, number>
  byDirection: Record<Direction, number>
  byGender: Record<Gender | 'unknown', number>
  byDriver: Record<Driver | 'unknown', number>
}

/** One sector's part in the exchanges: organisations by role, and placements sent and hosted. */
export interface SectorBalance {
  sector: Sector
  /** Organisations of the sector that sent at least one participant. */
  sending: number
  hosting: number
  /** Organisations that both sent and hosted (reciprocity). */
  reciprocal: number
  sent: number
  hosted: number
  /** hosted − sent: positive when the sector takes in more people than it sends out. */
  balance: number
}

export interface OrganisationFigures {
  total: number
  bySector: Record<Sector, number>
  newPartners: number
  newPartnersBySector: Record<Sector, number>
  sending: number
  hosting: number
  reciprocal: number
  /** Took part only by offering places: neither sent nor hosted anyone. */
  offersOnly: number
  balance: SectorBalance[]
}

export interface PersonDayFigures {
  /** Working days between start and end, summed over counted placements. */
  planned: number
  /** Days recorded as actually spent, summed over the placements that have them. */
  actual: number
  /** Placements with actual days recorded. */
  actualRecorded: number
  averagePlanned: number | null
  averageActual: number | null
}

export interface TeamFigures {
  challenges: number
  challengesWithTeams: number
  teams: number
  mixedTeams: number
  members: number
}

export interface WorkshopFigures {
  workshops: number
  /** Sum of the places offered, over workshops with a set capacity. */
  capacity: number
  registered: number
  attended: number
  /** Distinct people who attended at least one workshop. */
  attendees: number
}

export interface RatingFigures {
  responses: number
  mean: number | null
  distribution: Record<Rating, number>
  /** Responses per completed placement (0–1); null without completed placements. */
  responseRate: number | null
}

export interface FeedbackFigures {
  completed: number
  participant: RatingFigures
  host: RatingFigures
}

export interface GrowthRow {
  year: number
  ministries: number
  publicBodies: number
  companies: number
  ngos: number
  associations: number
  organisations: number
  participants: number
  /** Participants of the year divided by those of the pilot year; null when the pilot has none. */
  participantsFactor: number | null
  organisationsFactor: number | null
}

export interface Statistics {
  period: StatsPeriod
  participants: ParticipantFigures
  organisations: OrganisationFigures
  personDays: PersonDayFigures
  teams: TeamFigures
  workshops: WorkshopFigures
  feedback: FeedbackFigures
  growth: GrowthRow[]
}
