import { addDays, drawStart, endAfterWorkingDays } from './calendar'
import type { PlacementKind, RoundPlan } from './history'
import type { DemoOrganisation } from './organisations'
import { type Exchange, hostSideOf, type Side } from './pairing'
import type { Random } from './random'
import type { Nominee } from './participants'
import { type FeedbackTexts, HOST_FEEDBACK, PARTICIPANT_FEEDBACK, ratingBand } from './vocabulary'
import type { DemoWriter } from './writer'

/** An exchange with its dates and where it stands. */
export interface Scheduled extends Exchange {
  status: 'completed' | 'confirmed' | 'proposed'
  startsOn: string
  endsOn: string
  workingDays: number
}

/** What every exchange of one round shares: its id, plan, the offers made and who hosts on each side. */
export interface RoundSetting {
  roundId: number
  plan: RoundPlan
  offers: Map<number, { offerId: number; mentorId: number | null }>
  hostsBySide: Record<Side, DemoOrganisation[]>
  inConflict: (a: number, b: number) => boolean
}

export function schedule(
  random: Random, exchange: Exchange, status: Scheduled['status'], window: readonly [string, string], durations: readonly number[],
): Scheduled {
  const workingDays = random.pick(durations)
  const startsOn = drawStart(random, window, workingDays)
  return { ...exchange, status, startsOn, endsOn: endAfterWorkingDays(startsOn, workingDays), workingDays }
}

/** The three preferences a nomination lists: hosts on the right side, never the home organisation or a conflict. */
export function drawPreferences(
  random: Random, setting: RoundSetting, home: DemoOrganisation, kind: PlacementKind, actualHost?: DemoOrganisation,
): [number | null, number | null, number | null] {
  const candidates = setting.hostsBySide[hostSideOf(kind)].filter(
    (org) => org.id !== home.id && org.id !== actualHost?.id && !setting.inConflict(org.id, home.id),
  )
  const preferences: (number | null)[] = random.sample(candidates, 3).map((org) => org.id)
  while (preferences.length < 3) preferences.push(null)
  if (actualHost) {
    // Most people get their first choice; some their second or third; a few were placed where there was room.
    const slot = random.weighted([[0, 60], [1, 25], [2, 10], [-1, 5]] as const)
    if (slot >= 0) preferences.splice(slot, 0, actualHost.id)
  }
  return [preferences[0] ?? null, preferences[1] ?? null, preferences[2] ?? null]
}

/** An availability window around the planned stay, kept inside the round. */
export function availability(random: Random, plan: RoundPlan, startsOn: string, endsOn: string): [string, string] {
  const from = addDays(startsOn, -random.int(0, 21))
  const to = addDays(endsOn, random.int(0, 28))
  return [from < plan.startsOn ? plan.startsOn : from, to > plan.endsOn ? plan.endsOn : to]
}

const DRIVERS: Record<'withinPublic' | 'other', readonly (readonly ['process' | 'project' | 'practice', number])[]> = {
  withinPublic: [['process', 45], ['project', 25], ['practice', 30]],
  other: [['process', 25], ['project', 40], ['practice', 35]],
}
const RATINGS = [[5, 45], [4, 35], [3, 13], [2, 5], [1, 2]] as const

/** A rating and a comment about the participant (`gender` picks the grammatical form), or none when not returned. */
function feedback(random: Random, texts: FeedbackTexts, gender: 'm' | 'f', missing: number): [number | null, string | null] {
  if (random.chance(missing)) return [null, null]
  const rating = random.weighted(RATINGS)
  return [rating, random.pick(texts[ratingBand(rating)])[gender === 'm' ? 0 : 1]]
}

/** Writes the nomination and the placement of one scheduled exchange. */
export function writeExchange(
  random: Random, writer: DemoWriter, setting: RoundSetting, exchange: Scheduled, nominee: Nominee, challengeId: number | null,
): void {
  const { plan, roundId } = setting
  const [availableFrom, availableTo] = availability(random, plan, exchange.startsOn, exchange.endsOn)
  const [preference1, preference2, preference3] = drawPreferences(random, setting, exchange.home, exchange.kind, exchange.host)
  const nominationId = writer.nomination({
    roundId, personId: nominee.id, availableFrom, availableTo, durationDays: exchange.workingDays,
    preference1, preference2, preference3, challengeId, status: exchange.status, notes: null,
  })
  const completed = exchange.status === 'completed'
  const [participantRating, participantFeedback] = completed ? feedback(random, PARTICIPANT_FEEDBACK, nominee.gender, 0.08) : [null, null]
  const [hostRating, hostFeedback] = completed ? feedback(random, HOST_FEEDBACK, nominee.gender, 0.1) : [null, null]
  const offer = setting.offers.get(exchange.host.id)
  writer.placement({
    roundId,
    nominationId,
    homeOrganisationId: exchange.home.id,
    hostOrganisationId: exchange.host.id,
    homeSector: exchange.home.sector,
    hostSector: exchange.host.sector,
    offerId: offer?.offerId ?? null,
    // Usually the mentor named in the offer; a host with two mentors shares the guests between them.
    mentorContactId: random.chance(0.7) ? (offer?.mentorId ?? null) : random.pick(exchange.host.mentorIds),
    startsOn: exchange.startsOn,
    endsOn: exchange.endsOn,
    // Drivers belong to "Izmenjave za sodelovanje" (2023 on); earlier calls did not record one.
    driver: plan.kind === 'rolling' ? random.weighted(DRIVERS[exchange.kind === 'withinPublic' ? 'withinPublic' : 'other']) : null,
    status: exchange.status,
    locked: exchange.status === 'confirmed' ? 1 : 0,
    daysActual: completed ? Math.max(1, exchange.workingDays - (random.chance(0.1) ? 1 : 0)) : null,
    participantRating, participantFeedback, hostRating, hostFeedback,
  })
}
