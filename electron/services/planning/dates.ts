import { dayNumber } from '../../../shared/domain/days'
import { UserError } from '../../../shared/errors'

/**
 * Calendar arithmetic on whole days. Planning compares thousands of windows, so dates are turned once into day
 * numbers (days since 1970-01-01, UTC, no time zone or summer time involved) and compared as integers.
 */
export const OPEN_START = -1_000_000
export const OPEN_END = 1_000_000

export function toDay(iso: string, what: string): number {
  const day = dayNumber(iso)
  if (Number.isNaN(day)) throw new UserError('planning.invalidDate', { value: iso, field: what })
  return day
}

export function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** A window with open sides taking the round's period, and open beyond that. */
export function window(from: string | null, to: string | null, period: { start: number; end: number }, what: string): { start: number; end: number } {
  return { start: from === null ? period.start : toDay(from, what), end: to === null ? period.end : toDay(to, what) }
}
