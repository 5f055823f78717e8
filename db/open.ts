import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { UserError } from '../shared/errors'
import { fold, slSortKey } from '../shared/text'
import type { Connection } from './connection'
import { planMigrations } from './migrate'
import { defaultMigrationsFolder } from './paths'
import * as schema from './schema'

/** "EXDK": marks a SQLite file as ours, so a foreign SQLite file is refused before anything is written to it. */
export const APPLICATION_ID = 0x4558444b
const SQLITE_HEADER = 'SQLite format 3\u0000'

export interface OpenOptions {
  /** Create the file when it does not exist (its folder must). */
  create: boolean
  migrationsFolder?: string
  /** Path of a better-sqlite3 build for another ABI (Electron). */
  nativeBinding?: string
  /** Called with the open handle before pending migrations run on a file that already has data. */
  beforeMigrate?: (sqlite: Database.Database) => Promise<void>
}

function checkPath(file: string, create: boolean): boolean {
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new UserError('db.isDirectory', { path: file })
    if (statSync(file).size > 0 && !hasSqliteHeader(file)) throw new UserError('db.notSqlite', { path: file })
    return true
  }
  if (!existsSync(dirname(file))) throw new UserError('db.folderMissing', { path: dirname(file) })
  if (!create) throw new UserError('db.notFound', { path: file })
  return false
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(16)
    readSync(fd, buffer, 0, 16, 0)
    return buffer.toString('latin1') === SQLITE_HEADER
  } finally {
    closeSync(fd)
  }
}

/** Maps SQLite's own failures to messages the user can act on. */
export function sqliteFailure(error: unknown, file: string): UserError {
  if (error instanceof UserError) return error
  const code = (error as { code?: string }).code ?? ''
  const detail = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_NOTADB') return new UserError('db.notSqlite', { path: file })
  if (code.startsWith('SQLITE_CORRUPT')) return new UserError('db.corrupt', { path: file, detail })
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR'))
    return new UserError('db.cannotWrite', { path: file, detail })
  if (code === 'SQLITE_BUSY') return new UserError('db.busy', { path: file })
  return new UserError('db.cannotOpen', { path: file, detail })
}

/**
 * An SQLite failure while working on an open file that is the machine's doing, not ours: another program holds
 * the file, the disk is full, the medium became read-only or failed. The transaction was rolled back, so the
 * user gets a message and nothing changed; null for every other error (a bug, reported as internal).
 */
export function sqliteEnvironmentFailure(error: unknown, file: string): UserError | null {
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') return null
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new UserError('db.busy', { path: file })
  if (code === 'SQLITE_FULL') return new UserError('db.full', { path: file })
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR')) {
    return new UserError('db.cannotWrite', { path: file, detail: error instanceof Error ? error.message : code })
  }
  return null
}

/** Read-only checks that must pass before we change anything in an existing file. */
export function verifyDatabase(sqlite: Database.Database, file: string): void {
  const result = sqlite.pragma('integrity_check', { simple: true })
  if (result !== 'ok') throw new UserError('db.corrupt', { path: file, detail: String(result) })
  const applicationId = sqlite.pragma('application_id', { simple: true })
  const tables = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }
  if (applicationId !== APPLICATION_ID && tables.n > 0) throw new UserError('db.foreign', { path: file })
}

function registerFunctions(sqlite: Database.Database): void {
  sqlite.function('sl_key', { deterministic: true }, (text: unknown) => slSortKey(String(text ?? '')))
  sqlite.function('fold', { deterministic: true }, (text: unknown) => fold(String(text ?? '')))
}

export async function openDatabase(fileArg: string, options: OpenOptions): Promise<Connection> {
  const file = resolve(fileArg)
  const existed = checkPath(file, options.create)
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(file, { fileMustExist: existed, nativeBinding: options.nativeBinding })
    // Personal data: a new file is the user's alone (SQLite gives its -wal and -shm the same permissions).
    if (!existed && process.platform !== 'win32') chmodSync(file, 0o600)
    sqlite.pragma('busy_timeout = 5000')
    if (existed) verifyDatabase(sqlite, file)
    const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder()
    const plan = planMigrations(sqlite, migrationsFolder)
    sqlite.pragma(`application_id = ${APPLICATION_ID}`)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('synchronous = NORMAL')
    // Deleted and overwritten content is zeroed, not left in free space: erasures and anonymisation must erase.
    sqlite.pragma('secure_delete = ON')
    registerFunctions(sqlite)
    const orm = drizzle(sqlite, { schema })
    if (plan.pending > 0) {
      if (plan.applied > 0 && options.beforeMigrate) await options.beforeMigrate(sqlite)
      migrate(orm, { migrationsFolder })
    }
    return { file, sqlite, orm, schemaVersion: plan.known }
  } catch (error) {
    sqlite?.close()
    throw sqliteFailure(error, file)
  }
}

/** Opens a file only to look at it (backups before a restore): nothing is written, not even WAL mode. */
export function openReadOnly(file: string, nativeBinding?: string): Database.Database {
  checkPath(file, false)
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    verifyDatabase(sqlite, file)
    return sqlite
  } catch (error) {
    sqlite?.close()
    throw sqliteFailure(error, file)
  }
}
