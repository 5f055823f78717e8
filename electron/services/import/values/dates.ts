import { format, isValid, parse } from 'date-fns'
import { enGB, sl } from 'date-fns/locale'
import type { RawValue } from '../workbook'
import { serialToDate } from '../xlsx/sheetReader'
import { cleanLine, dateText } from './text'

/** Slovenian writes dates with the month in the genitive ("12. marca 2026"); date-fns knows the nominative. */
const GENITIVE_MONTHS: Record<string, string> = {
  januarja: 'januar', februarja: 'februar', marca: 'marec', aprila: 'april', maja: 'maj', junija: 'junij',
  julija: 'julij', avgusta: 'avgust', septembra: 'september', oktobra: 'oktober', novembra: 'november', decembra: 'december',
}

/**
 * Formats tried in order; the first that consumes the whole text wins. Day before month throughout (as written
 * in Slovenia and Britain); month-first only where the day cannot be a month ("12/31/2026").
 */
const FORMATS: ReadonlyArray<{ pattern: string; locale?: typeof sl }> = [
  { pattern: 'yyyy-MM-dd' },
  { pattern: "yyyy-MM-dd'T'HH:mm:ss" },
  { pattern: 'yyyy-MM-dd HH:mm:ss' },
  { pattern: 'yyyy-MM-dd HH:mm' },
  { pattern: 'd. M. yyyy' },
  { pattern: 'd. M. yy' },
  { pattern: 'd/M/yyyy' },
  { pattern: 'd-M-yyyy' },
  { pattern: 'yyyy/M/d' },
  { pattern: 'd. M. yyyy HH:mm' },
  { pattern: 'd. MMMM yyyy', locale: sl },
  { pattern: 'd. MMM yyyy', locale: sl },
  { pattern: 'd MMMM yyyy', locale: sl },
  { pattern: 'd MMMM yyyy', locale: enGB },
  { pattern: 'd MMM yyyy', locale: enGB },
  { pattern: 'MMMM d yyyy', locale: enGB },
  { pattern: 'MMM d yyyy', locale: enGB },
  { pattern: 'd. MMMM yyyy', locale: enGB },
  { pattern: 'M/d/yyyy' },
  { pattern: 'yyyyMMdd' },
]

/** Years outside this range are typing mistakes, not programme dates. */
const MIN_YEAR = 1950
const MAX_YEAR = 2100
/** Excel serial numbers of 1950-01-01 and 2100-12-31. */
const MIN_SERIAL = 18264
const MAX_SERIAL = 73415

const REFERENCE = new Date(2000, 0, 1)

function normaliseDateText(text: string): string {
  return cleanLine(text)
    .toLowerCase()
    .replace(/\p{L}+/gu, (word) => GENITIVE_MONTHS[word] ?? word)
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/,/g, ' ')
    // "12.3.2026", "12. 3.2026" and "12. 3. 2026" are one form to the reader.
    .replace(/\.\s*/g, '. ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
}

function parseText(text: string): string | null {
  const normalised = normaliseDateText(text)
  if (/^\d{5}$/.test(normalised)) return fromSerial(Number(normalised))
  for (const { pattern, locale } of FORMATS) {
    const date = parse(normalised, pattern, REFERENCE, locale ? { locale } : undefined)
    if (isValid(date) && date.getFullYear() >= MIN_YEAR && date.getFullYear() <= MAX_YEAR) return format(date, 'yyyy-MM-dd')
  }
  return null
}

function fromSerial(serial: number): string | null {
  if (serial < MIN_SERIAL || serial > MAX_SERIAL) return null
  return dateText(serialToDate(Math.floor(serial), false)).slice(0, 10)
}

/**
 * Reads a date cell of any kind as an ISO date: a real date, an Excel serial number, or text in the forms
 * people type. Text results are remembered per distinct text, since a column repeats the same few dates.
 */
export class DateReader {
  private readonly cache = new Map<string, string | null>()

  /** Date cells by time value: a column holds few distinct dates, and each row would otherwise get its own string. */
  private readonly days = new Map<number, string | null>()

  read(raw: RawValue): string | null {
    if (raw instanceof Date) {
      const time = raw.getTime()
      let iso = this.days.get(time)
      if (iso === undefined) {
        const year = raw.getUTCFullYear()
        iso = Number.isNaN(time) || year < MIN_YEAR || year > MAX_YEAR ? null : dateText(raw).slice(0, 10)
        if (this.days.size < 100_000) this.days.set(time, iso)
      }
      return iso
    }
    if (typeof raw === 'number') {
      if (Number.isInteger(raw) && raw >= 19500101 && raw <= 21001231) return parseText(String(raw))
      return fromSerial(raw)
    }
    if (typeof raw !== 'string') return null
    let result = this.cache.get(raw)
    if (result === undefined) {
      result = parseText(raw)
      if (this.cache.size < 100_000) this.cache.set(raw, result)
    }
    return result
  }
}
