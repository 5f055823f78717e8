import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, StandardFonts, type PDFFont } from 'pdf-lib'
import type { Language } from '../../../shared/domain/enums'
import { letterAnchor } from '../../../shared/letters/document'
import { letterText } from '../../../shared/letters/format'
import { PAGE } from '../../../shared/letters/styles'

/** Where one letter sits in a printed document: 0-based first page and number of pages. */
export interface LetterPages {
  start: number
  count: number
}

const MM = 72 / 25.4

/** The destination of a named anchor: `[pageRef /XYZ …]`, either directly or as `<< /D [...] >>`. */
function destinationPage(value: unknown): PDFRef | null {
  const array = value instanceof PDFDict ? value.get(PDFName.of('D')) : value
  if (!(array instanceof PDFArray)) return null
  const page = array.get(0)
  return page instanceof PDFRef ? page : null
}

/** Named destinations from the catalogue's /Dests dictionary or its /Names tree, whichever the printer wrote. */
function namedDestinations(doc: PDFDocument): Map<string, unknown> {
  const found = new Map<string, unknown>()
  const dests = doc.catalog.lookup(PDFName.of('Dests'))
  if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) found.set(key.decodeText(), doc.context.lookup(value))
  const walk = (node: unknown) => {
    if (!(node instanceof PDFDict)) return
    const names = node.lookup(PDFName.of('Names'))
    if (names instanceof PDFArray)
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = names.lookup(i)
        if (key instanceof PDFString || key instanceof PDFHexString) found.set(key.decodeText(), names.lookup(i + 1))
      }
    const kids = node.lookup(PDFName.of('Kids'))
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i))
  }
  const namesRoot = doc.catalog.lookup(PDFName.of('Names'))
  if (namesRoot instanceof PDFDict) walk(namesRoot.lookup(PDFName.of('Dests')))
  return found
}

/**
 * Finds where each letter starts from the named destinations Chromium writes for the letters' anchors
 * (buildLetterDocument links to every letter, which is what makes Chromium keep them). Each letter runs to
 * the next one's first page.
 */
export function locateLetters(doc: PDFDocument, letterCount: number): LetterPages[] {
  const pageCount = doc.getPageCount()
  if (letterCount === 1) return [{ start: 0, count: pageCount }]
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]))
  const destinations = namedDestinations(doc)
  const starts: number[] = []
  for (let i = 0; i < letterCount; i++) {
    const ref = destinationPage(destinations.get(letterAnchor(i)))
    const start = ref ? pageIndex.get(ref.toString()) : undefined
    if (start === undefined) throw new Error(`the printed PDF has no page for ${letterAnchor(i)}`)
    if (i > 0 && start <= starts[i - 1]!) throw new Error(`${letterAnchor(i)} does not start on a new page`)
    starts.push(start)
  }
  if (starts[0] !== 0) throw new Error('the first letter does not start on the first page')
  return starts.map((start, i) => ({ start, count: (starts[i + 1] ?? pageCount) - start }))
}

/** Helvetica covers WinAnsi only; a character outside it (č, ć, đ in a custom pattern) falls back to its base letter. */
function encodable(font: PDFFont, text: string): string {
  try {
    font.encodeText(text)
    return text
  } catch {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]/g, '?')
  }
}

export interface FooterLetter {
  reference: string
  language: Language
}

/** Two decimals are a hundredth of a point: plenty for placing text, and short in the content stream. */
const num = (n: number) => String(Math.round(n * 100) / 100)

/**
 * Stamps each page's footer: the letter's reference on the left and "Stran 2 od 3" / "Page 2 of 3" on the
 * right, counted within the letter. In the same place and size as the CSS footer of a single-letter document.
 *
 * Each page gets one small uncompressed content stream written directly (q … Q around two text objects) rather
 * than pdf-lib's drawText, which builds operator objects and deflates a stream per call: for a 400-page batch
 * that took about 200 ms, this takes a tenth of it.
 */
export async function stampFooters(doc: PDFDocument, letters: FooterLetter[], pages: LetterPages[]): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const fontName = PDFName.of('DeskFooterFont')
  const size = PAGE.footerPt
  const y = num(PAGE.footerBaselineMm * MM)
  const left = num(PAGE.leftMm * MM)
  const all = doc.getPages()
  const text = (x: string, value: string) => `BT /DeskFooterFont ${size} Tf ${x} ${y} Td ${font.encodeText(value).toString()} Tj ET`
  // A batch has only a few different "Stran n od m" texts: each is formatted, encoded and measured once.
  const numberings = new Map<string, { value: string; width: number }>()
  const numbering = (language: Language, page: number, pages: number) => {
    const key = `${language} ${page} ${pages}`
    let found = numberings.get(key)
    if (!found) {
      const value = encodable(font, letterText(language, 'letters.pageOf', { page, pages }))
      found = { value, width: font.widthOfTextAtSize(value, size) }
      numberings.set(key, found)
    }
    return found
  }
  pages.forEach(({ start, count }, letterIndex) => {
    const letter = letters[letterIndex]!
    const reference = text(left, encodable(font, letter.reference))
    for (let n = 0; n < count; n++) {
      const page = all[start + n]!
      const { value, width } = numbering(letter.language, n + 1, count)
      const right = num(page.getSize().width - PAGE.rightMm * MM - width)
      const ops = `q 0.33 0.33 0.33 rg ${reference} ${text(right, value)} Q`
      page.node.setFontDictionary(fontName, font.ref)
      page.node.addContentStream(doc.context.register(doc.context.stream(ops)))
    }
  })
}
