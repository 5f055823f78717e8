import { dayNumber } from '../domain/days'
import { isWorkingDay } from '../stats/workingDays'

const DAY_MS = 86_400_000

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The earliest day an exchange planned today may start: today moved on by the round's notice in Slovenian
 * working days (weekends and public holidays skipped). With no notice it is today itself.
 */
export function earliestStart(today: string, noticeWorkingDays: number): string {
  let day = dayNumber(today)
  for (let left = noticeWorkingDays; left > 0; ) {
    day += 1
    if (isWorkingDay(isoOf(day))) left -= 1
  }
  return isoOf(day)
}

/** The first working day at or after an ISO day: the day an exchange may start (a stay at the host's workplace). */
export function firstWorkingDayFrom(day: string): string {
  let at = dayNumber(day)
  if (Number.isNaN(at)) return day
  while (!isWorkingDay(isoOf(at))) at += 1
  return isoOf(at)
}

/** Today as an ISO day in the office's calendar (the service context's clock, read in UTC like every planning date). */
export function isoToday(now: Date): string {
  return now.toISOString().slice(0, 10)
}
