import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../db/open'
import type { ServiceContext } from '../../electron/services/context'
import { proposePlan } from '../../electron/services/planning/propose'
import { loadRoundInstance } from '../../electron/services/planning/store/load'
import { planRound } from '../../electron/services/planning/store/proposal'
import type { PlanningInstance } from '../../shared/planning/types'

/**
 * Writes a generated round into a fresh SQLite file (organisations, people, nominations, offers, conflicts) so the
 * benchmark can time the proposal end to end: reading the round back, solving, and storing it.
 */
export async function roundInDatabase(instance: PlanningInstance) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-planning-'))
  const conn = await openDatabase(join(dir, 'bench.sqlite'), { create: true })
  const ctx: ServiceContext = { conn, user: 'bench', now: () => new Date(), defaultBackupFolder: dir, reopen: (f) => openDatabase(f, { create: false }) }
  const db = conn.sqlite
  db.transaction(() => {
    const roundId = Number(
      db.prepare("INSERT INTO rounds (name, kind, starts_on, ends_on, status, rules) VALUES ('Bench', 'call', ?, ?, 'planning', ?)")
        .run(instance.period.from, instance.period.to, JSON.stringify(instance.rules)).lastInsertRowid,
    )
    const org = db.prepare("INSERT INTO organisations (id, name, sector, sort_key, search_key, search_text) VALUES (?, ?, ?, ?, '', '')")
    for (const o of instance.organisations) org.run(o.id, o.name, o.sector, o.name)
    const person = db.prepare("INSERT INTO people (id, organisation_id, first_name, last_name, sort_key) VALUES (?, ?, 'Ime', ?, ?)")
    const nomination = db.prepare(
      `INSERT INTO nominations (id, round_id, person_id, available_from, available_to, duration_days, preference_1, preference_2, preference_3)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const n of instance.nominations) {
      person.run(n.personId, n.organisationId, `Priimek ${n.id}`, `priimek ${n.id}`)
      nomination.run(n.id, roundId, n.personId, n.availableFrom, n.availableTo, n.durationDays, n.preferences[0] ?? null, n.preferences[1] ?? null, n.preferences[2] ?? null)
    }
    const offer = db.prepare('INSERT INTO offers (id, round_id, organisation_id, places, available_from, available_to, languages) VALUES (?, ?, ?, ?, ?, ?, ?)')
    for (const o of instance.offers) offer.run(o.id, roundId, o.organisationId, o.places, o.from, o.to, o.languages.join(','))
    const conflict = db.prepare('INSERT INTO conflicts (organisation_a, organisation_b, reason) VALUES (?, ?, ?)')
    for (const c of instance.conflicts) conflict.run(c.organisationA, c.organisationB, c.reason)
  })()
  const roundId = (db.prepare('SELECT id FROM rounds').get() as { id: number }).id
  return {
    /** Load from SQLite and compute the proposal (what "Propose" shows). */
    loadAndPropose: () => proposePlan(loadRoundInstance(ctx, roundId).instance),
    /** The same, then stored in one transaction (what "Propose" does). */
    planAndStore: async () => (await planRound(ctx, roundId)).summary,
    close: () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
