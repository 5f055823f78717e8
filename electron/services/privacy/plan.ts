import type { AnonymisationPlan } from '../../../shared/domain/privacy'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { getRound } from '../rounds/rounds'
import { retentionCutoffs } from './retention'

interface NominationState {
  personId: number
  roundId: number
  roundStatus: string
  /** The round's end (or start when it has no end). */
  endedOn: string | null
  placed: number
}

/** Per person still holding personal data: whether any round still needs them, and whether every round's period has passed. */
interface PersonState {
  active: boolean
  due: boolean
  rounds: Map<number, { placed: boolean }>
}

/**
 * A person's data is needed as long as any of their rounds needs it: a round that is not closed needs it for
 * planning and letters; a closed round needs it until its retention period (participants or nominees) has passed.
 */
function personStates(ctx: ServiceContext): Map<number, PersonState> {
  const cutoff = retentionCutoffs(ctx)
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT n.person_id AS personId, n.round_id AS roundId, r.status AS roundStatus,
              coalesce(r.ends_on, r.starts_on) AS endedOn,
              EXISTS (SELECT 1 FROM placements p WHERE p.nomination_id = n.id AND p.status <> 'withdrawn') AS placed
         FROM nominations n JOIN rounds r ON r.id = n.round_id JOIN people pe ON pe.id = n.person_id
        WHERE pe.anonymised_at IS NULL`,
    )
    .all() as NominationState[]
  const states = new Map<number, PersonState>()
  for (const row of rows) {
    const state = states.get(row.personId) ?? { active: false, due: true, rounds: new Map() }
    const closed = row.roundStatus === 'closed'
    const limit = row.placed ? cutoff.participants : cutoff.nominees
    state.active ||= !closed
    state.due &&= closed && row.endedOn !== null && row.endedOn < limit
    const known = state.rounds.get(row.roundId)
    state.rounds.set(row.roundId, { placed: Boolean(row.placed) || (known?.placed ?? false) })
    states.set(row.personId, state)
  }
  return states
}

export interface PlannedAnonymisation extends AnonymisationPlan {
  personIds: number[]
}

function planFor(ctx: ServiceContext, roundId: number, dueOnly: boolean, states: Map<number, PersonState>): PlannedAnonymisation {
  const round = getRound(ctx, roundId)
  const { n: alreadyAnonymised } = ctx.conn.sqlite
    .prepare(
      `SELECT count(DISTINCT n.person_id) AS n FROM nominations n JOIN people pe ON pe.id = n.person_id
        WHERE n.round_id = ? AND pe.anonymised_at IS NOT NULL`,
    )
    .get(roundId) as { n: number }
  const plan: PlannedAnonymisation = {
    roundId,
    roundName: round.name,
    roundEndsOn: round.endsOn ?? round.startsOn,
    people: 0,
    participants: 0,
    nominees: 0,
    keptActive: 0,
    keptRetention: 0,
    alreadyAnonymised,
    dueOnly,
    personIds: [],
  }
  for (const [personId, state] of states) {
    const inRound = state.rounds.get(roundId)
    if (!inRound) continue
    if (state.active) plan.keptActive++
    else if (dueOnly && !state.due) plan.keptRetention++
    else {
      plan.personIds.push(personId)
      if (inRound.placed) plan.participants++
      else plan.nominees++
    }
  }
  plan.people = plan.personIds.length
  return plan
}

/** What anonymising a closed round would do; a round that is not closed is refused, since its people are still needed. */
export function planAnonymisation(ctx: ServiceContext, roundId: number, dueOnly: boolean): PlannedAnonymisation {
  const round = getRound(ctx, roundId)
  if (round.status !== 'closed') throw new UserError('privacy.roundNotClosed', { round: round.name })
  return planFor(ctx, roundId, dueOnly, personStates(ctx))
}

/** The proposals: closed rounds with people whose retention period has passed, oldest round first. */
export function dueRounds(ctx: ServiceContext): AnonymisationPlan[] {
  const states = personStates(ctx)
  const closed = ctx.conn.sqlite
    .prepare("SELECT id FROM rounds WHERE status = 'closed' ORDER BY coalesce(ends_on, starts_on), id")
    .all() as Array<{ id: number }>
  return closed
    .map(({ id }) => planFor(ctx, id, true, states))
    .filter((plan) => plan.people > 0)
    .map(({ personIds: _ids, ...plan }) => plan)
}
