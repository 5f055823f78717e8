import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { backupIntoFolder, listBackups, type BackupReason } from '../../../db/backup'
import { expectedSchema, planMigrations, schemaOf } from '../../../db/migrate'
import { APPLICATION_ID, openReadOnly } from '../../../db/open'
import { defaultMigrationsFolder } from '../../../db/paths'
import type { BackupSummary } from '../../../shared/domain/settings'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { countRows } from './info'
import { getSettings, writeSetting } from './settings'

export function backupFolder(ctx: ServiceContext): string {
  return getSettings(ctx).backupFolder
}

/** A backup before a change of many rows (a proposal, an undo, anonymising…): the user can always go back. */
export function backupBeforeBulkChange(ctx: ServiceContext): Promise<string> {
  return backupIntoFolder(ctx.conn.sqlite, backupFolder(ctx), 'bulk', ctx.now())
}

export async function backupNow(ctx: ServiceContext, reason: BackupReason = 'manual'): Promise<BackupSummary> {
  const file = await backupIntoFolder(ctx.conn.sqlite, backupFolder(ctx), reason, ctx.now())
  return inspectBackup(file)
}

/** Our backups are named exchange-desk-<stamp>-<reason>.sqlite; any other file has no reason to show. */
const BACKUP_REASON = /^exchange-desk-\d{8}-\d{6}(?:-\d+)?-([a-z]+)\.sqlite$/

/**
 * Backups are WAL files (the online backup copies the journal mode), and a read-only connection to a WAL file
 * creates -wal and -shm beside it that it cannot remove on close. Left alone, every look at a backup left two
 * orphans in the backup folder that rotation never deletes. Removes them when we made them and they hold nothing.
 */
export function removeOwnWalFiles(path: string, createdByUs: string[]): void {
  const wal = `${path}-wal`
  if (!createdByUs.includes('-wal') || !existsSync(wal) || statSync(wal).size > 0) return
  for (const suffix of createdByUs) rmSync(path + suffix, { force: true })
}

/**
 * Opens a backup read-only and says what it holds; refuses files that are not ours, broken, empty or from a newer
 * version. `shownAs` is the name messages give the file (a restore checks a private copy of the user's file).
 */
export function inspectBackup(file: string, migrationsFolder = defaultMigrationsFolder(), shownAs = resolve(file)): BackupSummary {
  const path = resolve(file)
  const absent = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix))
  const sqlite = openReadOnly(path)
  try {
    // openReadOnly accepts an empty SQLite file (a new database may start as one), but a backup must be ours:
    // without this, an empty or blank file failed later as an internal "no such table" error.
    if (sqlite.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new UserError('db.foreign', { path: shownAs })
    const plan = planMigrations(sqlite, migrationsFolder)
    // A file marked as ours but without a single migration holds nothing to go back to.
    if (plan.applied === 0) throw new UserError('backup.empty', { path: shownAs })
    if (schemaOf(sqlite) !== expectedSchema(migrationsFolder, plan.applied)) throw new UserError('backup.schemaDiffers', { path: shownAs })
    const stat = statSync(path)
    const reason = BACKUP_REASON.exec(basename(path))?.[1] ?? ''
    return { file: path, createdAt: stat.mtime.toISOString(), reason, size: stat.size, schemaVersion: plan.applied, counts: countRows(sqlite) }
  } finally {
    sqlite.close()
    removeOwnWalFiles(path, absent)
  }
}

export function listBackupSummaries(ctx: ServiceContext): BackupSummary[] {
  return listBackups(backupFolder(ctx)).flatMap((b) => {
    try {
      return [inspectBackup(b.file)]
    } catch {
      return []
    }
  })
}

export function setBackupFolder(ctx: ServiceContext, folder: string) {
  const path = resolve(folder)
  try {
    mkdirSync(path, { recursive: true })
    if (!statSync(path).isDirectory()) throw new Error('not a folder')
  } catch (error) {
    throw new UserError('backup.folderUnusable', { path, detail: error instanceof Error ? error.message : String(error) })
  }
  writeSetting(ctx, 'backupFolder', path)
  return getSettings(ctx)
}

/** Every reference between records holds (a damaged page can break one without integrity_check noticing). */
export function checkLinks(path: string, shownAs = path): void {
  const absent = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix))
  const sqlite = openReadOnly(path)
  try {
    const broken = sqlite.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) throw new UserError('backup.brokenLinks', { path: shownAs, count: broken.length })
  } finally {
    sqlite.close()
    removeOwnWalFiles(path, absent)
  }
}
