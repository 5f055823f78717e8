import type Database from 'better-sqlite3'
import { slSortKey as sortKey } from '../../../../shared/text/sortKey'
import { afterEach } from 'vitest'
import { tempContext } from '../../../helpers/db'

const open: Array<() => void> = []
afterEach(() => {
  while (open.length > 0) open.pop()!()
})

/**
 * A small round on a real SQLite file, written row by row so each test can add exactly what it is about:
 * organisations by sector, people nominated with preferences and availability, host offers and conflicts.
 * Removed after each test.
 */
export async function plannedWorld() {
  const temp = await tempContext()
  open.push(temp.cleanup)
  // Planned before the round begins: nothing may start before today plus the round's notice.
  temp.ctx.now = () => new Date('2026-02-02T10:00:00Z')
  const db = temp.ctx.conn.sqlite
  const round = Number(
    db.prepare("INSERT INTO rounds (name, kind, starts_on, ends_on, status) VALUES ('Krog 2026', 'call', '2026-03-01', '2026-11-30', 'planning')").run().lastInsertRowid,
  )
  const org = (name: string, sector: string) =>
    Number(
      db
        .prepare('INSERT INTO organisations (name, sector, sort_key, search_key, search_text) VALUES (?, ?, ?, ?, ?)')
        .run(name, sector, sortKey(name), name.toLowerCase(), name.toLowerCase()).lastInsertRowid,
    )
  const mentor = (organisationId: number, fullName: string) =>
    Number(
      db.prepare("INSERT INTO contacts (organisation_id, full_name, role, sort_key) VALUES (?, ?, 'mentor', ?)").run(organisationId, fullName, sortKey(fullName))
        .lastInsertRowid,
    )
  const offer = (organisationId: number, places: number, from = '2026-04-01', to = '2026-05-31', mentorId: number | null = null) =>
    Number(
      db
        .prepare("INSERT INTO offers (round_id, organisation_id, places, available_from, available_to, mentor_contact_id, languages) VALUES (?, ?, ?, ?, ?, ?, 'sl')")
        .run(round, organisationId, places, from, to, mentorId).lastInsertRowid,
    )
  const nominate = (
    organisationId: number,
    name: string,
    preferences: number[],
    options: { from?: string; to?: string; days?: number; challengeId?: number } = {},
  ) => {
    const [first, last] = name.split(' ')
    const person = Number(
      db.prepare('INSERT INTO people (organisation_id, first_name, last_name, sort_key) VALUES (?, ?, ?, ?)').run(organisationId, first, last, sortKey(`${last} ${first}`))
        .lastInsertRowid,
    )
    return Number(
      db
        .prepare(
          `INSERT INTO nominations (round_id, person_id, available_from, available_to, duration_days, preference_1, preference_2, preference_3, challenge_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(round, person, options.from ?? null, options.to ?? null, options.days ?? 5, preferences[0] ?? null, preferences[1] ?? null, preferences[2] ?? null, options.challengeId ?? null)
        .lastInsertRowid,
    )
  }
  const conflict = (a: number, b: number, reason: string) => db.prepare('INSERT INTO conflicts (organisation_a, organisation_b, reason) VALUES (?, ?, ?)').run(a, b, reason)
  return { ...temp, db, round, org, mentor, offer, nominate, conflict }
}

export function snapshot(db: Database.Database, round: number) {
  return {
    placements: db.prepare('SELECT * FROM placements WHERE round_id = ? ORDER BY id').all(round),
    nominations: db.prepare('SELECT id, status FROM nominations WHERE round_id = ? ORDER BY id').all(round),
    audit: (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
  }
}
