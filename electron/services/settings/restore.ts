import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { backupIntoFolder } from '../../../db/backup'
import type { Connection } from '../../../db/connection'
import { expectedSchema, planMigrations, schemaOf } from '../../../db/migrate'
import { copyDatabase, removeDatabase } from '../../../db/move'
import { openReadOnly } from '../../../db/open'
import { defaultMigrationsFolder } from '../../../db/paths'
import type { RestorePreview, RestoreResult } from '../../../shared/domain/settings'
import { UserError } from '../../../shared/errors'
import { scrubFreedData } from '../../../db/scrub'
import { audit } from '../audit'
import { carryErasures } from '../privacy/carryErasures'
import type { ServiceContext } from '../context'
import { COUNTER_KEY, mergeCounters } from '../letters/register'
import { backupFolder, checkLinks, inspectBackup, removeOwnWalFiles } from './backups'
import { appInfo } from './info'
import { compareWithBackup, dropSummary, type RestoreComparison } from './restoreCompare'

const STAGED = /^\.restore-\d+\.sqlite(?:-wal|-shm)?$/

/** What a restore of `file` would drop and carry over, for the confirmation; nothing is written. */
export function previewRestore(ctx: ServiceContext, file: string): RestorePreview {
  const path = resolve(file)
  const backup = inspectBackup(path)
  const absent = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix))
  const sqlite = openReadOnly(path)
  try {
    return { backup, ...dropSummary(compareWithBackup(ctx.conn.sqlite, sqlite)) }
  } finally {
    sqlite.close()
    removeOwnWalFiles(path, absent)
  }
}

const counters = (sqlite: Database.Database): Record<string, number> => {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(COUNTER_KEY) as string | undefined
  try {
    return value === undefined ? {} : (JSON.parse(value) as Record<string, number>)
  } catch {
    return {}
  }
}

/**
 * Writes into the restored copy what must outlive the restore, in one transaction: the audit entries made since
 * the backup (marked as carried), the highest reference numbers issued, the erasures (people erased since the
 * backup are erased again), and the restore itself as an entry. Returns how many people were erased again.
 */
function carryOver(ctx: ServiceContext, restored: Connection, compared: RestoreComparison, source: string, safety: string): number {
  const live = ctx.conn.sqlite
  const later = live
    .prepare('SELECT at, user, entity, entity_id, action, before, after FROM audit_log WHERE id > ? ORDER BY id')
    .raw()
    .all(compared.auditAfter) as unknown[][]
  const insert = restored.sqlite.prepare("INSERT INTO audit_log (at, user, entity, entity_id, action, before, after, origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'restore')")
  return restored.sqlite.transaction(() => {
    for (const row of later) insert.run(...row)
    const erasedAgain = carryErasures(ctx, { ...ctx, conn: restored })
    restored.sqlite
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(COUNTER_KEY, JSON.stringify(mergeCounters(counters(restored.sqlite), counters(live))))
    // The dropped letters' own records (reference, placement, date) live on in the carried entries of their issue.
    const { count, first, last } = compared.letters
    audit({ ...ctx, conn: restored }, 'database', null, 'restore', null, {
      restoredFrom: source,
      replacedSavedAs: basename(safety),
      letters: count === 0 ? 0 : count === 1 ? `1 (${first})` : `${count} (${first} … ${last})`,
      imports: compared.imports.join(', '),
      placementsChanged: compared.placementsChanged,
      carriedEntries: later.length,
      erasedAgain,
    })
    return erasedAgain
  })()
}

/** The open file's tables are exactly this version's: a restore must not leave anything else behind. */
function liveSchemaIsOurs(conn: Connection): boolean {
  const folder = defaultMigrationsFolder()
  return schemaOf(conn.sqlite) === expectedSchema(folder, planMigrations(conn.sqlite, folder).applied)
}

/**
 * Replaces the open database with a backup. The backup is read (with its WAL) into a private copy; that copy is
 * checked, brought up to this version, given the audit trail since the backup, and then renamed over the open
 * file, so what was checked is what is restored. The current file is backed up first; if the restored file does
 * not open as ours, the current file is put back, so the user never ends up with neither.
 */
export async function restoreBackup(ctx: ServiceContext, file: string): Promise<RestoreResult> {
  const source = resolve(file)
  const target = ctx.conn.file
  if (source === target) throw new UserError('backup.sameFile', { path: source })
  // The private copy is made before the safety backup: that backup rotates the folder, which may delete an older
  // backup, possibly the very one being restored.
  const staged = join(dirname(target), `.restore-${process.pid}.sqlite`)
  // What an interrupted restore left behind: private copies are never used again once their process has gone.
  for (const left of readdirSync(dirname(target)).filter((f) => STAGED.test(f))) rmSync(join(dirname(target), left), { force: true })
  let safety: string
  let compared: RestoreComparison
  try {
    await copyDatabase(source, staged)
    inspectBackup(staged, undefined, source)
    checkLinks(staged, source)
    safety = await backupIntoFolder(ctx.conn.sqlite, backupFolder(ctx), 'restore', ctx.now())
    const restored = await ctx.reopen(staged)
    try {
      // From here to the rename nothing awaits, so no other change can slip in between what is carried and the swap.
      compared = compareWithBackup(ctx.conn.sqlite, restored.sqlite)
      // People erased since the backup are erased again in the copy; their old values must not stay in its bytes.
      if (carryOver(ctx, restored, compared, source, safety) > 0) scrubFreedData(restored.sqlite)
      restored.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      restored.sqlite.close()
    }
    if (existsSync(`${staged}-wal`) && statSync(`${staged}-wal`).size > 0) throw new Error(`${staged}-wal was not checkpointed`)
  } catch (error) {
    removeDatabase(staged)
    throw error
  }
  // Closing the last connection checkpoints the WAL into the file and removes it; a -wal or -shm still there
  // would otherwise be read together with the restored file.
  ctx.conn.sqlite.close()
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
  renameSync(staged, target)
  for (const suffix of ['-wal', '-shm']) rmSync(staged + suffix, { force: true })
  try {
    ctx.conn = await ctx.reopen(target)
    if (!liveSchemaIsOurs(ctx.conn)) {
      ctx.conn.sqlite.close()
      throw new UserError('backup.schemaDiffers', { path: source })
    }
  } catch (error) {
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
    copyFileSync(safety, target)
    ctx.conn = await ctx.reopen(target)
    throw error
  }
  return { restoredFrom: source, safetyBackup: safety, dropped: dropSummary(compared), info: appInfo(ctx) }
}
