import type { Contract } from '../shared/api'
import type { Handlers } from '../shared/api/define'
import type { AllHandlers } from './router'
import { auditHandlers } from './services/auditlog/handlers'
import type { ServiceContext } from './services/context'
import { partnersHandlers } from './services/partners/handlers'
import { privacyHandlers } from './services/privacy/handlers'
import { roundsHandlers } from './services/rounds/handlers'
import { settingsHandlers } from './services/settings/handlers'
import { statsHandlers } from './services/stats/handlers'

/** Every area's handlers; native dialogs come from whoever hosts the services (Electron, or the test harness). */
export function allHandlers(dialog: Handlers<Contract, ServiceContext>['dialog']): AllHandlers {
  return { partners: partnersHandlers, rounds: roundsHandlers, settings: settingsHandlers, dialog, audit: auditHandlers, privacy: privacyHandlers, stats: statsHandlers }
}
