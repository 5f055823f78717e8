import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../../../shared/errors'
import type { ReferencePattern } from '../../../shared/letters/reference'
import type { ServiceContext } from '../context'
import { replaceFileDurably } from '../files'
import { getSettings, readSetting } from '../settings/settings'

/**
 * Reference numbers issued, kept outside the database as well as inside it. A restore, or an older copy of the
 * file opened in its place, rolls the database back; these files are not rolled back with it. One beside the
 * database (`<file>.references.json`) and one in each backup folder (shared by every copy of the file that backs up
 * there, so a copy opened elsewhere in the same data folder still sees it). Each holds, per pattern and year, the
 * highest sequence number ever issued.
 */
export const REGISTER_NAME = 'exchange-desk.references.json'
export const COUNTER_KEY = 'letters.referenceCounters'

type Highest = Record<string, number>

/**
 * The counter a pattern keeps: per year when the pattern restarts each year, one for ever otherwise. `{n}`,
 * `{seq}` and `{seq:3}` number the same sequence, so they share one key.
 */
export const counterKey = (pattern: ReferencePattern, year: number) => {
  const normalised = pattern.pattern.replace(/\{\s*(?:seq|n)(?::[1-9])?\s*\}/, '{seq}')
  return pattern.pattern.includes('{year}') ? `${normalised}|${year}` : normalised
}
/** The key the database's counter used before the registers (the pattern as typed). */
const legacyKey = (pattern: ReferencePattern, year: number) => (pattern.pattern.includes('{year}') ? `${pattern.pattern}|${year}` : pattern.pattern)

/**
 * Beside the database, in the backup folder Settings names, and in the default backup folder when that is another
 * one: an older copy of the file may name another folder (or none) in its settings.
 */
export function registerFiles(ctx: ServiceContext): string[] {
  const folders = [...new Set([resolve(getSettings(ctx).backupFolder), resolve(ctx.defaultBackupFolder)])]
  return [`${ctx.conn.file}.references.json`, ...folders.map((folder) => join(folder, REGISTER_NAME))]
}

function readRegister(file: string): Highest {
  if (!existsSync(file)) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    // A damaged register could hide numbers already issued: refuse rather than guess.
    throw new UserError('letters.registerDamaged', { path: file, detail: error instanceof Error ? error.message : String(error) })
  }
  const highest = (parsed as { highest?: unknown } | null)?.highest
  if (typeof highest !== 'object' || highest === null) throw new UserError('letters.registerDamaged', { path: file, detail: 'no "highest"' })
  const result: Highest = {}
  for (const [key, value] of Object.entries(highest)) if (Number.isSafeInteger(value) && (value as number) > 0) result[key] = value as number
  return result
}

/** The highest sequence number issued for a pattern and year, by the database's counter and every register it can read. */
export function highestIssued(ctx: ServiceContext, pattern: ReferencePattern, year: number): number {
  const key = counterKey(pattern, year)
  const counters = readSetting<Highest>(ctx, COUNTER_KEY, {})
  return Math.max(counters[key] ?? 0, counters[legacyKey(pattern, year)] ?? 0, ...registerFiles(ctx).map((file) => readRegister(file)[key] ?? 0))
}

/**
 * Records that numbers up to `last` are issued, in both registers and in the database's counter. Called inside
 * the transaction that inserts the letters, before it commits: a crash afterwards leaves a gap, never a repeat.
 */
export function recordIssued(ctx: ServiceContext, pattern: ReferencePattern, year: number, last: number): void {
  const key = counterKey(pattern, year)
  for (const file of registerFiles(ctx)) {
    try {
      const highest = readRegister(file)
      highest[key] = Math.max(highest[key] ?? 0, last)
      mkdirSync(dirname(file), { recursive: true })
      replaceFileDurably(file, `${JSON.stringify({ highest }, null, 2)}\n`)
    } catch (error) {
      if (error instanceof UserError) throw error
      throw new UserError('letters.registerUnwritable', { path: file, detail: error instanceof Error ? error.message : String(error) })
    }
  }
  const counters = readSetting<Highest>(ctx, COUNTER_KEY, {})
  counters[key] = Math.max(counters[key] ?? 0, last)
  ctx.conn.sqlite
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(COUNTER_KEY, JSON.stringify(counters))
}

/** Both counters merged, each key at its highest: what a restored file keeps of the file it replaced. */
export function mergeCounters(a: Highest, b: Highest): Highest {
  const merged: Highest = { ...a }
  for (const [key, value] of Object.entries(b)) merged[key] = Math.max(merged[key] ?? 0, value)
  return merged
}
