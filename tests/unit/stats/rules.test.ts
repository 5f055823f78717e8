import { afterEach, describe, expect, it } from 'vitest'
import { getStatistics } from '../../../electron/services/stats/statistics'
import { SECTORS } from '../../../shared/domain/enums'
import { UserError } from '../../../shared/errors'
import { toStatsJson } from '../../../shared/stats/cliJson'
import { DIRECTIONS, directionOf } from '../../../shared/stats/definitions'
import { statsPeriodInput } from '../../../shared/stats/period'
import { easterSunday, publicHolidays, workingDaysBetween } from '../../../shared/stats/workingDays'
import { StatsFixture } from './fixture'

let fixture: StatsFixture | undefined
afterEach(() => {
  fixture?.close()
  fixture = undefined
})

describe('working days', () => {
  it('knows Easter and the moving Easter Monday', () => {
    expect([2015, 2024, 2025, 2026].map(easterSunday)).toEqual(['2015-04-05', '2024-03-31', '2025-04-20', '2026-04-05'])
    expect(publicHolidays(2024).has('2024-04-01')).toBe(true)
  })

  it('treats 2 January as a working day only from 2013 to 2016', () => {
    expect(publicHolidays(2015).has('2015-01-02')).toBe(false)
    expect(publicHolidays(2017).has('2017-01-02')).toBe(true)
  })

  it('counts both ends, skips weekends and holidays, and gives 0 for reversed or malformed dates', () => {
    expect(workingDaysBetween('2024-03-04', '2024-03-08')).toBe(5)
    expect(workingDaysBetween('2024-03-09', '2024-03-10')).toBe(0)
    expect(workingDaysBetween('2024-04-29', '2024-05-03')).toBe(3)
    expect(workingDaysBetween('2024-03-08', '2024-03-04')).toBe(0)
    expect(workingDaysBetween('8. 3. 2024', '2024-03-10')).toBe(0)
  })
})

describe('the direction rule', () => {
  it('is the same in SQL and in TypeScript for every pair of sectors, and splits placements exactly once', async () => {
    fixture = await StatsFixture.create()
    const f = fixture
    const round = f.round('Krog', '2024-01-01')
    const expected = Object.fromEntries(DIRECTIONS.map((d) => [d, 0]))
    for (const home of SECTORS)
      for (const host of SECTORS) {
        f.placement({ round, home: f.org(`H ${home} ${host}`, home), host: f.org(`G ${home} ${host}`, host), startsOn: '2024-03-04', endsOn: '2024-03-08' })
        expected[directionOf(home, host)]!++
      }
    const stats = getStatistics(f.conn, { year: 2024 })
    expect(stats.participants.byDirection).toEqual(expected)
    expect(expected).toEqual({ publicToPrivate: 4, privateToPublic: 4, withinPublic: 4, withNgos: 9, withinPrivate: 4 })
  })
})

describe('periods', () => {
  it('refuses years outside 2000–2100, a reversed range and an unknown round, with codes for the user', async () => {
    fixture = await StatsFixture.create()
    const conn = fixture.conn
    const codeOf = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return error instanceof UserError ? error.code : 'not a UserError'
      }
      return 'no error'
    }
    expect(codeOf(() => getStatistics(conn, { year: 20026 }))).toBe('stats.badYear')
    expect(codeOf(() => getStatistics(conn, { year: 2024.5 }))).toBe('stats.badYear')
    expect(codeOf(() => getStatistics(conn, { from: 2025, to: 2024 }))).toBe('stats.badRange')
    expect(codeOf(() => getStatistics(conn, { roundId: 999 }))).toBe('stats.roundNotFound')
  })

  it('gives the contract the same rules as a zod schema', () => {
    expect(statsPeriodInput.safeParse({ year: 2024 }).success).toBe(true)
    expect(statsPeriodInput.safeParse({ from: 2015, to: 2026 }).success).toBe(true)
    expect(statsPeriodInput.safeParse({ from: 2026, to: 2015 }).success).toBe(false)
    expect(statsPeriodInput.safeParse({ year: 1999 }).success).toBe(false)
    expect(statsPeriodInput.safeParse({ roundId: 0 }).success).toBe(false)
  })

  it('gives zeros, not errors, for an empty year and a round without dates or placements', async () => {
    fixture = await StatsFixture.create()
    const empty = getStatistics(fixture.conn, { year: 2024 })
    expect(empty.participants.total).toBe(0)
    expect(empty.personDays).toEqual({ planned: 0, actual: 0, actualRecorded: 0, averagePlanned: null, averageActual: null })
    expect(empty.feedback.participant.mean).toBeNull()
    expect(empty.growth).toHaveLength(10)
    const undated = getStatistics(fixture.conn, { roundId: fixture.round('Brez datuma', null) })
    expect(undated.period).toMatchObject({ kind: 'round', from: null, to: null })
    expect(undated.growth).toEqual([])
  })
})

describe('the CLI JSON', () => {
  it('has the shape the issue asks for, with the partners CLI sector keys', async () => {
    fixture = await StatsFixture.create()
    const f = fixture
    const round = f.round('Krog', '2024-01-01')
    f.placement({ round, home: f.org('Ministrstvo', 'ministry'), host: f.org('Društvo', 'ngo'), startsOn: '2024-03-04', endsOn: '2024-03-08' })
    const json = toStatsJson(getStatistics(f.conn, { year: 2024 }))
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['year', 'participants', 'organisations', 'newPartners', 'personDays', 'byDirection', 'mixedTeams', 'workshops', 'growth']))
    expect(json).toMatchObject({
      year: 2024, participants: 1, organisations: { ministry: 1, 'public-body': 0, company: 0, ngo: 1, association: 0 },
      newPartners: 2, personDays: 5, byDirection: { withNgos: 1 }, mixedTeams: 0, workshops: 0,
    })
    expect(json.growth.at(-1)).toEqual({ year: 2024, ministries: 1, companies: 0, ngos: 1, participants: 1 })
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(toStatsJson(getStatistics(f.conn, { from: 2023, to: 2024 }))).toMatchObject({ year: null, from: 2023, to: 2024 })
  })
})
