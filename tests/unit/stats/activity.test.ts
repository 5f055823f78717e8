import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/open'
import { previousMigrations } from '../../helpers/previousMigrations'
import { SECTORS, type Sector } from '../../../shared/domain/enums'
import { COUNTED_STATUSES } from '../../../shared/stats/definitions'
import { StatsFixture } from './fixture'

/**
 * Migration 0003 keeps copies for the statistics with triggers: organisation_activity (what each organisation
 * sent and hosted per round, year and sector, with its latest placement) and the person and gender on each
 * placement. Random changes of every kind the app or another program could make are applied to a small
 * database, and after each one the copies must equal what the placements, nominations and people say, worked
 * out here in TypeScript without SQL.
 */
function random(seed: number) {
  let state = seed
  return () => ((state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32)
}

interface PlacementRow {
  id: number
  round_id: number
  nomination_id: number
  home_organisation_id: number
  host_organisation_id: number
  home_sector: string
  host_sector: string
  starts_on: string
  status: string
  person_id: number | null
  gender: string | null
}

type Activity = { organisation_id: number; round_id: number; year: number; sector: string; latest_on: string; latest_id: number; sent: number; hosted: number }

function expectedActivity(rows: PlacementRow[]): Activity[] {
  const byKey = new Map<string, Activity>()
  for (const p of rows) {
    if (!(COUNTED_STATUSES as readonly string[]).includes(p.status)) continue
    const year = Number(p.starts_on.slice(0, 4))
    for (const [org, sector, sent] of [[p.home_organisation_id, p.home_sector, 1], [p.host_organisation_id, p.host_sector, 0]] as const) {
      const key = `${org}|${p.round_id}|${year}|${sector}`
      const row = byKey.get(key) ?? { organisation_id: org, round_id: p.round_id, year, sector, latest_on: '', latest_id: -1, sent: 0, hosted: 0 }
      row.sent += sent
      row.hosted += 1 - sent
      if (p.starts_on > row.latest_on || (p.starts_on === row.latest_on && p.id > row.latest_id)) {
        row.latest_on = p.starts_on
        row.latest_id = p.id
      }
      byKey.set(key, row)
    }
  }
  return [...byKey.values()].sort(compareActivity)
}

const compareActivity = (a: Activity, b: Activity) =>
  a.organisation_id - b.organisation_id || a.round_id - b.round_id || a.year - b.year || a.sector.localeCompare(b.sector)

describe('statistics copies kept by triggers (migration 0003)', () => {
  let f: StatsFixture | undefined
  afterEach(() => f?.close())

  for (const seed of [1, 2, 3, 4]) {
    it(`stay equal to the records through 300 random changes (seed ${seed})`, async () => {
      f = await StatsFixture.create()
      const db = f.conn.sqlite
      const next = random(seed)
      const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
      const orgs = SECTORS.flatMap((sector) => [f!.org(`${sector} A`, sector), f!.org(`${sector} B`, sector)])
      const rounds = [f.round('Krog 2025', '2025-02-01'), f.round('Krog 2026', '2026-02-01')]
      const day = () => `${pick(['2025', '2026', '2027'])}-${pick(['01', '06', '12'])}-${pick(['01', '15', '31'])}`
      const placementIds = () => (db.prepare('SELECT id FROM placements').pluck().all() as number[])
      const personIds = () => (db.prepare('SELECT id FROM people').pluck().all() as number[])
      const changes: Array<[string, () => void]> = [
        ['insert', () => {
          const home = pick(orgs)
          f!.placement({ round: pick(rounds), home, host: pick(orgs), startsOn: day(), endsOn: '2027-12-31', status: pick(['proposed', 'confirmed', 'completed', 'withdrawn'] as const), gender: pick(['f', 'm', null] as const) })
        }],
        ['insert with wrong copies', () => {
          const nomination = f!.conn.sqlite.prepare("INSERT INTO nominations (round_id, person_id, status) VALUES (?, ?, 'nominated')").run(pick(rounds), pick(personIds())).lastInsertRowid
          db.prepare(`INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on, status, person_id, gender)
                      VALUES (?, ?, ?, ?, 'company', 'ngo', ?, '2027-12-31', 'completed', ?, 'x')`).run(pick(rounds), nomination, pick(orgs), pick(orgs), day(), pick([null, 999_999]))
        }],
        ['delete', () => db.prepare('DELETE FROM placements WHERE id = ?').run(pick(placementIds()))],
        ['status', () => db.prepare('UPDATE placements SET status = ? WHERE id = ?').run(pick(['proposed', 'confirmed', 'completed', 'withdrawn']), pick(placementIds()))],
        ['start', () => db.prepare('UPDATE placements SET starts_on = ? WHERE id = ?').run(day(), pick(placementIds()))],
        ['host', () => {
          const host = pick(orgs)
          db.prepare('UPDATE placements SET host_organisation_id = ?, host_sector = (SELECT sector FROM organisations WHERE id = ?) WHERE id = ?').run(host, host, pick(placementIds()))
        }],
        ['home sector', () => db.prepare('UPDATE placements SET home_sector = ? WHERE id = ?').run(pick(SECTORS as readonly Sector[]), pick(placementIds()))],
        ['round', () => db.prepare('UPDATE placements SET round_id = ? WHERE id = ?').run(pick(rounds), pick(placementIds()))],
        ['many at once', () => db.prepare("UPDATE placements SET status = 'completed' WHERE status = 'confirmed' AND id % 2 = 0").run()],
        ['rating (no copy changes)', () => db.prepare('UPDATE placements SET participant_rating = 4 WHERE id = ?').run(pick(placementIds()))],
        ['gender', () => db.prepare('UPDATE people SET gender = ? WHERE id = ?').run(pick(['f', 'm', 'x', null]), pick(personIds()))],
        ['person of a nomination', () => db.prepare('UPDATE nominations SET person_id = ? WHERE id = (SELECT nomination_id FROM placements WHERE id = ?)').run(pick(personIds()), pick(placementIds()))],
        ['nomination of a placement', () => {
          const spare = f!.conn.sqlite.prepare("INSERT INTO nominations (round_id, person_id, status) VALUES (?, ?, 'nominated')").run(pick(rounds), pick(personIds())).lastInsertRowid
          db.prepare('UPDATE placements SET nomination_id = ? WHERE id = ?').run(spare, pick(placementIds()))
        }],
      ]
      for (let i = 0; i < 20; i++) changes[0]![1]()
      for (let step = 0; step < 300; step++) {
        const [name, change] = pick(changes)
        change()
        const rows = db.prepare('SELECT * FROM placements').all() as PlacementRow[]
        const stored = (db.prepare('SELECT * FROM organisation_activity').all() as Activity[]).sort(compareActivity)
        expect(stored, `after step ${step} (${name})`).toEqual(expectedActivity(rows))
        const people = db.prepare('SELECT p.id, n.person_id, pe.gender FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id').all() as Array<{ id: number; person_id: number; gender: string | null }>
        const byId = new Map(rows.map((row) => [row.id, row]))
        for (const person of people) expect([byId.get(person.id)?.person_id, byId.get(person.id)?.gender], `after step ${step} (${name})`).toEqual([person.person_id, person.gender])
      }
    })
  }
})

describe('migration 0003 on a file made by the previous version', () => {
  it('fills organisation_activity and the person and gender of every placement from the records there are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-0003-'))
    try {
      // The migrations as the previous version shipped them: 0000 to 0002.
      const previous = previousMigrations(dir, 3)
      const file = join(dir, 'desk.sqlite')
      const old = await openDatabase(file, { create: true, migrationsFolder: previous })
      const db = old.sqlite
      const next = random(7)
      const org = db.prepare("INSERT INTO organisations (name, sector, sort_key, search_key, search_text) VALUES (?, ?, '', '', '')")
      const orgs = SECTORS.map((sector, i) => Number(org.run(`O${i}`, sector).lastInsertRowid))
      const rounds = ['2024-03-01', '2025-03-01'].map((day, i) => Number(db.prepare('INSERT INTO rounds (name, starts_on) VALUES (?, ?)').run(`R${i}`, day).lastInsertRowid))
      for (let i = 0; i < 120; i++) {
        const home = orgs[Math.floor(next() * orgs.length)]!
        const host = orgs[Math.floor(next() * orgs.length)]!
        const person = db.prepare('INSERT INTO people (organisation_id, gender) VALUES (?, ?)').run(home, ['f', 'm', null][i % 3]).lastInsertRowid
        const round = rounds[i % 2]!
        const nomination = db.prepare('INSERT INTO nominations (round_id, person_id) VALUES (?, ?)').run(round, person).lastInsertRowid
        db.prepare(`INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(round, nomination, home, host, SECTORS[Math.floor(next() * SECTORS.length)], SECTORS[Math.floor(next() * SECTORS.length)],
            `${2024 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, '2026-12-31', ['confirmed', 'completed', 'withdrawn', 'proposed'][i % 4])
      }
      db.close()
      const migrated = await openDatabase(file, { create: false })
      try {
        const rows = migrated.sqlite.prepare('SELECT * FROM placements').all() as PlacementRow[]
        const stored = (migrated.sqlite.prepare('SELECT * FROM organisation_activity').all() as Activity[]).sort(compareActivity)
        expect(stored.length).toBeGreaterThan(20)
        expect(stored).toEqual(expectedActivity(rows))
        const people = migrated.sqlite.prepare('SELECT p.id, n.person_id, pe.gender FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id ORDER BY p.id').all()
        expect(rows.map((row) => ({ id: row.id, person_id: row.person_id, gender: row.gender }))).toEqual(people)
      } finally {
        migrated.sqlite.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
