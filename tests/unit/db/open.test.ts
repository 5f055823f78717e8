import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/open'
import { defaultMigrationsFolder } from '../../../db/paths'
import { UserError } from '../../../shared/errors'
import { tempDir } from '../../helpers/db'

const dirs: string[] = []
const fresh = () => {
  const d = tempDir()
  dirs.push(d)
  return d
}
afterEach(() => dirs.splice(0))

async function refusal(file: string, create = true): Promise<string> {
  try {
    const conn = await openDatabase(file, { create })
    conn.sqlite.close()
    return 'opened'
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).code
  }
}

describe('opening a database', () => {
  it('creates a new file with WAL, foreign keys and every table', async () => {
    const file = join(fresh(), 'new.sqlite')
    const conn = await openDatabase(file, { create: true })
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = conn.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['organisations', 'contacts', 'rounds', 'placements', 'settings', 'audit_log']))
    expect(conn.schemaVersion).toBeGreaterThan(0)
    conn.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run()
    // Personal data: readable by the user only, the write-ahead log too (issue 17).
    if (process.platform !== 'win32') for (const f of [file, `${file}-wal`]) expect(statSync(f).mode & 0o777, f).toBe(0o600)
    conn.sqlite.close()
  })

  it('refuses a text file and leaves it byte for byte unchanged', async () => {
    const file = join(fresh(), 'notes.sqlite')
    writeFileSync(file, 'this is not a database\n')
    expect(await refusal(file)).toBe('db.notSqlite')
    expect(readFileSync(file, 'utf8')).toBe('this is not a database\n')
  })

  it('refuses a foreign SQLite file without switching it to WAL or adding tables', async () => {
    const file = join(fresh(), 'other.sqlite')
    const other = new Database(file)
    other.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)')
    other.close()
    const before = readFileSync(file)
    expect(await refusal(file)).toBe('db.foreign')
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('refuses a file written by a newer version', async () => {
    const file = join(fresh(), 'newer.sqlite')
    const conn = await openDatabase(file, { create: true })
    conn.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 99999999999999)
    conn.sqlite.close()
    expect(await refusal(file)).toBe('db.newerVersion')
  })

  it('refuses a damaged file', async () => {
    const file = join(fresh(), 'damaged.sqlite')
    const conn = await openDatabase(file, { create: true })
    conn.sqlite.pragma('journal_mode = DELETE')
    conn.sqlite.close()
    const bytes = readFileSync(file)
    bytes.fill(0x5a, 4096, 8192)
    writeFileSync(file, bytes)
    expect(['db.corrupt', 'db.notSqlite']).toContain(await refusal(file))
  })

  it('creates nothing for a missing folder, a folder as file, or a missing file when not asked to create', async () => {
    const dir = fresh()
    expect(await refusal(join(dir, 'nope', 'x.sqlite'))).toBe('db.folderMissing')
    expect(existsSync(join(dir, 'nope'))).toBe(false)
    expect(await refusal(dir)).toBe('db.isDirectory')
    expect(await refusal(join(dir, 'absent.sqlite'), false)).toBe('db.notFound')
    expect(existsSync(join(dir, 'absent.sqlite'))).toBe(false)
  })

  it('backs up before applying a new migration to a file that has data, and then applies it', async () => {
    const dir = fresh()
    const migrations = join(dir, 'migrations')
    cpSync(defaultMigrationsFolder(), migrations, { recursive: true })
    const file = join(dir, 'old.sqlite')
    const conn = await openDatabase(file, { create: true, migrationsFolder: migrations })
    conn.sqlite.prepare("INSERT INTO rounds (name) VALUES ('Krog 2025')").run()
    conn.sqlite.close()
    const journalFile = join(migrations, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<Record<string, unknown>> }
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now(), tag: '9999_test', breakpoints: true })
    writeFileSync(journalFile, JSON.stringify(journal))
    writeFileSync(join(migrations, '9999_test.sql'), 'ALTER TABLE rounds ADD COLUMN test_column text;')
    const seen: number[] = []
    const reopened = await openDatabase(file, {
      create: false,
      migrationsFolder: migrations,
      beforeMigrate: async (sqlite) => void seen.push((sqlite.prepare('SELECT count(*) AS n FROM rounds').get() as { n: number }).n),
    })
    expect(seen).toEqual([1])
    expect(reopened.sqlite.prepare('SELECT name, test_column FROM rounds').all()).toEqual([{ name: 'Krog 2025', test_column: null }])
    reopened.sqlite.close()
  })
})
