import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../../../electron/services/demo'
import { figuresByYear, openTempDatabase, TAKING_PART, type TempDatabase, type YearFigures } from './helpers'

/** The demo must tell the programme's published story (PRODUCT.md and the seed documents). */
let db: TempDatabase
let figures: Map<number, YearFigures>
const all = <T>(sql: string, params: unknown[] = []) => db.conn.sqlite.prepare(sql).all(...params) as T[]
const one = <T>(sql: string, params: unknown[] = []) => db.conn.sqlite.prepare(sql).get(...params) as T
const yearOf = "CAST(substr(r.starts_on, 1, 4) AS INTEGER)"

beforeAll(async () => {
  db = await openTempDatabase()
  loadDemoData(db.conn)
  figures = figuresByYear(db.conn)
})
afterAll(() => db.close())

describe('rounds', () => {
  it('has one round a year from 2015 to 2026, closed in the past and open in 2026', () => {
    const rounds = all<{ name: string; kind: string; status: string; year: number }>(
      `SELECT r.name, r.kind, r.status, ${yearOf} AS year FROM rounds r ORDER BY r.starts_on`,
    )
    expect(rounds.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(rounds[0]).toMatchObject({ name: 'Partnerstvo za spremembe 2015 (pilot)', kind: 'call' })
    for (const round of rounds) {
      expect(round.status).toBe(round.year < 2026 ? 'closed' : 'open')
      if (round.year >= 2023) expect(round).toMatchObject({ kind: 'rolling', name: `Izmenjave za sodelovanje ${round.year}` })
      else expect(round.kind).toBe('call')
    }
  })
})

describe('the 2015 pilot', () => {
  it('had exactly 5 ministries, 30 companies and 27 participants', () => {
    expect(figures.get(2015)).toMatchObject({ ministries: 5, companies: 30, participants: 27, ngos: 0, publicBodies: 0 })
  })

  it('exchanged people for about a week, all completed', () => {
    const stays = all<{ status: string; days: number; startsOn: string; endsOn: string }>(
      `SELECT p.status, p.days_actual AS days, p.starts_on AS startsOn, p.ends_on AS endsOn
         FROM placements p JOIN rounds r ON r.id = p.round_id WHERE ${yearOf} = 2015`,
    )
    expect(stays).toHaveLength(27)
    for (const stay of stays) {
      expect(stay.status).toBe('completed')
      expect(stay.days).toBeGreaterThanOrEqual(4)
      expect(stay.days).toBeLessThanOrEqual(5)
      expect((Date.parse(stay.endsOn) - Date.parse(stay.startsOn)) / 86_400_000).toBeLessThanOrEqual(6)
    }
  })
})

describe('growth to 2018', () => {
  it('had 8 ministries, 46 companies and about five times the pilot participants', () => {
    const figures2018 = figures.get(2018)!
    expect(figures2018).toMatchObject({ ministries: 8, companies: 46 })
    expect(figures2018.participants / 27).toBeGreaterThanOrEqual(4.5)
    expect(figures2018.participants / 27).toBeLessThanOrEqual(5.5)
  })

  it('grew every year from the pilot to 2018', () => {
    const participants = [2015, 2016, 2017, 2018].map((year) => figures.get(year)!.participants)
    expect([...participants].sort((a, b) => a - b)).toEqual(participants)
  })

  it('keeps every partner taking part in the year it joined (partner since = first year)', () => {
    const mismatches = all<{ name: string }>(
      `WITH taking AS (${TAKING_PART})
       SELECT o.name FROM organisations o LEFT JOIN (SELECT id, min(year) AS first FROM taking GROUP BY id) t ON t.id = o.id
        WHERE t.first IS NULL OR t.first <> o.partner_since`,
    )
    expect(mismatches).toEqual([])
  })

  it('has former partners stop and paused partners absent in 2026', () => {
    const absentees = all<{ status: string; last: number }>(
      `WITH taking AS (${TAKING_PART})
       SELECT o.status, max(t.year) AS last FROM organisations o JOIN taking t ON t.id = o.id
        WHERE o.status IN ('former', 'paused') GROUP BY o.id`,
    )
    expect(absentees.filter((a) => a.status === 'former').length).toBeGreaterThan(0)
    expect(absentees.filter((a) => a.status === 'paused').length).toBeGreaterThan(0)
    for (const absentee of absentees) expect(absentee.last).toBeLessThan(absentee.status === 'former' ? 2023 : 2026)
  })
})

describe('mixed teams and workshops', () => {
  it('has mixed teams from 2016 and never before', () => {
    const years = all<{ year: number }>(`SELECT DISTINCT ${yearOf} AS year FROM teams t JOIN rounds r ON r.id = t.round_id ORDER BY year`)
    expect(years[0]?.year).toBe(2016)
  })

  it('mixes sectors in every team and ties members to its challenge', () => {
    const teams = all<{ id: number; publicMembers: number; otherMembers: number; offChallenge: number }>(
      `SELECT t.id,
              sum(o.sector IN ('ministry', 'public-body')) AS publicMembers,
              sum(o.sector NOT IN ('ministry', 'public-body')) AS otherMembers,
              sum(n.challenge_id IS NOT t.challenge_id) AS offChallenge
         FROM teams t JOIN team_members m ON m.team_id = t.id JOIN people p ON p.id = m.person_id
         JOIN organisations o ON o.id = p.organisation_id
         JOIN nominations n ON n.person_id = p.id AND n.round_id = t.round_id
        GROUP BY t.id`,
    )
    expect(teams.length).toBeGreaterThan(20)
    for (const team of teams) {
      expect(team.publicMembers).toBeGreaterThan(0)
      expect(team.otherMembers).toBeGreaterThan(0)
      expect(team.offChallenge).toBe(0)
    }
  })

  it('has the five 2017 challenges', () => {
    const titles = all<{ title: string }>(
      `SELECT c.title FROM challenges c JOIN rounds r ON r.id = c.round_id WHERE ${yearOf} = 2017 ORDER BY c.id`,
    ).map((c) => c.title)
    expect(titles).toEqual([
      'Sodelovanje med ministrstvi', 'Motivacija zaposlenih', 'Slovenska nacionalna znamka (I Feel Slovenia)',
      'E-javne storitve', 'Veščine 21. stoletja',
    ])
  })

  it('has workshops with attendance from 2016, none before', () => {
    const rows = all<{ year: number; attended: number }>(
      `SELECT ${yearOf} AS year, sum(a.attended) AS attended FROM workshops w JOIN rounds r ON r.id = w.round_id
         LEFT JOIN workshop_attendance a ON a.workshop_id = w.id GROUP BY year ORDER BY year`,
    )
    expect(rows[0]?.year).toBe(2016)
    for (const row of rows) expect(row.attended).toBeGreaterThan(0)
  })
})

describe('Izmenjave za sodelovanje (2023 on)', () => {
  const kinds = `SELECT ${yearOf} AS year,
      sum(p.home_sector IN ('ministry', 'public-body') AND p.host_sector IN ('ministry', 'public-body')) AS withinPublic,
      sum(p.home_sector = 'ngo' OR p.host_sector = 'ngo') AS withNgos,
      sum(p.driver IS NOT NULL) AS withDriver, count(*) AS total
    FROM placements p JOIN rounds r ON r.id = p.round_id GROUP BY year ORDER BY year`

  it('has exchanges within the public sector and with NGOs only from 2023, each with a driver', () => {
    for (const row of all<{ year: number; withinPublic: number; withNgos: number; withDriver: number; total: number }>(kinds)) {
      if (row.year < 2023) {
        expect(row).toMatchObject({ withinPublic: 0, withNgos: 0, withDriver: 0 })
      } else {
        expect(row.withinPublic).toBeGreaterThan(0)
        expect(row.withNgos).toBeGreaterThan(0)
        expect(row.withDriver).toBe(row.total)
      }
    }
  })

  it('has NGOs among the partners only from 2023', () => {
    for (const [year, figure] of figures) if (year < 2023) expect(figure.ngos).toBe(0)
    expect(figures.get(2023)!.ngos).toBeGreaterThan(0)
  })
})

describe('placements', () => {
  it('completes past placements with days and ratings 1–5, feedback text with every rating', () => {
    const placements = all<{ status: string; days: number | null; pr: number | null; pf: string | null; hr: number | null; hf: string | null }>(
      `SELECT p.status, p.days_actual AS days, p.participant_rating AS pr, p.participant_feedback AS pf,
              p.host_rating AS hr, p.host_feedback AS hf
         FROM placements p JOIN rounds r ON r.id = p.round_id WHERE ${yearOf} < 2026`,
    )
    for (const p of placements) {
      expect(p.status).toBe('completed')
      expect(p.days).toBeGreaterThan(0)
      for (const [rating, text] of [[p.pr, p.pf], [p.hr, p.hf]] as const) {
        expect(rating === null || (rating >= 1 && rating <= 5)).toBe(true)
        expect(text === null).toBe(rating === null)
      }
    }
    expect(placements.filter((p) => p.pr !== null).length / placements.length).toBeGreaterThan(0.8)
  })

  it('copies the sectors of home and host and never pairs organisations in conflict', () => {
    expect(one<{ n: number }>(
      `SELECT count(*) AS n FROM placements p JOIN organisations h ON h.id = p.home_organisation_id
         JOIN organisations g ON g.id = p.host_organisation_id
        WHERE p.home_sector <> h.sector OR p.host_sector <> g.sector OR p.home_organisation_id = p.host_organisation_id`,
    ).n).toBe(0)
    expect(one<{ n: number }>(
      `SELECT count(*) AS n FROM placements p JOIN conflicts c
          ON (c.organisation_a = p.home_organisation_id AND c.organisation_b = p.host_organisation_id)
          OR (c.organisation_b = p.home_organisation_id AND c.organisation_a = p.host_organisation_id)`,
    ).n).toBe(0)
  })

  it('falls inside the nomination availability and the round', () => {
    expect(one<{ n: number }>(
      `SELECT count(*) AS n FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN rounds r ON r.id = p.round_id
        WHERE p.starts_on > p.ends_on OR p.starts_on < n.available_from OR p.ends_on > n.available_to
           OR p.starts_on < r.starts_on OR p.ends_on > r.ends_on OR n.person_id NOT IN
              (SELECT id FROM people WHERE organisation_id = p.home_organisation_id)`,
    ).n).toBe(0)
  })

  it('leaves the open 2026 round with confirmed, proposed and unplaced nominations and offers', () => {
    const open = one<{ confirmed: number; proposed: number; unplaced: number; offers: number; places: number }>(
      `SELECT (SELECT count(*) FROM placements p WHERE p.round_id = r.id AND p.status = 'confirmed') AS confirmed,
              (SELECT count(*) FROM placements p WHERE p.round_id = r.id AND p.status = 'proposed') AS proposed,
              (SELECT count(*) FROM nominations n WHERE n.round_id = r.id AND n.status = 'nominated'
                  AND n.id NOT IN (SELECT nomination_id FROM placements)) AS unplaced,
              (SELECT count(*) FROM offers f WHERE f.round_id = r.id) AS offers,
              (SELECT sum(places) FROM offers f WHERE f.round_id = r.id) AS places
         FROM rounds r WHERE r.status = 'open'`,
    )
    expect(open.confirmed).toBeGreaterThan(0)
    expect(open.proposed).toBeGreaterThan(0)
    expect(open.unplaced).toBeGreaterThan(10)
    expect(open.offers).toBeGreaterThan(20)
  })
})
