import type { Random } from './random'

/**
 * Date arithmetic on ISO dates (YYYY-MM-DD) in UTC, so the generated dates never depend on the machine's time
 * zone. Exchanges start on a Monday and count working days, skipping weekends and the fixed Slovenian public
 * holidays (Easter Monday moves and is rare enough in the exchange windows to leave out).
 */
const DAY_MS = 86_400_000
const FIXED_HOLIDAYS = new Set(['01-01', '01-02', '02-08', '04-27', '05-01', '05-02', '06-25', '08-15', '10-31', '11-01', '12-25', '12-26'])

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS))
}

export function isWorkingDay(iso: string): boolean {
  const weekday = toDate(iso).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.has(iso.slice(5))
}

/** The first working day on or after `iso`. */
export function nextWorkingDay(iso: string): string {
  let day = iso
  while (!isWorkingDay(day)) day = addDays(day, 1)
  return day
}

/** The last day of a stay of `workingDays` working days starting on `start` (a working day). */
export function endAfterWorkingDays(start: string, workingDays: number): string {
  let day = start
  for (let counted = 1; counted < workingDays; ) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) counted++
  }
  return day
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS)
}

/** A random Monday (or the next working day after it) inside [from, to], leaving room for the stay. */
export function drawStart(random: Random, window: readonly [string, string], workingDays: number): string {
  const [from, to] = window
  const latest = addDays(to, -Math.ceil((workingDays * 7) / 5))
  const firstMonday = addDays(from, (8 - toDate(from).getUTCDay()) % 7)
  const span = Math.max(0, Math.floor(daysBetween(firstMonday, latest) / 7))
  return nextWorkingDay(addDays(firstMonday, 7 * random.int(0, span)))
}

/** A timestamp in the format SQLite's defaults use, fixed to a date so that repeated loads are identical. */
export function timestamp(iso: string, hour = 9): string {
  return `${iso}T${String(hour).padStart(2, '0')}:00:00.000Z`
}
