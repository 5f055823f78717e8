import { existsSync, realpathSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { isBackupFileName } from '../../db/backup'
import { UserError } from '../../shared/errors'

/** What no export, template, report or letter may ever replace: the open database and its backups. */
export interface ProtectedFiles {
  /** The open database file; its -wal, -shm and -journal are protected with it. */
  database: string
  /** The folder backups go to; the backups in it (and their side files) are protected. */
  backupFolder?: string | null
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal']

/**
 * The real path a file has or would have: links resolved (for a file not there yet, its folder's links), so a
 * link or a `..` cannot make the database look like another file.
 */
function realTarget(file: string): string {
  const target = resolve(file)
  if (existsSync(target)) return realpathSync.native(target)
  const folder = dirname(target)
  return existsSync(folder) ? join(realpathSync.native(folder), basename(target)) : target
}

/** Windows and macOS compare names without case; a path differing only in case is the same file there. */
function sameFile(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b
}

/**
 * Refuses a target that is the database, one of its side files, or a backup, however it is spelled (issue 17:
 * `template … --out <the database>` replaced it). Called by every path that writes a file the user named.
 */
export function assertNotProtected(file: string, files: ProtectedFiles): void {
  const target = realTarget(file)
  const database = realTarget(files.database)
  if (SIDE_FILES.some((suffix) => sameFile(target, database + suffix))) throw new UserError('file.isDatabase', { path: target })
  if (files.backupFolder && isBackupFileName(basename(target)) && sameFile(dirname(target), realTarget(files.backupFolder))) {
    throw new UserError('file.isBackup', { path: target })
  }
}
