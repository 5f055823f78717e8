import type {
  PlanningInstance,
  PlanningOffer,
  PreferenceRank,
  Proposal,
  ProposedPlacement,
  UnplacedNomination,
} from '../../../shared/planning/types'
import { createPlacementChecker } from './check'
import { reciprocityBalance } from './reciprocity'
import { compileInstance, type Compiled, type CompiledNomination, type OfferGroup } from './compile'
import { fromDay } from './dates'
import { choiceNotes, explainUnplaced } from './explain'
import { solveAssignment, type SolveOptions } from './solver'
import { earliestFit, isDated, workEnd } from './workdays'

/**
 * One click of "propose": the optimal plan for the round's open nominations around the locked placements,
 * with dates, offers, explanations and the reasons for everyone left without a place.
 */
export function proposePlan(instance: PlanningInstance, options: SolveOptions = {}): Proposal {
  const c = compileInstance(instance)
  const result = solveAssignment(c, options)
  const used = new Int32Array(c.groups.length)
  for (const g of result.assigned) if (g >= 0) used[g]!++

  const offerOf = distributeToOffers(c, result.assigned)
  const placements: ProposedPlacement[] = []
  const unplaced: UnplacedNomination[] = []
  c.nominations.forEach((n, i) => {
    const gi = result.assigned[i]!
    if (gi < 0) {
      unplaced.push(explainUnplaced(c, n, used))
      return
    }
    const g = c.groups[gi]!
    const start = earliestFit(c.calendar, n.start, n.end, g.start, g.end, n.duration)!
    const end = workEnd(c.calendar, start, n.duration)
    const dated = isDated(start) && isDated(end)
    placements.push({
      ...placementBase(c, n, g.host, used),
      offerId: offerOf.get(n.id) ?? null,
      from: dated ? fromDay(start) : null,
      to: dated ? fromDay(end) : null,
      locked: false,
      violations: [],
    })
  })

  // Locked placements are the user's: kept as they are, with the rules they break shown, never moved.
  // The checker compiles the round once more; only locks need it.
  const check = c.locks.length > 0 ? createPlacementChecker(instance) : null
  const lockedAsPlaced = c.locks.map((l) => ({ ...l.lock }))
  for (const { lock } of c.locks) {
    const n = c.nominationById.get(lock.nominationId)!
    const others = lockedAsPlaced.filter((o) => o.nominationId !== lock.nominationId)
    placements.push({
      ...placementBase(c, n, lock.hostOrganisationId, used),
      offerId: lock.offerId,
      from: lock.from,
      to: lock.to,
      locked: true,
      violations: check!(lock, others),
    })
  }
  placements.sort((a, b) => a.nominationId - b.nominationId)

  return {
    placed: placements.length,
    score: placements.reduce((sum, p) => sum + p.points, 0),
    optimal: result.optimal,
    lockedCount: c.locks.length,
    placements,
    unplaced,
    balance: instance.rules.reciprocity ? reciprocityBalance(placements) : null,
    stats: { candidateEdges: result.candidateEdges, eligiblePairs: result.eligiblePairs, iterations: result.rounds, offerGroups: c.groups.length },
  }
}

function placementBase(c: Compiled, n: CompiledNomination, host: number, used: Int32Array) {
  const index = n.preferences.indexOf(host)
  const rank = (index < 0 ? 0 : index + 1) as PreferenceRank
  return {
    nominationId: n.id,
    homeOrganisationId: n.home,
    hostOrganisationId: host,
    preferenceRank: rank,
    points: rank === 0 ? 0 : 4 - rank,
    explanation: { rank, choices: choiceNotes(c, n, rank === 0 ? n.preferences.length : rank - 1, used) },
  }
}

/**
 * Hands a group's places back to its offers, lowest offer id first, after the places locked placements hold
 * (a lock naming an offer holds a place of that offer; one without an offer, of the group's first free one).
 */
function distributeToOffers(c: Compiled, assigned: Int32Array): Map<number, number> {
  const free = new Map<number, number>()
  for (const offer of c.instance.offers) free.set(offer.id, Math.max(0, offer.places))
  const takeFrom = (group: OfferGroup): PlanningOffer | undefined => {
    const offer = group.offers.find((o) => free.get(o.id)! > 0)
    if (offer) free.set(offer.id, free.get(offer.id)! - 1)
    return offer
  }
  for (const { lock } of c.locks) if (lock.offerId !== null) free.set(lock.offerId, Math.max(0, free.get(lock.offerId)! - 1))
  for (const { lock, group } of c.locks) if (lock.offerId === null && group) takeFrom(group)
  const offerOf = new Map<number, number>()
  c.nominations.forEach((n, i) => {
    const gi = assigned[i]!
    if (gi < 0) return
    const offer = takeFrom(c.groups[gi]!)
    if (offer) offerOf.set(n.id, offer.id)
  })
  return offerOf
}
