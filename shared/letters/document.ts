import type { Language } from '../domain/enums'
import { cssString, escapeHtml } from './escape'
import { ministryName } from './fields'
import { letterText } from './format'
import { FONT_STACK, LETTER_CSS, PAGE, screenPagesCss } from './styles'
import type { ComposedLetter, MinistryData } from './types'

export interface LetterDocumentOptions {
  ministry: MinistryData
  letters: ComposedLetter[]
  /**
   * 'css': the page footer (reference, "Stran 1 od 2") comes from CSS margin boxes — right for a document with
   * one letter (preview, printing on paper). 'pdf': no footer in the HTML; the PDF step stamps it, numbering
   * every letter of a batch from 1, which CSS cannot do.
   */
  footer: 'css' | 'pdf' | 'paper'
  /**
   * How the letter looks on screen: 'sheet' one long A4-wide sheet; 'pages' the printed pages side by side, cut
   * where print cuts them (the same fragmentation rules, as columns of the page's content height). Print is unaffected.
   */
  screen?: 'sheet' | 'pages'
  /**
   * For 'paper' with several letters: where each letter's pages fall (0-based first page, page count), as a print
   * of the same document laid them out. With it every letter's pages carry "Stran 1 od 2" counted within the
   * letter, like the PDF's stamped footer; without it only the reference.
   */
  letterPages?: ReadonlyArray<{ start: number; count: number }>
  /**
   * With screen 'pages' and one letter: how many pages the letter has (the preview measures it), so each page on
   * screen shows the footer print puts in its margin (ministry line, reference, "Stran 1 od 2"): margin boxes
   * exist only in print. Print is unaffected.
   */
  screenPageCount?: number
}

/** The id of a letter's anchor; the PDF step finds where each letter starts by these named destinations. */
export const letterAnchor = (index: number) => `letter-${index + 1}`

/** Only a base64 image data URL from Settings goes into CSS; anything else would be markup we did not make. */
const LOGO_DATA_URL = /^data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/

function logoCss(ministry: MinistryData): string {
  const url = ministry.logoDataUrl
  return url && LOGO_DATA_URL.test(url) ? `.logo { background-image: url("${url}"); }` : ''
}

function letterhead(ministry: MinistryData, lang: Language, hasLogo: boolean): string {
  const name = escapeHtml(ministryName(ministry, lang))
  const address = [ministry.street, `${ministry.postcode} ${ministry.city}`].map((l) => escapeHtml(l.trim())).filter(Boolean).join('<br>')
  const logo = hasLogo ? `<div class="logo" role="img" aria-label="${escapeHtml(letterText(lang, 'letters.logoAlt', { name: ministryName(ministry, lang) }))}"></div>` : ''
  return (
    `<header class="letterhead${hasLogo ? '' : ' no-logo'}">${logo}` +
    `<div class="letterhead-text"><div class="ministry-name">${name}</div><div class="ministry-address">${address}</div></div></header>`
  )
}

/** "Stran " counter(page) " od " counter(pages), from the catalogue so the words follow the letter's language. */
function pageCounterContent(lang: Language): string {
  const marked = letterText(lang, 'letters.pageOf', { page: '\ue000', pages: '\ue001' })
  return marked
    .split(/([\ue000\ue001])/)
    .filter((part) => part !== '')
    .map((part) => (part === '\ue000' ? 'counter(page)' : part === '\ue001' ? 'counter(pages)' : cssString(part)))
    .join(' ')
}

const footerBox = (paddingMm: number) => `font-family: ${FONT_STACK}; font-size: ${PAGE.footerPt}pt; color: #555; vertical-align: bottom; padding-bottom: ${paddingMm}mm;`

/**
 * The ministry's footer line (same on every page of every letter, so CSS can print it in merged batches too),
 * centred one line above the reference and page number.
 */
function ministryFooterCss(ministry: MinistryData): string {
  const text = footerText(ministry)
  return text
    ? `@page { margin-bottom: ${bottomMarginMm(ministry)}mm; @bottom-center { content: ${cssString(text)}; ${footerBox(PAGE.footerBaselineMm + 3)} text-align: center; } }`
    : ''
}

const footerText = (ministry: MinistryData) => ministry.footer?.replace(/\s+/g, ' ').trim() ?? ''

/** The page's bottom margin: the footer line, when there is one, gets a little more room at the page's foot. */
const bottomMarginMm = (ministry: MinistryData) => (footerText(ministry) ? PAGE.bottomMm + 4 : PAGE.bottomMm)

