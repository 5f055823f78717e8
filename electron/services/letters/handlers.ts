import { dirname, basename } from 'node:path'
import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { listLetterPlacements } from './data'
import { generateLetters, letterHistory, previewData, printLettersOnPaper, reprintLetter, type PaperPrinter, type PrinterFactory } from './generate'
import { listTemplates, resetTemplate, saveTemplate } from './templates'

/**
 * The letters area; PDFs come from the printer its host gives (Electron's printToPDF in the app, Chromium in tests),
 * and paper from the system print dialog, which only the app has.
 */
export function lettersHandlers(openPrinter: PrinterFactory, paper?: PaperPrinter): Handlers<Contract, ServiceContext>['letters'] {
  return {
    templates: (ctx) => listTemplates(ctx),
    saveTemplate: (ctx, { kind, language, body }) => saveTemplate(ctx, kind, language, body),
    resetTemplate: (ctx, { kind, language }) => resetTemplate(ctx, kind, language),
    placements: (ctx, { roundId }) => listLetterPlacements(ctx, roundId),
    previewData: (ctx, { placementId, kind, lang }) => previewData(ctx, placementId, kind, lang),
    generate: (ctx, { request, output }) =>
      generateLetters(ctx, openPrinter, request, output.mode === 'merged' ? { folder: dirname(output.file), mergedFileName: basename(output.file) } : { folder: output.folder }),
    print: (ctx, { request }) => printLettersOnPaper(ctx, paper, openPrinter, request),
    history: (ctx, filter) => letterHistory(ctx, filter),
    reprint: (ctx, { id, file }) => reprintLetter(ctx, openPrinter, id, file),
  }
}
