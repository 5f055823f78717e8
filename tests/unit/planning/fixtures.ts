import type { Sector } from '../../../shared/domain/enums'
import { DEFAULT_RULES, type RoundRules } from '../../../shared/planning/rules'
import type { LockedPlacement, PlanningConflict, PlanningInstance, PlanningNomination, PlanningOffer } from '../../../shared/planning/types'

/** Small hand-made rounds for rule-by-rule tests: organisations by name, dates in March 2026. */
export const ORGS: Record<string, { id: number; sector: Sector }> = {
  ministry: { id: 1, sector: 'ministry' },
  ministry2: { id: 2, sector: 'ministry' },
  company: { id: 3, sector: 'company' },
  company2: { id: 4, sector: 'company' },
  ngo: { id: 5, sector: 'ngo' },
  chamber: { id: 6, sector: 'association' },
  agency: { id: 7, sector: 'public-body' },
}
export type OrgName = keyof typeof ORGS

export function org(name: OrgName): number {
  return ORGS[name]!.id
}

export function march(day: number): string {
  return `2026-03-${String(day).padStart(2, '0')}`
}

export function nomination(id: number, home: OrgName, preferences: OrgName[], extra: Partial<PlanningNomination> = {}): PlanningNomination {
  return {
    id,
    personId: 1000 + id,
    organisationId: org(home),
    availableFrom: march(1),
    availableTo: march(31),
    durationDays: 5,
    preferences: preferences.map(org),
    challengeId: null,
    ...extra,
  }
}

export function offer(id: number, host: OrgName, places: number, extra: Partial<PlanningOffer> = {}): PlanningOffer {
  return { id, organisationId: org(host), places, from: march(1), to: march(31), department: null, mentorContactId: null, languages: [], ...extra }
}

export function conflict(a: OrgName, b: OrgName, reason = 'regulates'): PlanningConflict {
  return { organisationA: org(a), organisationB: org(b), reason }
}

export function round(parts: {
  nominations: PlanningNomination[]
  offers: PlanningOffer[]
  conflicts?: PlanningConflict[]
  locked?: LockedPlacement[]
  rules?: Partial<RoundRules>
}): PlanningInstance {
  return {
    rules: { ...DEFAULT_RULES, ...parts.rules },
    period: { from: march(1), to: march(31) },
    organisations: Object.entries(ORGS).map(([name, o]) => ({ id: o.id, name, sector: o.sector })),
    nominations: parts.nominations,
    offers: parts.offers,
    conflicts: parts.conflicts ?? [],
    locked: parts.locked ?? [],
  }
}
