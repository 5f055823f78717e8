import { closeSync, createWriteStream, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, resolve } from 'node:path'
import type { Connection } from '../../../../db/connection'
import type { Language } from '../../../../shared/domain/enums'
import { UserError } from '../../../../shared/errors'
import type { StatsPeriodInput } from '../../../../shared/stats/period'
import { periodMessage } from '../../../../shared/stats/periodLabel'
import type { Statistics } from '../../../../shared/stats/types'
import { syncFolder } from '../../files'
import { assertNotProtected, type ProtectedFiles } from '../../outputGuard'
import { resolvePeriod } from '../period'
import { getStatistics } from '../statistics'
import { coverSheet } from './cover'
import { writeDetailSheet } from './detail'
import { type SheetContext, writeSheet } from './layout'
import { feedbackSheet, growthSheet, organisationsSheet, participantsSheet, personDaysSheet, summarySheet, teamsSheet } from './sheets'
import { statsTranslator } from './text'

export interface ExportOptions {
  /** Where the workbook goes (.xlsx); its folder must exist. An existing file is replaced only once the new one is complete. */
  file: string
  lang: Language
  /** Add the sheet with one row per placement. */
  detail?: boolean
  /** Add names, contacts, gender and feedback text to the detail sheet (implies `detail`). */
  includePersonalData?: boolean
  /** The "generated on" moment; the service context's clock. */
  now?: Date
  /** The backups the workbook must not replace (the database itself always is protected). */
  backupFolder?: string | null
}

export interface ExportResult {
  file: string
  sheets: string[]
  /** Rows of the detail sheet, null without one. */
  detailRows: number | null
  statistics: Statistics
}

type WorkbookWriterClass = typeof import('exceljs').stream.xlsx.WorkbookWriter

/**
 * exceljs is large: it is loaded when the user exports, not when the app starts, and only its streaming writer.
 * The package's entry also loads the in-memory workbook, the readers and CSV, which cost about 250 of its
 * ~400 ms of processor time to load (measured) and are never used here.
 */
function loadWorkbookWriter(): WorkbookWriterClass {
  return createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer') as WorkbookWriterClass
}

function checkTarget(file: string, protect: ProtectedFiles): void {
  const folder = dirname(file)
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UserError('stats.folderMissing', { path: folder })
  assertNotProtected(file, protect)
}

/** The finished workbook flushed to disk before it replaces the target, so a power cut leaves one or the other. */
function flush(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * The statistics workbook for the annual report: cover with definitions, a summary, one sheet per topic with
 * real Excel tables, growth since the pilot and, if asked, the detail sheet. Everything is streamed into a
 * temporary file next to the target, which replaces the target only when complete: a failed export never
 * leaves a half-written workbook or destroys the previous one.
 */
export async function exportStatisticsWorkbook(conn: Pick<Connection, 'sqlite' | 'file'>, input: StatsPeriodInput, options: ExportOptions): Promise<ExportResult> {
  const file = resolve(options.file)
  checkTarget(file, { database: conn.file, backupFolder: options.backupFolder })
  const { lang } = options
  const includePersonalData = options.includePersonalData === true
  const detail = options.detail === true || includePersonalData
  const now = options.now ?? new Date()
  const statistics = getStatistics(conn, input)
  const { scope } = resolvePeriod(conn.sqlite, input)
  const t = statsTranslator(lang)
  const { key, values } = periodMessage(statistics.period)
  const periodText = t(key, values)
  const title = t('stats.workbook.title')
  const WorkbookWriter = loadWorkbookWriter()

  const partial = `${file}.${process.pid}.partial`
  const out = createWriteStream(partial)
  const written = new Promise<void>((done, fail) => {
    out.on('close', done)
    out.on('error', fail)
  })
  const book = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  Object.assign(book, { creator: 'Exchange Desk', lastModifiedBy: 'Exchange Desk', created: now, modified: now, title: `${title} — ${periodText}`, subject: t('stats.workbook.subject') })
  const ctx: SheetContext = { book, lang, totalLabel: t('stats.total'), footerText: `${title} — ${periodText}` }
  const sheetInput = { stats: statistics, t, periodText }
  const specs = [
    coverSheet({ t, periodText, generatedAt: now, sourceFile: basename(conn.file), includesPersonalData: includePersonalData }),
    summarySheet(sheetInput),
    participantsSheet(sheetInput),
    organisationsSheet(sheetInput),
    personDaysSheet(sheetInput),
    teamsSheet(sheetInput),
    feedbackSheet(sheetInput),
    growthSheet(sheetInput),
  ]
  let detailRows: number | null = null
  try {
    for (const spec of specs) writeSheet(ctx, spec)
    if (detail)
      detailRows = await writeDetailSheet({ book, sqlite: conn.sqlite, scope, lang, t, title, periodText, footerText: ctx.footerText, includePersonalData })
    await book.commit()
    await written
    flush(partial)
    renameSync(partial, file)
    syncFolder(dirname(file))
  } catch (error) {
    out.destroy()
    rmSync(partial, { force: true })
    if (error instanceof UserError) throw error
    const code = (error as { code?: string }).code
    if (code && /^E[A-Z]+$/.test(code)) throw new UserError('stats.cannotWrite', { path: file, detail: code })
    throw error
  }
  return { file, sheets: [...specs.map((s) => s.name), ...(detail ? [t('stats.sheet.detail')] : [])], detailRows, statistics }
}
