import { auditApi } from './audit'
import type { ClientApi } from './define'
import { importsApi } from './imports'
import { lettersApi } from './letters'
import { partnersApi } from './partners'
import { planningApi } from './planning'
import { privacyApi } from './privacy'
import { roundsApi } from './rounds'
import { dialogApi, settingsApi } from './settings'
import { statsApi } from './stats'

/** The whole IPC contract: main registers exactly these, preload exposes exactly these. */
export const contract = {
  partners: partnersApi,
  rounds: roundsApi,
  settings: settingsApi,
  dialog: dialogApi,
  audit: auditApi,
  privacy: privacyApi,
  imports: importsApi,
  planning: planningApi,
  letters: lettersApi,
  stats: statsApi,
}

export type Contract = typeof contract
export type Api = ClientApi<Contract>
