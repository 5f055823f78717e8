import { directionOfGroups, groupOf, type SectorGroup } from '../../../shared/domain/sectors'
import type { ExchangeKind } from '../../../shared/planning/rules'
import type { PlacementKind, RoundPlan } from './history'
import { type DemoOrganisation, isAvailable } from './organisations'
import type { Random } from './random'

/**
 * Who takes part in a round, and who goes where. Participation follows the published counts: every partner
 * takes part in the year it joined, and up to 2018 every partner took part each year (the 2015 and 2018 figures
 * are those of all partners at the time); later a share returns each year.
 */
export type Side = SectorGroup

/** The shared sector groups (shared/domain/sectors.ts), so the demo's exchanges fall in the rules' kinds. */
export function sideOf(org: DemoOrganisation): Side {
  return groupOf(org.sector)
}

/** The round's sector rule that allows exactly the kinds of exchange its plan makes. */
export function allowedKinds(plan: RoundPlan): ExchangeKind[] {
  const of = (home: Side, host: Side): ExchangeKind => {
    const direction = directionOfGroups(home, host)
    if (direction === 'withinPublic') return 'within-public'
    if (direction === 'withNgos') return 'with-ngos'
    return direction === 'withinPrivate' ? 'within-private' : 'public-private'
  }
  return [...new Set(plan.kinds.map(([kind]) => of(HOME_SIDE[kind], HOST_SIDE[kind])))]
}

export interface Exchange {
  kind: PlacementKind
  home: DemoOrganisation
  host: DemoOrganisation
}

export function chooseParticipants(random: Random, organisations: DemoOrganisation[], plan: RoundPlan): DemoOrganisation[] {
  return organisations.filter((org) => {
    if (!isAvailable(org, plan.year)) return false
    if (org.sector === 'ministry' || org.spec.since === plan.year || plan.year <= 2018) return true
    return random.chance(plan.returningShare)
  })
}

/**
 * Hands out organisations in turn from a shuffled queue, so that every one of them gets an exchange before any
 * gets a second; the one taken goes to the back. `refuse` skips a candidate (itself, a conflict) without losing
 * its place in the queue.
 */
export class Rota {
  private readonly queue: DemoOrganisation[]

  constructor(random: Random, organisations: DemoOrganisation[]) {
    this.queue = random.shuffle(organisations)
  }

  get size(): number {
    return this.queue.length
  }

  next(refuse: (org: DemoOrganisation) => boolean = () => false): DemoOrganisation | undefined {
    const index = this.queue.findIndex((org) => !refuse(org))
    if (index < 0) return undefined
    const [org] = this.queue.splice(index, 1)
    this.queue.push(org!)
    return org
  }
}

/** Exactly `count` kinds in the plan's proportions (largest remainder), in random order. */
function drawKinds(random: Random, plan: RoundPlan, count: number, available: (kind: PlacementKind) => boolean): PlacementKind[] {
  const usable = plan.kinds.filter(([kind]) => available(kind))
  const total = usable.reduce((sum, [, weight]) => sum + weight, 0)
  const shares = usable.map(([kind, weight]) => ({ kind, exact: (count * weight) / total }))
  const kinds = shares.flatMap(({ kind, exact }) => Array<PlacementKind>(Math.floor(exact)).fill(kind))
  const byRemainder = [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))
  for (let i = 0; kinds.length < count; i++) kinds.push(byRemainder[i % byRemainder.length]!.kind)
  return random.shuffle(kinds)
}

const HOME_SIDE: Record<PlacementKind, Side> = {
  publicToPrivate: 'public', privateToPublic: 'private', withinPublic: 'public', ngoToPublic: 'ngo', publicToNgo: 'public',
}
const HOST_SIDE: Record<PlacementKind, Side> = {
  publicToPrivate: 'private', privateToPublic: 'public', withinPublic: 'public', ngoToPublic: 'public', publicToNgo: 'ngo',
}

export function hostSideOf(kind: PlacementKind): Side {
  return HOST_SIDE[kind]
}

/**
 * `count` exchanges among the participants. The side with more organisations picks first, so that it is the
 * one whose coverage the rota guarantees; the other side avoids the same organisation and conflict pairs.
 */
export function pairExchanges(
  random: Random, participants: DemoOrganisation[], plan: RoundPlan, count: number, inConflict: (a: number, b: number) => boolean,
): Exchange[] {
  const rotas: Record<Side, Rota> = {
    public: new Rota(random, participants.filter((org) => sideOf(org) === 'public')),
    private: new Rota(random, participants.filter((org) => sideOf(org) === 'private')),
    ngo: new Rota(random, participants.filter((org) => sideOf(org) === 'ngo')),
  }
  const kinds = drawKinds(random, plan, count, (kind) => rotas[HOME_SIDE[kind]].size > 0 && rotas[HOST_SIDE[kind]].size > 0)
  return kinds.map((kind) => {
    const homeRota = rotas[HOME_SIDE[kind]]
    const hostRota = rotas[HOST_SIDE[kind]]
    const homeFirst = homeRota === hostRota || homeRota.size >= hostRota.size
    const first = (homeFirst ? homeRota : hostRota).next()!
    const second = (homeFirst ? hostRota : homeRota).next((org) => org.id === first.id || inConflict(org.id, first.id))
    if (second === undefined) throw new Error(`No partner left to pair with ${first.spec.name} in ${plan.year}`)
    return homeFirst ? { kind, home: first, host: second } : { kind, home: second, host: first }
  })
}
