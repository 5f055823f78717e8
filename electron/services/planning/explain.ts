import { exchangeDirection } from '../../../shared/planning/rules'
import type { ChoiceNote, ChoiceReason, UnplacedCode, UnplacedNomination } from '../../../shared/planning/types'
import type { Compiled, CompiledNomination } from './compile'
import { fromDay } from './dates'
import { brokenRule, fits } from './eligibility'
import { workEnd, workingDaysIn } from './workdays'

/**
 * Why the plan is what it is, as codes and numbers (translated by the planning catalogue). `used[g]` is how
 * many people the plan puts in group g; with locked placements already taken off the group's places, a
 * group is full when used equals its capacity.
 */
export function choiceNotes(c: Compiled, n: CompiledNomination, choices: number, used: Int32Array): ChoiceNote[] {
  const notes: ChoiceNote[] = []
  n.preferences.slice(0, choices).forEach((host, k) => {
    const reason = whyNot(c, n, host, used)
    if (!reason) return
    const org = c.organisations.get(host)!
    const note: ChoiceNote = { choice: k + 1, hostOrganisationId: host, hostName: org.name, reason }
    if (reason === 'sector') note.kind = exchangeDirection(n.homeSector, org.sector)
    notes.push(note)
  })
  return notes
}

/**
 * The reason a preferred host was not given. The organisation rules come first (they hold for every offer of
 * the host), then dates, then places. An eligible host with a free place cannot be passed over in an optimal
 * plan, so that case gets no note rather than a made-up one.
 */
function whyNot(c: Compiled, n: CompiledNomination, host: number, used: Int32Array): ChoiceReason | null {
  const groups = c.groupsByHost.get(host) ?? []
  if (n.home === host) return 'own-organisation'
  if (n.blocked?.has(host)) return 'conflict'
  if (groups.length === 0) return 'no-offer'
  const rule = brokenRule(c, n, groups[0]!)
  if (rule === 'sector') return 'sector'
  const fitting = groups.filter((g) => fits(c, n, g))
  if (fitting.length === 0) return 'availability'
  return fitting.every((g) => used[g.index]! >= g.capacity) ? 'full' : null
}

/**
 * Why a nomination has no place: its own window is shorter than the exchange, the round has no offers, the
 * rules leave no host, the dates fit no host the rules leave, or every host that fits is full. The counts say
 * how many offers each rule excluded (the first rule broken, in the order own organisation, conflict,
 * sector, availability).
 */
export function explainUnplaced(c: Compiled, n: CompiledNomination, used: Int32Array): UnplacedNomination {
  const choices = choiceNotes(c, n, n.preferences.length, used)
  const result = (code: UnplacedCode, params: UnplacedNomination['params']): UnplacedNomination => ({ nominationId: n.id, code, params, choices })
  if (n.end < c.earliest) return result('before-earliest-start', { until: fromDay(n.end), earliest: fromDay(c.earliest) })
  if (workEnd(c.calendar, n.start, n.duration) > n.end) {
    return result('window-too-short', { duration: n.duration, days: workingDaysIn(c.calendar, n.start, n.end) })
  }
  if (c.groups.length === 0) return result('no-offers', {})
  const counts = { ownOrganisation: 0, conflict: 0, sector: 0, availability: 0, eligible: 0 }
  for (const g of c.groups) {
    const offers = g.offers.length
    switch (brokenRule(c, n, g)) {
      case 'own-organisation':
        counts.ownOrganisation += offers
        break
      case 'conflict':
        counts.conflict += offers
        break
      case 'sector':
        counts.sector += offers
        break
      case 'availability':
        counts.availability += offers
        break
      default:
        counts.eligible += offers
    }
  }
  if (counts.eligible > 0) return result('all-full', counts)
  return result(counts.availability > 0 ? 'availability' : 'no-eligible-host', counts)
}
