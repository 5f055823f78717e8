import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { addChallenge, addWorkshop, removeChallenge, removeWorkshop, updateChallenge, updateWorkshop } from './parts'
import { createRound, getRoundDetail, listRounds, updateRound } from './rounds'

export const roundsHandlers: Handlers<Contract, ServiceContext>['rounds'] = {
  list: (ctx) => listRounds(ctx),
  get: (ctx, { id }) => getRoundDetail(ctx, id),
  create: (ctx, { round }) => createRound(ctx, round),
  update: (ctx, { id, round }) => updateRound(ctx, id, round),
  addChallenge: (ctx, { roundId, challenge }) => addChallenge(ctx, roundId, challenge),
  updateChallenge: (ctx, { id, challenge }) => updateChallenge(ctx, id, challenge),
  removeChallenge: (ctx, { id }) => removeChallenge(ctx, id),
  addWorkshop: (ctx, { roundId, workshop }) => addWorkshop(ctx, roundId, workshop),
  updateWorkshop: (ctx, { id, workshop }) => updateWorkshop(ctx, id, workshop),
  removeWorkshop: (ctx, { id }) => removeWorkshop(ctx, id),
}
