import { serializeRoundRules } from '../../../shared/planning/rules'
import { availability, drawPreferences, type RoundSetting, type Scheduled, schedule, writeExchange } from './exchanges'
import { drawStart, endAfterWorkingDays } from './calendar'
import type { RoundPlan } from './history'
import { type DemoOrganisation, isPublicSector } from './organisations'
import { allowedKinds, chooseParticipants, type Exchange, pairExchanges, type Side, sideOf } from './pairing'
import type { Participants } from './participants'
import type { Random } from './random'
import { planTeams, writeAttendance, writeTeams } from './teams'
import { COMPANY_DEPARTMENTS, NGO_DEPARTMENTS, PUBLIC_DEPARTMENTS, WITHDRAWAL_NOTES } from './vocabulary'
import type { DemoWriter } from './writer'

export interface RoundDeps {
  random: Random
  writer: DemoWriter
  participants: Participants
  organisations: DemoOrganisation[]
  inConflict: (a: number, b: number) => boolean
}

/** Stays still being arranged in the open round: short ones, since they must fit before the year ends. */
const PENDING_DURATIONS = [2, 3, 5] as const

function department(random: Random, org: DemoOrganisation): string {
  if (isPublicSector(org.sector)) return random.pick(PUBLIC_DEPARTMENTS)
  return random.pick(org.sector === 'ngo' ? NGO_DEPARTMENTS : COMPANY_DEPARTMENTS)
}

/**
 * One offer per host, sized to the guests it took (sometimes a place more), and one from every other partner
 * taking part: in the 2015 pilot thirty companies signed up, yet only 27 people went, so a few offered places
 * that nobody took. In the open round every offer keeps room for the nominations still waiting.
 */
function writeOffers(deps: RoundDeps, roundId: number, plan: RoundPlan, taking: DemoOrganisation[], exchanges: Scheduled[]) {
  const { random, writer } = deps
  const hosted = new Map<number, number>()
  for (const exchange of exchanges) hosted.set(exchange.host.id, (hosted.get(exchange.host.id) ?? 0) + 1)
  const involved = new Set(exchanges.flatMap((exchange) => [exchange.home.id, exchange.host.id]))
  const windows = [...plan.windows, ...(plan.pending ? [plan.pending.window] : [])]
  const offers = new Map<number, { offerId: number; mentorId: number | null }>()
  for (const org of taking) {
    const guests = hosted.get(org.id) ?? 0
    if (guests === 0 && involved.has(org.id) && !plan.pending) continue
    const spare = plan.pending ? random.int(1, 2) : random.chance(0.3) ? 1 : 0
    const mentorId = org.mentorIds[0] ?? null
    const offerId = writer.offer({
      roundId, organisationId: org.id, places: Math.max(1, guests + spare),
      availableFrom: windows[0]![0], availableTo: windows[windows.length - 1]![1],
      department: department(random, org), mentorContactId: mentorId, languages: org.spec.international ? 'sl,en' : 'sl',
    })
    offers.set(org.id, { offerId, mentorId })
  }
  return offers
}

function hostsBySide(organisations: DemoOrganisation[], offers: Map<number, unknown>): Record<Side, DemoOrganisation[]> {
  const hosts = organisations.filter((org) => offers.has(org.id))
  return {
    public: hosts.filter((org) => sideOf(org) === 'public'),
    private: hosts.filter((org) => sideOf(org) === 'private'),
    ngo: hosts.filter((org) => sideOf(org) === 'ngo'),
  }
}

/** A nomination without a placement: withdrawn in a past round, or still waiting in the open one. */
function writeUnplaced(deps: RoundDeps, setting: RoundSetting, exchange: Exchange, status: 'withdrawn' | 'nominated', taken: Set<number>) {
  const { random, writer } = deps
  const { plan } = setting
  const waiting = status === 'nominated' && plan.pending !== undefined
  const workingDays = random.pick(waiting ? PENDING_DURATIONS : plan.durations)
  let available: readonly [string, string]
  if (waiting) {
    // Still to be placed: free for the whole rest of the year, which is what gives planning room to work.
    available = plan.pending!.window
  } else {
    const startsOn = drawStart(random, random.pick(plan.windows), workingDays)
    available = availability(random, plan, startsOn, endAfterWorkingDays(startsOn, workingDays))
  }
  const [preference1, preference2, preference3] = drawPreferences(random, setting, exchange.home, exchange.kind)
  writer.nomination({
    roundId: setting.roundId, personId: deps.participants.nominate(exchange.home, taken).id,
    availableFrom: available[0], availableTo: available[1], durationDays: workingDays,
    preference1, preference2, preference3, challengeId: null, status,
    notes: status === 'withdrawn' ? random.pick(WITHDRAWAL_NOTES) : null,
  })
}

export function writeRound(deps: RoundDeps, plan: RoundPlan): void {
  const { random, writer } = deps
  const roundId = writer.round({
    name: plan.name, kind: plan.kind, startsOn: plan.startsOn, endsOn: plan.endsOn, status: plan.status, notes: plan.notes,
    rules: serializeRoundRules({ sectorKinds: allowedKinds(plan) }),
  })
  const challengeIds = plan.challenges.map((c) => writer.challenge({ roundId, title: c.title, description: c.description }))
  const workshopIds = plan.workshops.map((w) => writer.workshop({ roundId, ...w }))

  const taking = chooseParticipants(random, deps.organisations, plan)
  const exchanges = pairExchanges(random, taking, plan, plan.completed, deps.inConflict).map((exchange) =>
    schedule(random, exchange, 'completed', random.pick(plan.windows), plan.durations),
  )
  const pending = plan.pending
  if (pending) {
    const arranged = pairExchanges(random, taking, plan, pending.confirmed + pending.proposed, deps.inConflict)
    arranged.forEach((exchange, i) =>
      exchanges.push(schedule(random, exchange, i < pending.confirmed ? 'confirmed' : 'proposed', pending.window, PENDING_DURATIONS)),
    )
  }

  const offers = writeOffers(deps, roundId, plan, taking, exchanges)
  const setting: RoundSetting = { roundId, plan, offers, hostsBySide: hostsBySide(deps.organisations, offers), inConflict: deps.inConflict }
  const teams = planTeams(random, plan, exchanges)
  const challengeOf = new Map(teams.flatMap((team) => team.members.map((member) => [member, challengeIds[team.challengeIndex]!] as const)))

  const taken = new Set<number>()
  const personIds = exchanges.map((exchange, index) => {
    const nominee = deps.participants.nominate(exchange.home, taken)
    writeExchange(random, writer, setting, exchange, nominee, challengeOf.get(index) ?? null)
    return nominee.id
  })
  writeTeams(writer, roundId, challengeIds, teams, personIds)

  // Withdrawals come from organisations that sent someone anyway, so they do not change who took part.
  const senders = exchanges.filter((exchange) => exchange.status === 'completed')
  for (let i = 0; i < plan.withdrawn; i++) writeUnplaced(deps, setting, random.pick(senders), 'withdrawn', taken)
  if (pending) {
    const waiting = pairExchanges(random, taking, plan, pending.unplaced, deps.inConflict)
    for (const exchange of waiting) writeUnplaced(deps, setting, exchange, 'nominated', taken)
  }
  writeAttendance(random, writer, plan, workshopIds, personIds)
}
