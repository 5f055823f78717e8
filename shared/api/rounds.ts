import { z } from 'zod'
import { ROUND_KINDS, ROUND_STATUSES } from '../domain/enums'
import type { Challenge, Round, RoundDetail, RoundRow, Workshop } from '../domain/rounds'
import { call } from './define'
import { byId, empty, id, optionalDate, optionalText, requiredText } from './fields'

export const roundFields = z
  .object({
    name: requiredText(120),
    kind: z.enum(ROUND_KINDS).default('call'),
    startsOn: optionalDate,
    endsOn: optionalDate,
    status: z.enum(ROUND_STATUSES).default('draft'),
    notes: optionalText(5000),
  })
  .superRefine((r, ctx) => {
    if (r.startsOn && r.endsOn && r.endsOn < r.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endBeforeStart' })
  })
export type RoundInput = z.input<typeof roundFields>

export const challengeFields = z.object({ title: requiredText(200), description: optionalText(2000) })
export const workshopFields = z.object({
  title: requiredText(200),
  heldOn: optionalDate,
  capacity: z
    .number({ error: 'number' })
    .int({ error: 'number' })
    .min(1, { error: 'positive' })
    .max(10_000, { error: 'number' })
    .nullish()
    .transform((v) => v ?? null),
})

export const roundsApi = {
  list: call<RoundRow[]>()('rounds:list', empty, { reads: ['rounds', 'nominations', 'placements'] }),
  get: call<RoundDetail>()('rounds:get', byId, { reads: ['rounds', 'nominations', 'placements', 'teams'] }),
  create: call<Round>()('rounds:create', z.object({ round: roundFields }), { changes: ['rounds'] }),
  update: call<Round>()('rounds:update', z.object({ id, round: roundFields }), { changes: ['rounds'] }),
  addChallenge: call<Challenge>()('rounds:addChallenge', z.object({ roundId: id, challenge: challengeFields }), { changes: ['rounds'] }),
  updateChallenge: call<Challenge>()('rounds:updateChallenge', z.object({ id, challenge: challengeFields }), { changes: ['rounds'] }),
  removeChallenge: call<{ removed: true }>()('rounds:removeChallenge', byId, { changes: ['rounds'] }),
  addWorkshop: call<Workshop>()('rounds:addWorkshop', z.object({ roundId: id, workshop: workshopFields }), { changes: ['rounds'] }),
  updateWorkshop: call<Workshop>()('rounds:updateWorkshop', z.object({ id, workshop: workshopFields }), { changes: ['rounds'] }),
  removeWorkshop: call<{ removed: true }>()('rounds:removeWorkshop', byId, { changes: ['rounds'] }),
}
