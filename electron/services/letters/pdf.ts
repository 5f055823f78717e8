import { ParseSpeeds, PDFDocument, type SaveOptions } from 'pdf-lib'
import { buildLetterDocument } from '../../../shared/letters/document'
import type { ComposedLetter, MinistryData } from '../../../shared/letters/types'
import { locateLetters, stampFooters, type LetterPages } from './pageNumbers'
import type { PdfPrinter } from './printer'

export interface LettersPdfInput {
  ministry: MinistryData
  letters: ComposedLetter[]
}

interface PrintedLetters {
  doc: PDFDocument
  pages: LetterPages[]
}

const CREATOR = 'Exchange Desk'

/**
 * pdf-lib yields to the event loop every 50 objects while saving (and every 100 while parsing, see load above)
 * by default; a 400-page batch has thousands of objects, and the timer hops cost more wall time than the work.
 * Nothing here is a form, so there are no field appearances to refresh (that would add an AcroForm).
 * Object streams shrink the file by a tenth but triple the save time of a 400-page batch.
 */
const SAVE: SaveOptions = { useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false }

/**
 * Prints all letters as one HTML document in a single pass (one browser, one layout), then numbers each
 * letter's pages from 1 in the PDF: printing letter by letter would pay Chromium's per-document cost hundreds
 * of times, and CSS cannot restart "Stran 1 od N" for each letter.
 */
async function printLetters(printer: PdfPrinter, input: LettersPdfInput): Promise<PrintedLetters> {
  const { doc, pages } = await layOutLetters(printer, input)
  await stampFooters(doc, input.letters, pages)
  return { doc, pages }
}

/** The batch printed once, unstamped, and where each letter's pages fall in it. */
async function layOutLetters(printer: PdfPrinter, { ministry, letters }: LettersPdfInput): Promise<PrintedLetters> {
  if (letters.length === 0) throw new Error('no letters to print')
  const bytes = await printer.print(buildLetterDocument({ ministry, letters, footer: 'pdf' }))
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
  return { doc, pages: locateLetters(doc, letters.length) }
}

/**
 * Where each letter's pages fall when the batch prints: what paper printing needs to number pages per letter.
 * The footer lives in the page margins, so the paper document lays out exactly like this one.
 */
export async function letterPageRanges(printer: PdfPrinter, input: LettersPdfInput): Promise<LetterPages[]> {
  return (await layOutLetters(printer, input)).pages
}

function describe(doc: PDFDocument, letters: ComposedLetter[]): void {
  doc.setTitle(letters.map((l) => l.reference).join(', '))
  doc.setLanguage(letters[0]!.language === 'sl' ? 'sl-SI' : 'en-GB')
  doc.setCreator(CREATOR)
}

/** All letters in one PDF, each starting on a new page with its own page numbering. */
export async function mergedLettersPdf(printer: PdfPrinter, input: LettersPdfInput): Promise<{ pdf: Uint8Array; pages: LetterPages[] }> {
  const { doc, pages } = await printLetters(printer, input)
  describe(doc, input.letters)
  return { pdf: await doc.save(SAVE), pages }
}

export interface SeparateLetterPdf {
  letter: ComposedLetter
  pdf: Uint8Array
  pageCount: number
}

/** One PDF per letter, cut from a single print of the batch. */
export async function separateLetterPdfs(printer: PdfPrinter, input: LettersPdfInput): Promise<SeparateLetterPdf[]> {
  const { doc, pages } = await printLetters(printer, input)
  const result: SeparateLetterPdf[] = []
  for (const [i, { start, count }] of pages.entries()) {
    const letter = input.letters[i]!
    const single = await PDFDocument.create()
    const copied = await single.copyPages(doc, Array.from({ length: count }, (_, n) => start + n))
    for (const page of copied) single.addPage(page)
    describe(single, [letter])
    result.push({ letter, pdf: await single.save(SAVE), pageCount: count })
  }
  return result
}
