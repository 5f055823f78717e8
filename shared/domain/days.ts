const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Days since 1970-01-01 (UTC, no time zone or summer time involved) of a YYYY-MM-DD day, or NaN when the text
 * is not a day of the calendar (30 February is refused, not rolled over into March as Date.parse does).
 */
export function dayNumber(iso: string): number {
  const match = ISO_DAY.exec(iso)
  if (!match) return NaN
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? ms / 86_400_000 : NaN
}

/**
 * A YYYY-MM-DD day as the value of an ICU `{x, date, …}` argument: noon UTC of that day, so the day shown is the
 * same in every time zone of the office's users. Text that is not a day is passed on unchanged.
 */
export function dayValue(iso: string): number | string {
  const day = dayNumber(iso)
  return Number.isNaN(day) ? iso : day * 86_400_000 + 43_200_000
}
