import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../../../electron/services/demo'
import { getStatistics } from '../../../electron/services/stats/statistics'
import type { Statistics } from '../../../shared/stats/types'
import { StatsFixture } from './fixture'

/** The demo tells the programme's published story; the statistics must compute it (issue 7). */
let fixture: StatsFixture
let all: Statistics
beforeAll(async () => {
  fixture = await StatsFixture.create()
  loadDemoData(fixture.conn)
  all = getStatistics(fixture.conn, { from: 2015, to: 2026 })
})
afterAll(() => fixture.close())

describe('growth on the demo data', () => {
  it('shows the pilot as published: 5 ministries, 30 companies, 27 participants', () => {
    expect(all.growth[0]).toMatchObject({ year: 2015, ministries: 5, companies: 30, ngos: 0, participants: 27 })
  })

  it('shows the five-fold growth to 2018: 8 ministries, 46 companies', () => {
    const y2018 = all.growth.find((g) => g.year === 2018)!
    expect(y2018).toMatchObject({ ministries: 8, companies: 46 })
    expect(y2018.participantsFactor).toBeCloseTo(5, 1)
  })

  it('agrees year by year with the statistics of that year', () => {
    for (const row of all.growth) {
      const single = getStatistics(fixture.conn, { year: row.year })
      expect(single.participants.total).toBe(row.participants)
      expect(single.organisations.bySector.ministry).toBe(row.ministries)
    }
  })

  it('has NGOs and exchanges within the public sector only from 2023', () => {
    expect(getStatistics(fixture.conn, { year: 2022 }).participants.byDirection).toMatchObject({ withinPublic: 0, withNgos: 0 })
    expect(getStatistics(fixture.conn, { year: 2023 }).participants.byDirection.withNgos).toBeGreaterThan(0)
  })
})
