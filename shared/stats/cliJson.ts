import type { Sector } from '../domain/enums'
import type { Direction } from './definitions'
import type { Statistics } from './types'

/** What `desk stats --json` prints (issue 7); sector keys as in the partners CLI. */
export interface StatsJson {
  /** The year asked for, the round's year, or null for a range of years (then see from/to). */
  year: number | null
  from: number | null
  to: number | null
  roundId: number | null
  participants: number
  organisations: Record<Sector, number>
  newPartners: number
  /** Planned person-days (working days); the recorded actual days are in personDaysActual. */
  personDays: number
  personDaysActual: number
  byDirection: Record<Direction, number>
  mixedTeams: number
  workshops: number
  growth: Array<{ year: number; ministries: number; companies: number; ngos: number; participants: number }>
}

export function toStatsJson(stats: Statistics): StatsJson {
  const { period } = stats
  return {
    year: period.from !== null && period.from === period.to ? period.from : null,
    from: period.from,
    to: period.to,
    roundId: period.roundId,
    participants: stats.participants.total,
    organisations: { ...stats.organisations.bySector },
    newPartners: stats.organisations.newPartners,
    personDays: stats.personDays.planned,
    personDaysActual: stats.personDays.actual,
    byDirection: { ...stats.participants.byDirection },
    mixedTeams: stats.teams.mixedTeams,
    workshops: stats.workshops.workshops,
    growth: stats.growth.map(({ year, ministries, companies, ngos, participants }) => ({ year, ministries, companies, ngos, participants })),
  }
}