function footerCss(letter: ComposedLetter | undefined): string {
  if (!letter) return ''
  const box = footerBox(PAGE.footerBaselineMm - 1)
  return (
    `@page { @bottom-left { content: ${cssString(letter.reference)}; ${box} } ` +
    `@bottom-right { content: ${pageCounterContent(letter.language)}; ${box} } }`
  )
}

/** The counter style that names a letter's pages: the document's page `start + 1` is "Stran 1 od N", and so on. */
function letterPagesCounterStyle(name: string, letter: ComposedLetter, { start, count }: { start: number; count: number }): string {
  const symbols = Array.from({ length: count }, (_, n) => cssString(letterText(letter.language, 'letters.pageOf', { page: n + 1, pages: count }))).join(' ')
  return `@counter-style ${name} { system: fixed ${start + 1}; symbols: ${symbols}; fallback: decimal; }`
}

/**
 * Printing a batch on paper (no PDF step to stamp it): each letter is a named page carrying its own reference at
 * the foot. CSS counts pages through the whole document and cannot restart the count per letter, so when the
 * letters' page ranges are known (from a print of the same document) each letter gets a counter style whose
 * symbols are its own "Stran 1 od 2", "Stran 2 od 2", fixed to the document pages the letter occupies.
 */
function paperFooterCss(letters: ComposedLetter[], letterPages: LetterDocumentOptions['letterPages']): string {
  const box = footerBox(PAGE.footerBaselineMm - 1)
  return letters
    .map((letter, i) => {
      const name = letterAnchor(i)
      const pages = letterPages?.[i]
      const numbering = pages ? `@bottom-right { content: counter(page, ${name}-pages); ${box} } ` : ''
      return (
        (pages ? `${letterPagesCounterStyle(`${name}-pages`, letter, pages)}\n` : '') +
        `@page ${name} { @bottom-left { content: ${cssString(letter.reference)}; ${box} } ${numbering}} #${name} { page: ${name}; }`
      )
    })
    .join('\n')
}

function footerStyle(footer: LetterDocumentOptions['footer'], letters: ComposedLetter[], letterPages: LetterDocumentOptions['letterPages']): string {
  if (footer === 'pdf') return ''
  if (letters.length === 1) return footerCss(letters[0])
  return footer === 'paper' ? paperFooterCss(letters, letterPages) : ''
}

/** On screen only: each page's footer, drawn where print draws it in the page's bottom margin. */
function screenFooters(ministry: MinistryData, letter: ComposedLetter, count: number): string {
  const ministryLine = footerText(ministry) ? `<div class="screen-footer__ministry">${escapeHtml(footerText(ministry))}</div>` : ''
  const pages = Array.from(
    { length: count },
    (_, n) =>
      `<div class="screen-footer" style="left: ${n * PAGE.widthMm}mm">${ministryLine}<div class="screen-footer__line">` +
      `<span>${escapeHtml(letter.reference)}</span><span>${escapeHtml(letterText(letter.language, 'letters.pageOf', { page: n + 1, pages: count }))}</span></div></div>`,
  )
  return `<div class="screen-footers" aria-hidden="true">${pages.join('')}</div>`
}

/**
 * One HTML document with every letter on its own pages: letterhead on the first page of each letter, A4 print
 * CSS. All text inside comes escaped: the letters' bodies from the template renderer, the letterhead here.
 */
export function buildLetterDocument({ ministry, letters, footer, screen = 'sheet', letterPages, screenPageCount }: LetterDocumentOptions): string {
  const hasLogo = logoCss(ministry) !== ''
  const first = letters[0]
  const documentLang = first?.language ?? 'sl'
  const title = escapeHtml(letters.length === 1 && first ? first.reference : ministryName(ministry, documentLang))
  const index = letters.map((_, i) => `<a href="#${letterAnchor(i)}" tabindex="-1">${i + 1}</a>`).join('')
  const articles = letters
    .map(
      (letter, i) =>
        `<article class="letter" id="${letterAnchor(i)}" lang="${letter.language}">` +
        letterhead(ministry, letter.language, hasLogo) +
        `<div class="letter-body">\n${letter.bodyHtml}\n</div>` +
        (screen === 'pages' && letters.length === 1 && screenPageCount ? screenFooters(ministry, letter, screenPageCount) : '') +
        `</article>`,
    )
    .join('\n')
  const style = LETTER_CSS + (screen === 'pages' ? screenPagesCss(bottomMarginMm(ministry)) : '') + logoCss(ministry) + ministryFooterCss(ministry) + footerStyle(footer, letters, letterPages)
  return (
    `<!doctype html>\n<html lang="${documentLang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    `<title>${title}</title><style>${style}</style></head>\n<body>` +
    `<nav class="letter-index" aria-hidden="true">${index}</nav>\n${articles}\n</body></html>\n`
  )
}
