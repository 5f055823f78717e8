import { dayNumber } from '../domain/days'

/**
 * Working days in Slovenia: Monday to Friday except the work-free public holidays of the Holidays Act
 * (Zakon o praznikih in dela prostih dnevih). 2 January was a working day from 2013 to 2016. Easter Sunday and
 * Whit Sunday are Sundays anyway; Easter Monday moves with Easter. Dates are ISO strings read in UTC, so the
 * result never depends on the computer's time zone.
 */
const DAY_MS = 86_400_000
const FIXED = ['01-01', '01-02', '02-08', '04-27', '05-01', '05-02', '06-25', '08-15', '10-31', '11-01', '12-25', '12-26']
const holidayCache = new Map<number, Set<string>>()

/** Easter Sunday (Gregorian, the anonymous algorithm), as an ISO date. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function publicHolidays(year: number): Set<string> {
  let holidays = holidayCache.get(year)
  if (!holidays) {
    const fixed = FIXED.filter((day) => day !== '01-02' || year < 2013 || year > 2016).map((day) => `${year}-${day}`)
    const easterMonday = new Date(Date.parse(`${easterSunday(year)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
    holidays = new Set([...fixed, easterMonday])
    holidayCache.set(year, holidays)
  }
  return holidays
}

export function isWorkingDay(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(iso.slice(0, 4))).has(iso)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

interface YearTable {
  /** Day number (days since 1970-01-01) of 1 January. */
  jan1: number
  /** Working days from 1 January to each day of the year, that day included. */
  upTo: Int32Array
}
const yearTables = new Map<number, YearTable>()

/** Each year's running count of working days, built once: a stay's working days are then two look-ups. */
function yearTable(year: number): YearTable {
  let table = yearTables.get(year)
  if (!table) {
    const jan1 = Date.UTC(year, 0, 1) / DAY_MS
    const days = Date.UTC(year + 1, 0, 1) / DAY_MS - jan1
    const upTo = new Int32Array(days)
    let count = 0
    for (let d = 0; d < days; d++) {
      if (isWorkingDay(new Date((jan1 + d) * DAY_MS).toISOString().slice(0, 10))) count++
      upTo[d] = count
    }
    table = { jan1, upTo }
    yearTables.set(year, table)
  }
  return table
}

/** Working days from 1 January of the day's year up to the day, included. */
function workingDaysInYearUpTo(day: number): number {
  const table = yearTable(new Date(day * DAY_MS).getUTCFullYear())
  return table.upTo[day - table.jan1]!
}

/** A day as the app stores it (YYYY-MM-DD) that the calendar can read; any other text counts no working days. */
function isIsoDay(day: string): boolean {
  return ISO_DATE.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))
}

/** Working days from `start` to `end`, both included; 0 when the dates are missing, malformed or reversed. */
export function workingDaysBetween(start: string, end: string): number {
  if (!isIsoDay(start) || !isIsoDay(end)) return 0
  const first = Date.parse(`${start}T00:00:00Z`)
  const last = Date.parse(`${end}T00:00:00Z`)
  if (last < first) return 0
  const firstDay = first / DAY_MS
  const lastDay = last / DAY_MS
  const firstYear = new Date(first).getUTCFullYear()
  const lastYear = new Date(last).getUTCFullYear()
  // Whole years in between, then the part of the last year up to the end, less the first year's days before the start.
  let count = 0
  for (let year = firstYear; year < lastYear; year++) count += yearTable(year).upTo.at(-1)!
  count += workingDaysInYearUpTo(lastDay) - workingDaysInYearUpTo(firstDay - 1)
  // The day before the start may lie in the previous year: then nothing of the first year precedes the start.
  if (new Date((firstDay - 1) * DAY_MS).getUTCFullYear() < firstYear) count += workingDaysInYearUpTo(firstDay - 1)
  return count
}

/**
 * Running counts of working days from 1 January of `fromYear`: `through(day)` counts that day, `before(day)`
 * does not, so W(start, end) = through(end) − before(start) for stays within the years counted. Whole years
 * are added up once and kept, so each day asked costs a parse and a look-up (statistics ask for thousands).
 * A day before `fromYear` counts 0; a malformed day gives NaN (stricter than isIsoDay: 30 February is refused
 * rather than rolled over), so that a sum over it says it cannot be trusted.
 */
export function runningWorkingDays(fromYear: number): { through: (day: string) => number; before: (day: string) => number } {
  const yearsBefore: number[] = [0]
  const tables: YearTable[] = []
  const count = (day: string, offset: number) => {
    const at = dayNumber(day)
    if (Number.isNaN(at)) return NaN
    const year = Number(day.slice(0, 4))
    if (year < fromYear) return 0
    const k = year - fromYear
    for (let y = fromYear + yearsBefore.length - 1; y < year; y++) yearsBefore.push(yearsBefore.at(-1)! + yearTable(y).upTo.at(-1)!)
    const table = (tables[k] ??= yearTable(year))
    const index = at - table.jan1 - offset
    return yearsBefore[k]! + (index >= 0 ? table.upTo[index]! : 0)
  }
  return { through: (day) => count(day, 0), before: (day) => count(day, 1) }
}
