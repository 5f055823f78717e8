import type { Language } from '../domain/enums'
import { cssString, escapeHtml } from './escape'
import { ministryName } from './fields'
import { letterText } from './format'
import { FONT_STACK, LETTER_CSS, PAGE } from './styles'
import type { ComposedLetter, MinistryData } from './types'

export interface LetterDocumentOptions {
  ministry: MinistryData
  letters: ComposedLetter[]
  /**
   * 'css': the page footer (reference, "Stran 1 od 2") comes from CSS margin boxes — right for a document with
   * one letter (preview, printing on paper). 'pdf': no footer in the HTML; the PDF step stamps it, numbering
   * every letter of a batch from 1, which CSS cannot do.
   */
  footer: 'css' | 'pdf'
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

function footerCss(letter: ComposedLetter | undefined): string {
  if (!letter) return ''
  const box = `font-family: ${FONT_STACK}; font-size: ${PAGE.footerPt}pt; color: #555; vertical-align: bottom; padding-bottom: ${PAGE.footerBaselineMm - 1}mm;`
  return (
    `@page { @bottom-left { content: ${cssString(letter.reference)}; ${box} } ` +
    `@bottom-right { content: ${pageCounterContent(letter.language)}; ${box} } }`
  )
}

/**
 * One HTML document with every letter on its own pages: letterhead on the first page of each letter, A4 print
 * CSS. All text inside comes escaped: the letters' bodies from the template renderer, the letterhead here.
 */
export function buildLetterDocument({ ministry, letters, footer }: LetterDocumentOptions): string {
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
        `<div class="letter-body">\n${letter.bodyHtml}\n</div></article>`,
    )
    .join('\n')
  const style = LETTER_CSS + logoCss(ministry) + (footer === 'css' && letters.length === 1 ? footerCss(first) : '')
  return (
    `<!doctype html>\n<html lang="${documentLang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    `<title>${title}</title><style>${style}</style></head>\n<body>` +
    `<nav class="letter-index" aria-hidden="true">${index}</nav>\n${articles}\n</body></html>\n`
  )
}
