import Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { UserError } from '../shared/errors'

export interface MigrationPlan {
  applied: number
  pending: number
  known: number
}

interface AppliedRow {
  hash: string
  created_at: number
}

/**
 * Compares what the file has applied with the migrations this version ships. A file written by a newer
 * version (a migration we do not know) or whose applied migrations differ from ours is refused: migrations are
 * immutable once landed, and we never migrate down.
 */
export function planMigrations(sqlite: Database.Database, migrationsFolder: string): MigrationPlan {
  const known = readMigrationFiles({ migrationsFolder })
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get()
  const applied: AppliedRow[] = hasTable
    ? (sqlite.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at').all() as AppliedRow[])
    : []
  const knownByTime = new Map(known.map((m) => [m.folderMillis, m.hash]))
  for (const row of applied) {
    const hash = knownByTime.get(Number(row.created_at))
    if (hash === undefined) throw new UserError('db.newerVersion', { applied: applied.length, known: known.length })
    if (hash !== row.hash) throw new UserError('db.migrationChanged', { migration: Number(row.created_at) })
  }
  return { applied: applied.length, pending: known.length - applied.length, known: known.length }
}

/**
 * SQLite's own objects, matched by their literal prefix. `LIKE 'sqlite_%'` is not that: `_` matches any
 * character, so a crafted trigger `sqlitex_keep`, view `sqlitev` or table `sqliteZstash` would pass unseen.
 */
const INTERNAL_TABLE = /^(?:sqlite_sequence|sqlite_stat[1-4])$/
const INTERNAL_INDEX = /^sqlite_autoindex_/
const isInternal = (type: string, name: string) => (type === 'table' && INTERNAL_TABLE.test(name)) || (type === 'index' && INTERNAL_INDEX.test(name))

/** Tables, indexes, triggers and views with their SQL, as SQLite keeps them (drizzle's own journal left out). */
export function schemaOf(sqlite: Database.Database): string {
  const rows = (sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').raw().all() as Array<[string, string, string, string | null]>).filter(
    ([type, name]) => !isInternal(type, name) && !(type === 'table' && name === '__drizzle_migrations'),
  )
  return JSON.stringify(rows)
}

const expected = new Map<string, string>()

/**
 * The schema a file has after exactly the first `applied` migrations of this version: made once in memory by
 * running their SQL. A file whose schema differs was changed by something else, or damaged in a way that
 * integrity_check does not see (a flipped byte in a CREATE statement).
 */
export function expectedSchema(migrationsFolder: string, applied: number): string {
  const key = `${migrationsFolder}|${applied}`
  let schema = expected.get(key)
  if (schema === undefined) {
    const memory = new Database(':memory:')
    try {
      for (const migration of readMigrationFiles({ migrationsFolder }).slice(0, applied)) for (const statement of migration.sql) if (statement.trim()) memory.exec(statement)
      schema = schemaOf(memory)
    } finally {
      memory.close()
    }
    expected.set(key, schema)
  }
  return schema
}
