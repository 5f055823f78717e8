import type { Contract } from '../shared/api'
import type { Handlers } from '../shared/api/define'
import type { AllHandlers } from './router'
import { auditHandlers } from './services/auditlog/handlers'
import type { ServiceContext } from './services/context'
import { importsHandlers } from './services/import/handlers'
import type { PaperPrinter, PrinterFactory } from './services/letters/generate'
import { lettersHandlers } from './services/letters/handlers'
import { openChromiumPrinter } from './services/letters/printer'
import { partnersHandlers } from './services/partners/handlers'
import { planningHandlers } from './services/planning/handlers'
import { privacyHandlers } from './services/privacy/handlers'
import { roundsHandlers } from './services/rounds/handlers'
import { settingsHandlers } from './services/settings/handlers'
import { statsHandlers } from './services/stats/handlers'

/**
 * Every area's handlers; native dialogs come from whoever hosts the services (Electron, or the test harness), and
 * so does the PDF printer for letters (Electron's own renderer in the app, the system Chromium elsewhere).
 */
export function allHandlers(
  dialog: Handlers<Contract, ServiceContext>['dialog'],
  openPrinter: PrinterFactory = () => openChromiumPrinter(),
  paper?: PaperPrinter,
): AllHandlers {
  return {
    partners: partnersHandlers,
    rounds: roundsHandlers,
    settings: settingsHandlers,
    dialog,
    audit: auditHandlers,
    privacy: privacyHandlers,
    imports: importsHandlers,
    planning: planningHandlers,
    letters: lettersHandlers(openPrinter, paper),
    stats: statsHandlers,
  }
}
