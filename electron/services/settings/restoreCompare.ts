import type Database from 'better-sqlite3'
import type { RestoreDrop } from '../../../shared/domain/settings'

export interface RestoreComparison extends RestoreDrop {
  /** Audit entries of the current file newer than the backup's newest. */
  auditAfter: number
}

const columnsOf = (sqlite: Database.Database, table: string) => (sqlite.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name)

/** Placements added, removed or changed: compared on the columns both files have (a backup may be older). */
function placementsChanged(live: Database.Database, backup: Database.Database): number {
  const liveColumns = new Set(columnsOf(live, 'placements'))
  const columns = columnsOf(backup, 'placements').filter((c) => liveColumns.has(c))
  const select = `SELECT id, json_array(${columns.map((c) => `"${c}"`).join(', ')}) AS row FROM placements`
  const read = (sqlite: Database.Database) => new Map((sqlite.prepare(select).raw().all() as Array<[number, string]>).map(([id, row]) => [id, row]))
  const now = read(live)
  const then = read(backup)
  let changed = 0
  for (const [id, row] of now) if (then.get(id) !== row) changed++
  for (const id of then.keys()) if (!now.has(id)) changed++
  return changed
}

/** What replacing `live` with `backup` would drop, and how many audit entries would be carried over. */
export function compareWithBackup(live: Database.Database, backup: Database.Database): RestoreComparison {
  const kept = new Set(backup.prepare('SELECT reference FROM letters').pluck().all() as string[])
  // Letters the backup does not hold, oldest first.
  const dropped = (live.prepare('SELECT reference FROM letters ORDER BY id').pluck().all() as string[]).filter((reference) => !kept.has(reference))
  const imported = new Set((backup.prepare('SELECT id, file_name FROM import_batches').raw().all() as Array<[number, string]>).map(([id, name]) => `${id}|${name}`))
  const imports = (live.prepare('SELECT id, file_name FROM import_batches ORDER BY id').raw().all() as Array<[number, string]>)
    .filter(([id, name]) => !imported.has(`${id}|${name}`))
    .map(([, name]) => name)
  const auditAfter = backup.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number
  const auditCarried = live.prepare('SELECT count(*) FROM audit_log WHERE id > ?').pluck().get(auditAfter) as number
  return {
    letters: { count: dropped.length, first: dropped[0] ?? null, last: dropped.at(-1) ?? null },
    imports,
    placementsChanged: placementsChanged(live, backup),
    auditCarried,
    auditAfter,
  }
}

/** The part of a comparison the confirmation and the CLI show. */
export const dropSummary = ({ letters, imports, placementsChanged: changed, auditCarried }: RestoreComparison): RestoreDrop => ({
  letters,
  imports,
  placementsChanged: changed,
  auditCarried,
})
