import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { UserError } from '../../shared/errors'
import type { ServiceContext } from './context'
import { assertNotProtected, type ProtectedFiles } from './outputGuard'
import { backupFolder } from './settings/backups'

/** The database and backups of this context, which no file the user names may replace. */
export function protectedFiles(ctx: ServiceContext): ProtectedFiles {
  return { database: ctx.conn.file, backupFolder: backupFolder(ctx) }
}

/** Flushes a folder's entry for a renamed file to disk; Windows cannot open a folder for this and needs no call. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes a whole file or nothing: into a temporary file beside the target, flushed to disk, then renamed over it
 * and the folder flushed, so neither an interrupted export nor a power cut leaves half a file where the user
 * expects a complete one.
 */
export function writeFileAtomically(file: string, content: string | Buffer): string {
  const target = resolve(file)
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw new UserError('file.folderMissing', { path: dirname(target) })
  if (existsSync(target) && statSync(target).isDirectory()) throw new UserError('file.isDirectory', { path: target })
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
  try {
    const fd = openSync(temporary, 'w', 0o600)
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, target)
    syncFolder(dirname(target))
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new UserError('file.cannotWrite', { path: target, detail: error instanceof Error ? error.message : String(error) })
  }
  return target
}

/** A file the user named, written whole, and never over the open database or a backup. */
export function writeUserFile(ctx: ServiceContext, file: string, content: string | Buffer): string {
  assertNotProtected(file, protectedFiles(ctx))
  return writeFileAtomically(file, content)
}
