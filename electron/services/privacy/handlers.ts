import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { anonymiseRound } from './anonymise'
import { erasePerson, previewErasure } from './erase'
import { exportPerson } from './exportPerson'
import { findPeople } from './people'
import { dueRounds } from './plan'
import { getRetention, setRetention } from './retention'

export const privacyHandlers: Handlers<Contract, ServiceContext>['privacy'] = {
  retention: (ctx) => getRetention(ctx),
  setRetention: (ctx, { retention }) => setRetention(ctx, retention),
  dueRounds: (ctx) => dueRounds(ctx),
  anonymise: (ctx, { roundId, dueOnly }) => anonymiseRound(ctx, roundId, dueOnly),
  findPeople: (ctx, { query }) => findPeople(ctx, query),
  previewErase: (ctx, { personId }) => previewErasure(ctx, { personId }),
  erase: (ctx, { personId }) => erasePerson(ctx, { personId }),
  exportPerson: (ctx, { personId, file, language }) => exportPerson(ctx, { personId }, file, language),
}
