import { readdirSync } from 'node:fs'
import type Database from 'better-sqlite3'
import type { ServiceContext } from '../../../electron/services/context'
import { loadDemoData } from '../../../electron/services/demo'
import { tempContext } from '../../helpers/db'

/** A temp database with the demo data set (rounds 2015–2026, the 2026 round open); the clock is 22 Nov 2026. */
export async function demoContext() {
  const temp = await tempContext()
  loadDemoData(temp.ctx.conn)
  return temp
}

/**
 * The yearly figures of the annual report computed with plain SQL, independent of the statistics service:
 * placements and distinct people by year, sector pair and status, person-days, mixed-team members by sector,
 * workshop attendance and ratings. Equal strings mean equal statistics.
 */
export function statisticsFingerprint(sqlite: Database.Database): string {
  const placements = sqlite
    .prepare(
      `SELECT substr(p.starts_on, 1, 4) AS year, p.home_sector, p.host_sector, p.status, count(*) AS placements,
              count(DISTINCT n.person_id) AS people, sum(julianday(p.ends_on) - julianday(p.starts_on) + 1) AS personDays,
              sum(coalesce(p.days_actual, 0)) AS daysActual, avg(p.participant_rating) AS participantRating, avg(p.host_rating) AS hostRating
         FROM placements p JOIN nominations n ON n.id = p.nomination_id
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all()
  const nominations = sqlite.prepare('SELECT round_id, status, count(*) AS n, count(DISTINCT person_id) AS people FROM nominations GROUP BY 1, 2 ORDER BY 1, 2').all()
  const teams = sqlite
    .prepare(
      `SELECT t.round_id, t.id, o.sector, count(*) AS members FROM team_members m JOIN teams t ON t.id = m.team_id
         JOIN people pe ON pe.id = m.person_id JOIN organisations o ON o.id = pe.organisation_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all()
  const workshops = sqlite
    .prepare('SELECT w.round_id, w.id, count(*) AS registered, sum(a.attended) AS attended FROM workshop_attendance a JOIN workshops w ON w.id = a.workshop_id GROUP BY 1, 2 ORDER BY 1, 2')
    .all()
  const peopleBySector = sqlite
    .prepare('SELECT o.sector, count(*) AS n FROM people pe JOIN organisations o ON o.id = pe.organisation_id GROUP BY 1 ORDER BY 1')
    .all()
  return JSON.stringify({ placements, nominations, teams, workshops, peopleBySector })
}

/** Every row of every table: equal dumps mean nothing changed. */
export function dump(sqlite: Database.Database): string {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]
  return tables.map((t) => `${t}\n${JSON.stringify(sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all())}`).join('\n')
}

/** Every text value anywhere in the database that contains `needle` (case-insensitive), as table.column. */
export function findEverywhere(sqlite: Database.Database, needle: string): string[] {
  const found: string[] = []
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
  for (const table of tables) {
    const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]
    for (const column of columns) {
      const n = sqlite.prepare(`SELECT count(*) FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0`).pluck().get(needle) as number
      if (n > 0) found.push(`${table}.${column}`)
    }
  }
  return found
}

export function backupsIn(ctx: ServiceContext): string[] {
  try {
    return readdirSync(ctx.defaultBackupFolder).filter((f) => f.endsWith('.sqlite'))
  } catch {
    return []
  }
}

/** A stored letter for a placement, as the letters area writes them (its text names the participant). */
export function insertLetter(sqlite: Database.Database, placementId: number, reference: string, html: string): void {
  sqlite
    .prepare(
      `INSERT INTO letters (placement_id, kind, language, reference, created_at, created_by, content_hash, html)
       VALUES (?, 'participant', 'sl', ?, '2025-03-01T09:00:00Z', 'referent', 'hash', ?)`,
    )
    .run(placementId, reference, html)
}
