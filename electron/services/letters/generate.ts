import { format } from 'date-fns'
import type { GenerateResult, LetterLanguageChoice, LetterPreviewData, LetterRecord } from '../../../shared/domain/letters'
import { UserError } from '../../../shared/errors'
import { composeLetter } from '../../../shared/letters/compose'
import { buildLetterDocument } from '../../../shared/letters/document'
import { roundLettersFileName } from '../../../shared/letters/fileName'
import { allocateReferences, parseReferencePattern, type AllocatedReference, type ReferencePattern } from '../../../shared/letters/reference'
import type { ComposedLetter, LetterData, LetterKind } from '../../../shared/letters/types'
import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { contentHash, letterContent } from './content'
import { highestIssued, recordIssued } from './register'
import { loadPlacementSources, ministryData } from './data'
import { languageOf, planLetters, type LettersRequest, type PlannedLetter } from './plan'
import type { PdfPrinter } from './printer'
import { compiledTemplates } from './templates'
import { letterPageRanges } from './pdf'
import type { LetterPages } from './pageNumbers'
import { writeLetterPdfs, writePdfFile } from './write'

/** Opens a printer for one batch: the system Chromium in the CLI and tests, Electron's own renderer in the app. */
export type PrinterFactory = () => Promise<PdfPrinter>

/** Sends a document to a printer through the system print dialog; false when the user cancelled. */
export type PaperPrinter = (html: string) => Promise<boolean>

export type { LettersRequest } from './plan'

export interface LettersTarget {
  folder: string
  /** One merged PDF with this file name in `folder`; one PDF per letter otherwise. */
  mergedFileName?: string
}

const isoDay = (date: Date) => format(date, 'yyyy-MM-dd')

/**
 * The next references: after the highest one ever issued, by the letters table, the counter in Settings and the
 * registers outside the database (see register.ts), so a number is never issued twice even when its letter was
 * removed or the database was restored from a backup. Call inside the transaction that inserts.
 */
function nextReferences(ctx: ServiceContext, pattern: ReferencePattern, year: number, count: number): AllocatedReference[] {
  const used = (ctx.conn.sqlite.prepare("SELECT reference FROM letters WHERE reference LIKE ? ESCAPE '\\'").pluck().all(pattern.sqlLike(year)) as string[])
  const last = highestIssued(ctx, pattern, year)
  if (last > 0) used.push(pattern.format(last, year))
  return allocateReferences(pattern, used, year, count)
}

interface RecordedLetter {
  id: number
  placementId: number
  letter: ComposedLetter
}

/**
 * Composes and records letters in one transaction: references allocated, counter moved on, one `letters` row per
 * letter with the HTML that was printed and its SHA-256, and one audit entry. A template mistake stops everything.
 */
