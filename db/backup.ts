import { mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import type Database from 'better-sqlite3'
import { UserError } from '../shared/errors'

export type BackupReason = 'manual' | 'migration' | 'restore' | 'import' | 'daily' | 'bulk'

const BACKUP_NAME = /^exchange-desk-(\d{8}-\d{6}(?:-\d+)?)-([a-z]+)\.sqlite$/

/** Whether a file name is one of our backups or one of its SQLite side files (-wal, -shm, -journal). */
export function isBackupFileName(name: string): boolean {
  return BACKUP_NAME.test(name.replace(/-(?:wal|shm|journal)$/, ''))
}

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`
}

const PARTIAL = '.partial'

/**
 * Copies the open database with SQLite's online backup API (consistent even while it is in use). The copy is
 * written under a temporary name and renamed when complete, so a crash or a full disk never leaves a
 * half-written file under a backup's name (nor replaces a good one).
 */
export async function backupTo(sqlite: Database.Database, destination: string): Promise<string> {
  const partial = `${destination}${PARTIAL}`
  try {
    await sqlite.backup(partial)
    renameSync(partial, destination)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new UserError('backup.failed', { path: destination, detail: error instanceof Error ? error.message : String(error) })
  }
  return destination
}

/** A new backup in `folder`, named so that backups sort by time and say why they were made. */
export async function backupIntoFolder(
  sqlite: Database.Database,
  folder: string,
  reason: BackupReason,
  now = new Date(),
): Promise<string> {
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    throw new UserError('backup.folderUnusable', { path: folder, detail: error instanceof Error ? error.message : String(error) })
  }
  // What a crashed backup left behind (only this app writes here, and only one instance runs at a time).
  for (const left of readdirSync(folder).filter((f) => f.startsWith('exchange-desk-') && f.endsWith(`.sqlite${PARTIAL}`))) rmSync(join(folder, left), { force: true })
  let name = `exchange-desk-${stamp(now)}-${reason}.sqlite`
  for (let n = 2; readdirSync(folder).includes(name); n++) name = `exchange-desk-${stamp(now)}-${n}-${reason}.sqlite`
  const file = await backupTo(sqlite, join(folder, name))
  rotateBackups(folder)
  return file
}

export interface BackupFile {
  file: string
  name: string
  reason: string
  createdAt: string
  size: number
}

export function listBackups(folder: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .map((name) => {
      const file = join(folder, name)
      const stat = statSync(file)
      return { file, name, reason: BACKUP_NAME.exec(name)?.[2] ?? '', createdAt: stat.mtime.toISOString(), size: stat.size }
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1))
}

/** Keeps the newest `keepRecent` backups and the newest one of every month; deletes the rest. */
export function rotateBackups(folder: string, keepRecent = 20): string[] {
  const backups = listBackups(folder)
  const keep = new Set(backups.slice(0, keepRecent).map((b) => b.name))
  const monthsSeen = new Set<string>()
  for (const backup of backups) {
    const month = backup.name.slice('exchange-desk-'.length, 'exchange-desk-'.length + 6)
    if (!monthsSeen.has(month)) {
      monthsSeen.add(month)
      keep.add(backup.name)
    }
  }
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.file)
  for (const file of removed) unlinkSync(file)
  return removed.map((file) => basename(file))
}
