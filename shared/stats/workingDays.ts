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

/** Working days from `start` to `end`, both included; 0 when the dates are missing, malformed or reversed. */
export function workingDaysBetween(start: string, end: string): number {
  if (!ISO_DATE.test(start) || !ISO_DATE.test(end)) return 0
  const first = Date.parse(`${start}T00:00:00Z`)
  const last = Date.parse(`${end}T00:00:00Z`)
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) return 0
  let count = 0
  for (let t = first; t <= last; t += DAY_MS) if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) count++
  return count
}
