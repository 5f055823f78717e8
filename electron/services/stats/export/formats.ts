import type { Language } from '../../../../shared/domain/enums'

/**
 * Number formats are stored in Excel's neutral notation ("#,##0.00"); Excel and LibreOffice show them with the
 * separators of the reader's regional settings, so a Slovenian computer shows 1.234,50. Dates carry their
 * punctuation in the format itself, so a Slovenian workbook shows 22. 11. 2026 on any computer.
 */
export const FORMAT_KINDS = ['text', 'year', 'int', 'dec1', 'dec2', 'percent', 'factor', 'date', 'dateTime'] as const
export type FormatKind = (typeof FORMAT_KINDS)[number]

const NUMBER_FORMATS: Record<Exclude<FormatKind, 'date' | 'dateTime'>, string> = {
  text: '@',
  year: '0',
  int: '#,##0',
  dec1: '#,##0.0',
  dec2: '#,##0.00',
  percent: '0.0%',
  factor: '0.00" ×"',
}

const DATE_FORMATS: Record<Language, { date: string; dateTime: string }> = {
  sl: { date: 'd. m. yyyy', dateTime: 'd. m. yyyy h:mm' },
  en: { date: 'd mmm yyyy', dateTime: 'd mmm yyyy hh:mm' },
}

export function numFmt(kind: FormatKind, lang: Language): string {
  return kind === 'date' || kind === 'dateTime' ? DATE_FORMATS[lang][kind] : NUMBER_FORMATS[kind]
}

/** An ISO date as the Date exceljs turns into an Excel serial day (it reads Dates in UTC). */
export function excelDate(iso: string): Date | null {
  const time = Date.parse(`${iso}T00:00:00Z`)
  return Number.isNaN(time) ? null : new Date(time)
}

/** The wall-clock time of `moment` on this computer, as the UTC-based Date exceljs expects. */
export function excelLocalTime(moment: Date): Date {
  return new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate(), moment.getHours(), moment.getMinutes(), moment.getSeconds()))
}
