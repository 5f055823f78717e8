import { UserError } from '../../../shared/errors'
import { exchangeDirection } from '../../../shared/planning/rules'
import type { PlanningInstance, RuleViolation } from '../../../shared/planning/types'
import { compileInstance, sideIndex, type Compiled, type OfferGroup } from './compile'
import { fromDay, toDay } from './dates'
import { fits } from './eligibility'
import { workingDaysIn } from './workdays'

/** A placement as the user sets it by hand: a host, optionally one of its offers, optionally dates. */
export interface ManualPlacement {
  nominationId: number
  hostOrganisationId: number
  offerId: number | null
  from: string | null
  to: string | null
}

/**
 * The rules a hand-made placement breaks, for the "allowed with a visible warning and a reason" flow. An empty
 * list means the placement is within the rules. `others` are the round's other current placements (proposed,
 * confirmed and locked); they decide whether the offer still has a place.
 */
export type PlacementChecker = (placement: ManualPlacement, others: readonly ManualPlacement[]) => RuleViolation[]

export function createPlacementChecker(instance: PlanningInstance): PlacementChecker {
  // Unclipped windows: a hand-made date before the earliest start is its own rule, checked by the store.
  const c = compileInstance({ ...instance, locked: [], earliestStart: null })
  return (placement, others) => checkCompiled(c, placement, others)
}

export function checkPlacement(instance: PlanningInstance, placement: ManualPlacement, others: readonly ManualPlacement[]): RuleViolation[] {
  return createPlacementChecker(instance)(placement, others)
}

function checkCompiled(c: Compiled, p: ManualPlacement, others: readonly ManualPlacement[]): RuleViolation[] {
  const n = c.nominationById.get(p.nominationId)
  if (!n) throw new UserError('planning.unknownNomination', {})
  const host = c.organisations.get(p.hostOrganisationId)
  if (!host) throw new UserError('planning.unknownOrganisation', { id: p.hostOrganisationId })
  const home = c.organisations.get(n.home)!
  const violations: RuleViolation[] = []
  const add = (rule: RuleViolation['rule'], params: RuleViolation['params'] = {}) => violations.push({ rule, params })

  if (n.home === host.id) add('own-organisation', { organisation: home.name })
  if (n.blocked?.has(host.id)) {
    const conflict = c.instance.conflicts.find(
      (x) => (x.organisationA === n.home && x.organisationB === host.id) || (x.organisationB === n.home && x.organisationA === host.id),
    )
    add('conflict', { home: home.name, host: host.name, reason: conflict?.reason ?? '' })
  }
  if (!c.allowedSides[n.side * 3 + sideIndex(host.sector)]) add('sector', { kind: exchangeDirection(home.sector, host.sector) })

  const group = groupFor(c, p)
  if (p.offerId !== null && group && group.host !== host.id) {
    add('offer-host', { offerHost: c.organisations.get(group.host)?.name ?? '', offerFrom: printable(group.start), offerTo: printable(group.end) })
  }

  if (p.from !== null && p.to !== null) {
    const from = toDay(p.from, 'from')
    const to = toDay(p.to, 'to')
    // Hand-chosen dates are kept as they are; the stay is short when it holds fewer working days than the exchange.
    const days = workingDaysIn(c.calendar, from, to)
    if (from < n.start || to > n.end) add('availability', { from: p.from, to: p.to })
    const outsideOffer = group !== null && (from < group.start || to > group.end)
    if (days < n.duration || outsideOffer) {
      add('dates', { days, duration: n.duration, ...(group ? { periodFrom: printable(group.start), periodTo: printable(group.end) } : {}) })
    }
  } else if (group && !fits(c, n, group)) {
    add('availability', { duration: n.duration })
  }

  if (group) {
    const places = p.offerId !== null ? (c.instance.offers.find((o) => o.id === p.offerId)?.places ?? 0) : group.capacity
    const used = others.filter((o) => o.nominationId !== p.nominationId && sameSlot(c, o, p, group)).length
    if (used >= places) add('capacity', { places, used })
  } else {
    add('capacity', { places: 0, used: 0 })
  }
  return violations
}

/** The offer (group) a placement takes its place from: its own offer, or the host's offer its dates fit best. */
function groupFor(c: Compiled, p: ManualPlacement): OfferGroup | null {
  if (p.offerId !== null) {
    const group = c.groupOfOffer.get(p.offerId)
    if (!group) throw new UserError('planning.unknownOffer', { offer: p.offerId })
    return group
  }
  const groups = c.groupsByHost.get(p.hostOrganisationId) ?? []
  if (p.from === null || p.to === null) return groups[0] ?? null
  const from = toDay(p.from, 'from')
  const to = toDay(p.to, 'to')
  let best: OfferGroup | null = null
  let bestOverlap = 0
  for (const g of groups) {
    const overlap = Math.min(to, g.end) - Math.max(from, g.start) + 1
    if (overlap > bestOverlap) [best, bestOverlap] = [g, overlap]
  }
  return best ?? groups[0] ?? null
}

/** Whether another placement uses a place of the same offer (or, without offers named, the same group). */
function sameSlot(c: Compiled, other: ManualPlacement, p: ManualPlacement, group: OfferGroup): boolean {
  if (p.offerId !== null) return other.offerId === p.offerId
  return other.hostOrganisationId === p.hostOrganisationId && groupFor(c, other) === group
}

function printable(day: number): string {
  return Math.abs(day) >= 1_000_000 ? '' : fromDay(day)
}
