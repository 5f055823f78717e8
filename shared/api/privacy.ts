import { z } from 'zod'
import { LANGUAGES } from '../domain/enums'
import type {
  AnonymisationPlan,
  AnonymisationResult,
  ErasurePlan,
  ErasureResult,
  PersonExportResult,
  PersonMatch,
  RetentionSettings,
} from '../domain/privacy'
import { call } from './define'
import { empty, id } from './fields'

const months = z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'months' }).max(240, { error: 'months' })
export const retentionFields = z.object({ participants: months, nominees: months })

const byPerson = z.object({ personId: id })

export const privacyApi = {
  retention: call<RetentionSettings>()('privacy:retention', empty, { reads: ['settings'] }),
  setRetention: call<RetentionSettings>()('privacy:setRetention', z.object({ retention: retentionFields }), { changes: ['settings'] }),
  /** Closed rounds whose people have passed their retention period. */
  dueRounds: call<AnonymisationPlan[]>()('privacy:dueRounds', empty, { reads: ['settings', 'rounds', 'nominations', 'placements'] }),
  anonymise: call<AnonymisationResult>()('privacy:anonymise', z.object({ roundId: id, dueOnly: z.boolean().default(true) }), { changes: ['partners', 'nominations', 'placements', 'teams', 'letters', 'imports'] }),
  findPeople: call<PersonMatch[]>()('privacy:findPeople', z.object({ query: z.string().max(200) }), { reads: ['partners', 'nominations'] }),
  previewErase: call<ErasurePlan>()('privacy:previewErase', byPerson, { reads: ['partners', 'nominations', 'placements', 'teams', 'letters', 'imports'] }),
  erase: call<ErasureResult>()('privacy:erase', byPerson, { changes: ['partners', 'nominations', 'placements', 'teams', 'letters', 'imports'] }),
  exportPerson: call<PersonExportResult>()(
    'privacy:exportPerson',
    z.object({ personId: id, file: z.string().min(1).max(4000), language: z.enum(LANGUAGES) }),
    { changes: ['audit'] },
  ),
}
