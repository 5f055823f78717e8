/**
 * Page geometry shared by the print CSS and the PDF step that stamps page numbers, so both put the footer
 * in the same place. Millimetres.
 */
export const PAGE = { widthMm: 210, heightMm: 297, topMm: 18, rightMm: 20, bottomMm: 22, leftMm: 25, footerBaselineMm: 12, footerPt: 8 } as const

/** Arial where it exists (Windows, macOS); Liberation Sans has the same metrics on Linux. */
export const FONT_STACK = `Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif`

/** Print CSS for A4 letters; on screen every letter shows as a sheet with the same margins. */
export const LETTER_CSS = `
@page { size: A4; margin: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 10.5pt; line-height: 1.42; color: #111; }
.letter { break-before: page; }
.letter:first-of-type { break-before: auto; }
.letterhead { display: flex; align-items: flex-start; justify-content: space-between; gap: 8mm; margin-bottom: 10mm; }
.logo { width: 62mm; height: 19mm; background-repeat: no-repeat; background-position: left top; background-size: contain; flex: none; }
.letterhead-text { text-align: right; font-size: 8.5pt; line-height: 1.35; color: #333; }
.letterhead-text .ministry-name { font-weight: bold; color: #111; text-transform: uppercase; letter-spacing: 0.03em; font-size: 9pt; margin-bottom: 1mm; }
.letterhead.no-logo { justify-content: flex-start; }
.letterhead.no-logo .letterhead-text { text-align: left; }
.letterhead.no-logo .ministry-name { font-size: 12pt; }
.letter-body p { margin: 0 0 2.8mm; orphans: 3; widows: 3; }
.letter-body h2 { font-size: 10.5pt; font-weight: bold; margin: 4.5mm 0 1.5mm; break-after: avoid; }
.letter-body ul { margin: 0 0 2.8mm; padding-left: 6mm; }
.letter-body p + ul { margin-top: -1.6mm; }
.letter-body li { margin: 0 0 1mm; }
.letter-body li::marker { content: "– "; }
.letter-body strong { font-weight: bold; }
.nobr { white-space: nowrap; }
/* break-before: the closing ("Lep pozdrav") never stays behind on a page without the signature. */
.signature { width: 90mm; margin: 2mm 0 8mm auto; text-align: center; break-inside: avoid; break-before: avoid; }
.signature-space { height: 17mm; }
.signatory-title { font-size: 10pt; }
.letter-index { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden; }
@media screen {
  html { background: #d9d9d9; }
  .letter { width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 8mm auto; padding: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
}
`

/**
 * On screen, a letter's pages side by side: the letter is a multi-column box one A4 page high whose columns are the
 * pages' content areas, so text breaks between columns where print breaks it between pages (widows, orphans,
 * headings kept with their text, the closing kept with the signature). A grey rule marks each page's edge.
 */
export const screenPagesCss = (bottomMm: number = PAGE.bottomMm) => `
@media screen {
  html { background: #fff; }
  .letter {
    width: ${PAGE.widthMm}mm; height: ${PAGE.heightMm}mm; min-height: 0; margin: 0; box-shadow: none;
    padding: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${bottomMm}mm ${PAGE.leftMm}mm;
    column-width: ${PAGE.widthMm - PAGE.leftMm - PAGE.rightMm}mm; column-gap: ${PAGE.leftMm + PAGE.rightMm}mm; column-fill: auto;
    column-rule: 3mm solid #c4c4c4; position: relative;
  }
  .screen-footer { position: absolute; bottom: 0; width: ${PAGE.widthMm}mm; height: ${bottomMm}mm; font-family: ${FONT_STACK}; font-size: ${PAGE.footerPt}pt; line-height: 1.2; color: #555; }
  .screen-footer__line { position: absolute; left: ${PAGE.leftMm}mm; right: ${PAGE.rightMm}mm; bottom: ${PAGE.footerBaselineMm - 1}mm; display: flex; justify-content: space-between; }
  .screen-footer__ministry { position: absolute; left: ${PAGE.leftMm}mm; right: ${PAGE.rightMm}mm; bottom: ${PAGE.footerBaselineMm + 3}mm; text-align: center; }
}
@media print { .screen-footers { display: none; } }
`
