import { SECTORS, type Sector } from '../../../shared/domain/enums'
import { DEFAULT_RULES, sideOf, type RoundRules } from '../../../shared/planning/rules'
import type { PlanningInstance, PlanningNomination, PlanningOffer, PlanningOrganisation } from '../../../shared/planning/types'

/**
 * Seeded planning instances shaped like a real round: a March–November round, offers of 1–6 places for two to
 * six weeks, people available for three weeks to three months for mostly five-day exchanges, three
 * preferences leaning to popular hosts of the other sector, and conflicts of interest between ministries and
 * the companies they regulate. Used by the tests and the benchmark.
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let x = a
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

export interface GenerateOptions {
  nominations: number
  offers: number
  seed: number
  organisations?: number
  rules?: Partial<RoundRules>
  /** Share of nominations with no dates at all (available the whole round). */
  openWindows?: number
  conflictsPerOrganisation?: number
  maxPlaces?: number
}

const SECTOR_WEIGHTS: Array<[Sector, number]> = [['ministry', 8], ['public-body', 27], ['company', 45], ['association', 8], ['ngo', 12]]
const ROUND_START = Date.UTC(2026, 2, 1) / 86_400_000
const ROUND_DAYS = 275

export function iso(dayOffset: number): string {
  return new Date((ROUND_START + dayOffset) * 86_400_000).toISOString().slice(0, 10)
}

export function generateInstance(options: GenerateOptions): PlanningInstance {
  const random = rng(options.seed)
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
  const orgCount = options.organisations ?? Math.max(8, Math.round((options.nominations + options.offers) / 8))
  const totalWeight = SECTOR_WEIGHTS.reduce((s, [, w]) => s + w, 0)
  const organisations: PlanningOrganisation[] = []
  for (let i = 0; i < orgCount; i++) {
    let r = random() * totalWeight
    const sector = SECTOR_WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? SECTORS[0]
    organisations.push({ id: 100 + i, name: `Org ${100 + i}`, sector })
  }
  // A host's popularity falls off with its rank, as a few well-known hosts draw most first choices.
  const hosts = organisations.filter((_, i) => i % 5 !== 4)
  const popularity = hosts.map((_, i) => 1 / (1 + i * 0.15))
  const pickHost = (weights: number[]) => {
    let r = random() * weights.reduce((s, w) => s + w, 0)
    for (let i = 0; i < hosts.length; i++) if ((r -= weights[i]!) < 0) return hosts[i]!
    return hosts[hosts.length - 1]!
  }

  const offers: PlanningOffer[] = []
  for (let i = 0; i < options.offers; i++) {
    const host = pickHost(popularity)
    const start = int(0, ROUND_DAYS - 45)
    offers.push({
      id: 1 + i,
      organisationId: host.id,
      places: int(1, options.maxPlaces ?? 6),
      from: iso(start),
      to: iso(start + int(14, 42)),
      department: null,
      mentorContactId: null,
      languages: ['sl'],
    })
  }

  const nominations: PlanningNomination[] = []
  for (let i = 0; i < options.nominations; i++) {
    const home = organisations[int(0, orgCount - 1)]!
    const open = random() < (options.openWindows ?? 0.05)
    const start = int(0, ROUND_DAYS - 25)
    const weights = hosts.map((h, k) => popularity[k]! * (h.id === home.id ? 0 : (sideOf(h.sector) === 'public') !== (sideOf(home.sector) === 'public') ? 1 : 0.15))
    const preferences: number[] = []
    const wanted = random() < 0.1 ? int(0, 2) : 3
    for (let k = 0; k < 20 && preferences.length < wanted; k++) {
      const h = pickHost(weights)
      if (!preferences.includes(h.id)) preferences.push(h.id)
    }
    nominations.push({
      id: 1 + i,
      personId: 1 + i,
      organisationId: home.id,
      availableFrom: open ? null : iso(start),
      availableTo: open ? null : iso(Math.min(ROUND_DAYS - 1, start + int(20, 100))),
      durationDays: random() < 0.7 ? 5 : int(3, 10),
      preferences,
      challengeId: null,
    })
  }

  const conflicts: PlanningInstance['conflicts'] = []
  const seen = new Set<string>()
  const conflictCount = Math.round(orgCount * (options.conflictsPerOrganisation ?? 0.5))
  const ministries = organisations.filter((o) => sideOf(o.sector) === 'public')
  const companies = organisations.filter((o) => sideOf(o.sector) !== 'public')
  for (let k = 0; k < conflictCount && ministries.length > 0 && companies.length > 0; k++) {
    const a = ministries[int(0, ministries.length - 1)]!
    const b = companies[int(0, companies.length - 1)]!
    const key = `${a.id}/${b.id}`
    if (seen.has(key)) continue
    seen.add(key)
    conflicts.push({ organisationA: a.id, organisationB: b.id, reason: 'regulates' })
  }

  return {
    rules: { ...DEFAULT_RULES, ...options.rules },
    period: { from: iso(0), to: iso(ROUND_DAYS - 1) },
    organisations,
    nominations,
    offers,
    conflicts,
    locked: [],
  }
}
