import type { Language } from '../domain/enums'
import type { AreaMessages, Catalogue } from './types'
import { auditMessages } from './messages/audit'
import { auditWordsMessages } from './messages/auditWords'
import { cliMessages } from './messages/cli'
import { consentMessages } from './messages/consent'
import { countsMessages } from './messages/counts'
import { databaseMessages } from './messages/database'
import { fieldMessages } from './messages/fields'
import { importMessages } from './messages/import'
import { lettersMessages } from './messages/letters'
import { planningMessages } from './messages/planning'
import { statsMessages } from './messages/stats'
import { filesMessages } from './messages/files'
import { partnersMessages } from './messages/partners'
import { privacyMessages } from './messages/privacy'
import { roundsMessages } from './messages/rounds'
import { settingsMessages } from './messages/settings'
import { shellMessages } from './messages/shell'

/** Add each area's catalogue here (one line per area). */
const AREAS: AreaMessages[] = [
  fieldMessages,
  databaseMessages,
  cliMessages,
  shellMessages,
  partnersMessages,
  roundsMessages,
  settingsMessages,
  importMessages,
  planningMessages,
  lettersMessages,
  statsMessages,
  filesMessages,
  auditMessages,
  auditWordsMessages,
  privacyMessages,
  consentMessages,
  countsMessages,
]

export const catalogues: Record<Language, Catalogue> = {
  sl: Object.assign({}, ...AREAS.map((a) => a.sl)),
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
}
