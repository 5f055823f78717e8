import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { getBoard } from './store/board'
import { checkManualPlacement, confirmPlacement, placeByHand, recordCompletion, removePlacement, setLocked, withdrawNomination } from './store/changes'
import { getRules, removeOffer, saveOffer, setRules } from './store/offers'
import { planRound, previewPlan } from './store/proposal'
import { previousProposal, restorePreviousProposal } from './store/snapshots'
import { getTeams, proposeAndStoreTeams, saveTeams } from './store/teams'
import { listAttendance, registerForWorkshop, setAttended, unregisterFromWorkshop } from './store/workshops'

export const planningHandlers: Handlers<Contract, ServiceContext>['planning'] = {
  board: (ctx, { roundId }) => getBoard(ctx, roundId),
  previewPlan: (ctx, { roundId }) => {
    const { summary, diff } = previewPlan(ctx, roundId)
    return { summary, diff }
  },
  propose: async (ctx, { roundId, fingerprint }) => {
    const { summary, diff } = await planRound(ctx, roundId, { fingerprint })
    return { ...summary, diff }
  },
  previousProposal: (ctx, { roundId }) => previousProposal(ctx, roundId),
  restoreProposal: (ctx, { roundId }) => restorePreviousProposal(ctx, roundId),
  rules: (ctx, { roundId }) => getRules(ctx, roundId),
  setRules: (ctx, { roundId, rules }) => setRules(ctx, roundId, rules),
  check: (ctx, input) => checkManualPlacement(ctx, input),
  place: (ctx, input) => placeByHand(ctx, input),
  setLocked: (ctx, { placementId, locked }) => setLocked(ctx, placementId, locked),
  confirm: (ctx, { placementId, evenIfStarted }) => confirmPlacement(ctx, placementId, { evenIfStarted }),
  remove: (ctx, { placementId }) => removePlacement(ctx, placementId),
  withdraw: (ctx, { nominationId }) => withdrawNomination(ctx, nominationId),
  complete: (ctx, input) => recordCompletion(ctx, input),
  saveOffer: (ctx, { roundId, id, offer }) => saveOffer(ctx, roundId, id, offer),
  removeOffer: (ctx, { id }) => removeOffer(ctx, id),
  teams: (ctx, { roundId }) => getTeams(ctx, roundId),
  proposeTeams: (ctx, { roundId }) => proposeAndStoreTeams(ctx, roundId),
  saveTeams: (ctx, input) => saveTeams(ctx, input),
  attendance: (ctx, { roundId }) => listAttendance(ctx, roundId),
  register: (ctx, { workshopId, personId }) => registerForWorkshop(ctx, workshopId, personId),
  unregister: (ctx, { workshopId, personId }) => unregisterFromWorkshop(ctx, workshopId, personId),
  setAttended: (ctx, { workshopId, personId, attended }) => setAttended(ctx, workshopId, personId, attended),
}
