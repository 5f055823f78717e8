import { afterEach, describe, expect, it } from 'vitest'
import { getStatistics } from '../../../electron/services/stats/statistics'
import { COUNTED_STATUSES } from '../../../shared/stats/definitions'
import { runningWorkingDays, workingDaysBetween } from '../../../shared/stats/workingDays'
import { StatsFixture } from './fixture'

/**
 * Planned person-days are summed from running counts at each end and before each start (personDays.ts); the
 * plain definition is the sum of working days of each stay. Both must agree on any data, including stays over
 * new year and across several years, a stay ending before it starts (0 days) and a malformed date written by
 * another program (0 days), for years, ranges and rounds.
 */
function random(seed: number) {
  let state = seed
  return () => ((state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32)
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10)

describe('planned person-days', () => {
  let f: StatsFixture | undefined
  afterEach(() => f?.close())

  for (const seed of [11, 12, 13]) {
    it(`equal the sum of each stay's working days (seed ${seed})`, async () => {
      f = await StatsFixture.create()
      const next = random(seed)
      const home = f.org('Ministrstvo', 'ministry')
      const host = f.org('Podjetje', 'company')
      const rounds = [f.round('Krog A', '2024-01-01'), f.round('Krog B', '2025-06-01')]
      const stays: Array<{ round: number; startsOn: string; endsOn: string; status: string }> = []
      for (let i = 0; i < 150; i++) {
        const start = Date.UTC(2023, 10, 1) + Math.floor(next() * 900) * 86_400_000
        const length = next() < 0.05 ? -3 : Math.floor(next() * (next() < 0.1 ? 500 : 20))
        const stay = { round: rounds[i % 2]!, startsOn: iso(start), endsOn: iso(start + length * 86_400_000), status: next() < 0.2 ? 'withdrawn' : 'completed' }
        f.placement({ ...stay, home, host, status: stay.status as 'withdrawn' | 'completed' })
        stays.push(stay)
      }
      const expected = (keep: (stay: (typeof stays)[number]) => boolean) =>
        stays.filter((s) => s.status === 'completed' && keep(s)).reduce((sum, s) => sum + workingDaysBetween(s.startsOn, s.endsOn), 0)
      const check = () => {
        for (const year of [2023, 2024, 2025, 2026]) expect(getStatistics(f!.conn, { year }).personDays.planned, `year ${year}`).toBe(expected((s) => s.startsOn.startsWith(String(year))))
        expect(getStatistics(f!.conn, { from: 2023, to: 2026 }).personDays.planned).toBe(expected(() => true))
        for (const round of rounds) expect(getStatistics(f!.conn, { roundId: round }).personDays.planned).toBe(expected((s) => s.round === round))
      }
      check()
      // Another program wrote a day that is no date: that stay counts 0 days, the others are still summed exactly.
      const bad = stays.findIndex((s) => s.status === 'completed' && s.startsOn.startsWith('2024'))
      f.conn.sqlite.prepare('UPDATE placements SET ends_on = ? WHERE id = (SELECT min(id) + ? FROM placements)').run('2024-02-30', bad)
      stays[bad]!.endsOn = '2024-02-30'
      check()
    })
  }
})

describe('running counts of working days', () => {
  it('give every stay its working days as through(end) − before(start)', () => {
    const { through, before } = runningWorkingDays(2014)
    const next = random(5)
    for (let i = 0; i < 2000; i++) {
      const start = Date.UTC(2014, 0, 1) + Math.floor(next() * 4000) * 86_400_000
      const end = start + Math.floor(next() * 400) * 86_400_000
      expect(through(iso(end)) - before(iso(start))).toBe(workingDaysBetween(iso(start), iso(end)))
    }
  })

  it('refuse what is not a day', () => {
    const { through } = runningWorkingDays(2020)
    for (const day of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '24-01-01', '2024-1-1', '', 'abcd-ef-gh', '2024/01/01'])
      expect(through(day), day).toBeNaN()
    expect(through('2024-02-29')).toBe(workingDaysBetween('2020-01-01', '2024-02-29'))
    expect(through('2019-12-31')).toBe(0)
  })
})

describe('the partial indexes of counted placements', () => {
  it('hold exactly the statuses the statistics count', async () => {
    const f = await StatsFixture.create()
    try {
      const statuses = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ')
      for (const name of ['placements_counted_starts', 'placements_counted_ends'])
        expect(f.conn.sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name)).toContain(`WHERE status IN (${statuses})`)
    } finally {
      f.close()
    }
  })
})
