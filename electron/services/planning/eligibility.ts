import type { Rule } from '../../../shared/planning/types'
import type { Compiled, CompiledNomination, OfferGroup } from './compile'
import { workEnd } from './workdays'

/**
 * The rules that decide whether a nomination may go to an offer group, cheapest check first for the solver;
 * `brokenRule` reports the first one broken in the order a person would explain it.
 */
export function isEligible(c: Compiled, n: CompiledNomination, g: OfferGroup): boolean {
  if (!fits(c, n, g)) return false
  if (!c.allowedSides[n.side * 3 + g.side]) return false
  if (n.home === g.host) return false
  return n.blocked === null || !n.blocked.has(g.host)
}

export function brokenRule(c: Compiled, n: CompiledNomination, g: OfferGroup): Rule | null {
  if (n.home === g.host) return 'own-organisation'
  if (n.blocked?.has(g.host)) return 'conflict'
  if (!c.allowedSides[n.side * 3 + g.side]) return 'sector'
  if (!fits(c, n, g)) return 'availability'
  return null
}

/**
 * Whether the nomination's duration in working days fits inside both its window and the offer's period, starting
 * on the first working day both allow (the rule of earliestFit in workdays.ts).
 */
export function fits(c: Compiled, n: CompiledNomination, g: OfferGroup): boolean {
  return workEnd(c.calendar, n.start > g.start ? n.start : g.start, n.duration) <= (n.end < g.end ? n.end : g.end)
}

/** Preference points of a host for a nomination: 3, 2, 1 for the stated choices, 0 for any other host. */
export function pointsFor(n: CompiledNomination, host: number): number {
  const rank = n.preferences.indexOf(host)
  return rank < 0 ? 0 : 3 - rank
}