function recordLetters(ctx: ServiceContext, planned: PlannedLetter[]): RecordedLetter[] {
  const settings = ministryData(ctx)
  const pattern = parseReferencePattern(settings.referencePattern)
  const template = compiledTemplates(ctx)
  const now = ctx.now()
  const date = isoDay(now)
  const year = now.getFullYear()
  const insert = ctx.conn.sqlite.prepare(
    `INSERT INTO letters (placement_id, kind, language, reference, created_at, created_by, content_hash, html, reissue_of, reissue_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  return ctx.conn.sqlite.transaction(() => {
    const references = nextReferences(ctx, pattern, year, planned.length)
    const recorded = planned.map((p, i) => {
      const { reference, sequence } = references[i]!
      const data: LetterData = { ...p.data, letter: { reference, sequence, date, place: settings.place } }
      const letter = composeLetter({ kind: p.kind, language: p.language, template: template(p.kind, p.language), data })
      const content = letterContent(data.ministry, letter)
      const again = p.reissueOf
      const id = Number(insert.run(p.placementId, p.kind, p.language, reference, now.toISOString(), ctx.user, content.contentHash, content.html, again?.id ?? null, again?.reason ?? null).lastInsertRowid)
      return { id, placementId: p.placementId, letter }
    })
    recordIssued(ctx, pattern, year, Math.max(...references.map((r) => r.sequence)))
    const reissued = planned.flatMap((p, i) => (p.reissueOf ? [{ reference: recorded[i]!.letter.reference, replaces: p.reissueOf.reference, reason: p.reissueOf.reason }] : []))
    audit(ctx, 'letters', null, 'generate', null, {
      references: recorded.map((r) => r.letter.reference),
      placements: [...new Set(recorded.map((r) => r.placementId))],
      ...(reissued.length > 0 ? { reissued } : {}),
    })
    return recorded
  })()
}

/** When the PDF could not be written the letters were not sent: their rows go, their numbers stay used. */
function forgetLetters(ctx: ServiceContext, recorded: RecordedLetter[]): void {
  ctx.conn.sqlite.transaction(() => {
    const remove = ctx.conn.sqlite.prepare('DELETE FROM letters WHERE id = ?')
    for (const r of recorded) remove.run(r.id)
    audit(ctx, 'letters', null, 'discard', { references: recorded.map((r) => r.letter.reference) }, null)
  })()
}

/** A merged file's default name: `2026_Izmenjave_2026_letters.pdf`. */
export function mergedFileName(ctx: ServiceContext, roundId: number): string {
  const row = ctx.conn.sqlite.prepare('SELECT name FROM rounds WHERE id = ?').get(roundId) as { name: string } | undefined
  return roundLettersFileName(isoDay(ctx.now()), row?.name ?? String(roundId))
}

/**
 * Starts the printer without waiting for it, so Chromium starts (in its own processes) while the letters are
 * composed and recorded here. A printer that fails at once (no Chromium installed) is reported before any
 * reference number is used: every microtask has run by the next setImmediate, so such a failure is known then.
 */
async function startPrinter(openPrinter: PrinterFactory): Promise<{ printer: Promise<PdfPrinter> }> {
  let failure: { error: unknown } | null = null
  const printer = openPrinter()
  printer.catch((error: unknown) => {
    failure = { error }
  })
  await new Promise((resolve) => setImmediate(resolve))
  if (failure) throw (failure as { error: unknown }).error
  // Wrapped: an async function returning the promise itself would wait for it.
  return { printer }
}

/** Generates, records and writes the letters of a request as PDF; nothing is recorded when anything fails. */
export async function generateLetters(ctx: ServiceContext, openPrinter: PrinterFactory, request: LettersRequest, target: LettersTarget): Promise<GenerateResult> {
  const planned = planLetters(ctx, request)
  const ministry = ministryData(ctx)
  const starting = (await startPrinter(openPrinter)).printer
  let recorded: RecordedLetter[]
  try {
    recorded = recordLetters(ctx, planned)
  } catch (error) {
    await starting.then((printer) => printer.close()).catch(() => undefined)
    throw error
  }
  let printer: PdfPrinter | null = null
  try {
    printer = await starting
    const written = await writeLetterPdfs(printer, { ministry, letters: recorded.map((r) => r.letter), outDir: target.folder, mergedFileName: target.mergedFileName })
    return {
      letters: recorded.map((r, i) => ({ id: r.id, placement: r.placementId, kind: r.letter.kind, lang: r.letter.language, reference: r.letter.reference, file: written.letters[i]!.file })),
      pages: written.pages,
    }
  } catch (error) {
    forgetLetters(ctx, recorded)
    throw error
  } finally {
    await printer?.close()
  }
}

/**
 * Prints letters on paper through the system print dialog. They are recorded like saved letters (references,
 * hashes); if the user cancels the dialog, nothing stays recorded (their numbers stay used). A batch is first laid
 * out by the PDF printer, so that the paper copy numbers each letter's pages from 1 like the saved PDF does.
 */
export async function printLettersOnPaper(
  ctx: ServiceContext,
  paper: PaperPrinter | undefined,
  openPrinter: PrinterFactory,
  request: LettersRequest,
): Promise<{ printed: boolean; letters: number }> {
  if (!paper) throw new UserError('letters.paperUnavailable')
  const planned = planLetters(ctx, request)
  const ministry = ministryData(ctx)
  const recorded = recordLetters(ctx, planned)
  const letters = recorded.map((r) => r.letter)
  let printed = false
  try {
    let letterPages: LetterPages[] | undefined
    if (letters.length > 1) {
      const printer = await openPrinter()
      try {
        letterPages = await letterPageRanges(printer, { ministry, letters })
      } finally {
        await printer.close()
      }
    }
    printed = await paper(buildLetterDocument({ ministry, letters, footer: 'paper', letterPages }))
  } finally {
    if (!printed) forgetLetters(ctx, recorded)
  }
  return { printed, letters: printed ? recorded.length : 0 }
}

/** What the live preview renders: the placement's real data, with the reference it would get next (not used up). */
export function previewData(ctx: ServiceContext, placementId: number, kind: LetterKind, lang: LetterLanguageChoice): LetterPreviewData {
  const [source] = loadPlacementSources(ctx, [placementId])
  const { referencePattern, place, ...ministry } = ministryData(ctx)
  const pattern = parseReferencePattern(referencePattern)
  const now = ctx.now()
  const [next] = nextReferences(ctx, pattern, now.getFullYear(), 1)
  const language = languageOf(lang, source!, kind)
  return { language, data: { ...source!.data, ministry, letter: { reference: next!.reference, sequence: next!.sequence, date: isoDay(now), place } } }
}

interface RecordRow extends LetterRecord {
  html: string
}

const HISTORY = `SELECT l.id, l.placement_id AS placementId, p.round_id AS roundId,
    trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')) AS participant,
    CASE l.kind WHEN 'host' THEN hs.name WHEN 'home' THEN ho.name ELSE trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')) END AS recipient,
    l.kind, l.language, l.reference, l.created_at AS createdAt, l.created_by AS createdBy, l.content_hash AS contentHash,
    (SELECT o.reference FROM letters o WHERE o.id = l.reissue_of) AS reissueOf, l.reissue_reason AS reissueReason
  FROM letters l JOIN placements p ON p.id = l.placement_id JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id
  JOIN organisations ho ON ho.id = p.home_organisation_id JOIN organisations hs ON hs.id = p.host_organisation_id`

/** Letters generated for a round or a placement, newest first. */
export function letterHistory(ctx: ServiceContext, filter: { roundId?: number; placementId?: number }): LetterRecord[] {
  const where: string[] = []
  const params: number[] = []
  if (filter.roundId !== undefined) {
    where.push('p.round_id = ?')
    params.push(filter.roundId)
  }
  if (filter.placementId !== undefined) {
    where.push('l.placement_id = ?')
    params.push(filter.placementId)
  }
  const sql = `${HISTORY}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY l.id DESC LIMIT 5000`
  return ctx.conn.sqlite.prepare(sql).all(...params) as LetterRecord[]
}

/** The very letter that was generated, from its stored HTML; its hash shows the content is unchanged. */
export async function reprintLetter(ctx: ServiceContext, openPrinter: PrinterFactory, id: number, file: string): Promise<{ file: string; reference: string }> {
  const row = ctx.conn.sqlite.prepare('SELECT html, reference, content_hash AS contentHash FROM letters WHERE id = ?').get(id) as Pick<RecordRow, 'html' | 'reference' | 'contentHash'> | undefined
  if (!row) throw new UserError('letters.noLetter', { id })
  if (contentHash(row.html) !== row.contentHash) throw new UserError('letters.changed', { reference: row.reference })
  // Consent withdrawn since the letter was made: no copy goes out either.
  const person = ctx.conn.sqlite
    .prepare(`SELECT n.consent, p.id AS placementId, trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')) AS name
      FROM letters l JOIN placements p ON p.id = l.placement_id JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id WHERE l.id = ?`)
    .get(id) as { consent: number; placementId: number; name: string }
  if (!person.consent) throw new UserError('letters.noConsent', { count: 1, names: `${person.name} (${person.placementId})` })
  const printer = await openPrinter()
  try {
    await writePdfFile(file, await printer.print(row.html), file)
  } finally {
    await printer.close()
  }
  return { file, reference: row.reference }
}
