import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Connection } from '../../../db/connection'
import { openDatabase } from '../../../db/open'

export interface TempDatabase {
  conn: Connection
  close(): void
}

/** A fresh database file in its own temp folder, migrated like the app's. */
export async function openTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-demo-'))
  const conn = await openDatabase(join(dir, 'desk.sqlite'), { create: true })
  return {
    conn,
    close() {
      conn.sqlite.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Every row of every table, in rowid order: equal dumps mean equal data. */
export function dumpDatabase(conn: Connection): string {
  const tables = conn.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[]
  return tables
    .map(({ name }) => `${name}\n${JSON.stringify(conn.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all())}`)
    .join('\n')
}

/**
 * Organisations taking part in each round: those that sent or hosted someone, or offered places. Offers count
 * because the 2015 pilot had thirty companies signed up but only 27 people exchanged.
 */
export const TAKING_PART = `
  WITH part AS (
    SELECT round_id, home_organisation_id AS organisation_id FROM placements WHERE status <> 'withdrawn'
    UNION SELECT round_id, host_organisation_id FROM placements WHERE status <> 'withdrawn'
    UNION SELECT round_id, organisation_id FROM offers
  )
  SELECT CAST(substr(r.starts_on, 1, 4) AS INTEGER) AS year, o.id, o.sector
    FROM part JOIN organisations o ON o.id = part.organisation_id JOIN rounds r ON r.id = part.round_id`

export interface YearFigures {
  ministries: number
  companies: number
  ngos: number
  publicBodies: number
  participants: number
}

/** Per-year figures as the annual report would give them (participants: people placed, not withdrawn). */
export function figuresByYear(conn: Connection): Map<number, YearFigures> {
  const rows = conn.sqlite
    .prepare(
      `WITH taking AS (${TAKING_PART})
       SELECT year, sum(sector = 'ministry') AS ministries, sum(sector = 'company') AS companies,
              sum(sector = 'ngo') AS ngos, sum(sector = 'public-body') AS publicBodies,
              (SELECT count(*) FROM placements p JOIN rounds r ON r.id = p.round_id
                WHERE p.status <> 'withdrawn' AND CAST(substr(r.starts_on, 1, 4) AS INTEGER) = taking.year) AS participants
         FROM taking GROUP BY year ORDER BY year`,
    )
    .all() as ({ year: number } & YearFigures)[]
  return new Map(rows.map(({ year, ...figures }) => [year, figures]))
}
