import type { ExchangeTally } from './counts'
import type { RoundKind, RoundStatus } from './enums'

export interface Round {
  id: number
  name: string
  kind: RoundKind
  startsOn: string | null
  endsOn: string | null
  status: RoundStatus
  notes: string | null
}

export interface RoundRow extends Round {
  nominations: number
  /** "Izmenjave": placements not withdrawn (shared/domain/counts.ts); `exchanges` breaks the number down. */
  placements: number
  exchanges: ExchangeTally
}

export interface Challenge {
  id: number
  roundId: number
  title: string
  description: string | null
}

export interface Workshop {
  id: number
  roundId: number
  title: string
  heldOn: string | null
  capacity: number | null
}

export interface RoundDetail {
  round: Round
  challenges: Challenge[]
  workshops: Workshop[]
}
