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
 * Replaces a file whole or not at all: a temporary file beside the target (readable by the user only), flushed to
 * disk, renamed over it, and the folder flushed, so neither a killed process nor a power cut leaves half a file.
 * Throws the system's error; the callers say what it means to the user.
 */
export function replaceFileDurably(target: string, content: string | Buffer): void {
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
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  syncFolder(dirname(target))
}

/** A file the user keeps, written whole or not at all (see replaceFileDurably), with a message when it cannot be. */
export function writeFileAtomically(file: string, content: string | Buffer): string {
  const target = resolve(file)
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw new UserError('file.folderMissing', { path: dirname(target) })
  if (existsSync(target) && statSync(target).isDirectory()) throw new UserError('file.isDirectory', { path: target })
  try {
    replaceFileDurably(target, content)
  } catch (error) {
    throw new UserError('file.cannotWrite', { path: target, detail: error instanceof Error ? error.message : String(error) })
  }
  return target
}

/** A file the user named, written whole, and never over the open database or a backup. */
export function writeUserFile(ctx: ServiceContext, file: string, content: string | Buffer): string {
  assertNotProtected(file, protectedFiles(ctx))
  return writeFileAtomically(file, content)
}
