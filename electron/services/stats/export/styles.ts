import type { Alignment, Border, Fill, Font } from 'exceljs'

/**
 * The workbook's look. Cells are styled directly, not only through the table style, because LibreOffice and
 * older viewers ignore table styles; the colours follow the table style (TableStyleMedium2) so both agree.
 */
const DARK_BLUE = 'FF1F4E79'
const LIGHT_BLUE = 'FFDDEBF7'
const RULE_GREY = 'FFD9D9D9'

export const titleFont: Partial<Font> = { name: 'Calibri', size: 16, bold: true, color: { argb: DARK_BLUE } }
export const captionFont: Partial<Font> = { name: 'Calibri', size: 12, bold: true, color: { argb: DARK_BLUE } }
export const labelFont: Partial<Font> = { name: 'Calibri', size: 11, bold: true }
export const noteFont: Partial<Font> = { name: 'Calibri', size: 10, italic: true, color: { argb: 'FF595959' } }

export const headerStyle = {
  font: { name: 'Calibri', size: 11, bold: true, color: { argb: 'FFFFFFFF' } } as Partial<Font>,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: DARK_BLUE } } as Fill,
  alignment: { vertical: 'middle', wrapText: true } as Partial<Alignment>,
}

export const dataBorder: Partial<Border> = { style: 'thin', color: { argb: RULE_GREY } }

export const totalStyle = {
  font: { name: 'Calibri', size: 11, bold: true } as Partial<Font>,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_BLUE } } as Fill,
  border: { top: { style: 'double', color: { argb: DARK_BLUE } } as Partial<Border> },
}

/** A4 landscape, one page wide, as many pages down as needed, header row repeated on every page. */
export function printSetup(headerRow: number) {
  return {
    paperSize: 9,
    orientation: 'landscape' as const,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  }
}

/** Page footer: the workbook's title and period on the left, page x / y on the right. */
export function footer(text: string): { oddFooter: string } {
  // In header/footer codes "&" starts a command; a literal ampersand (say in a round name) is written "&&".
  return { oddFooter: `&L${text.replace(/&/g, '&&')}&R&P / &N` }
}

export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
