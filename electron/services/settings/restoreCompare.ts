import type Database from 'better-sqlite3'
import type { RestoreDrop } from '../../../shared/domain/settings'

export interface RestoreComparison extends RestoreDrop {
  /** Audit entries of the current file newer than the backup's newest. */
  auditAfter: number
}

const columnsOf = (sqlite: Database.Database, table: string) => (sqlite.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name)

/** Placements added, removed or changed: compared on the columns both files have (a backup may be older). */
function placementsChanged(live: Database.Database, backup: Database.Database): number[] {
  const liveColumns = new Set(columnsOf(live, 'placements'))
  const columns = columnsOf(backup, 'placements').filter((c) => liveColumns.has(c))
  const select = `SELECT id, json_array(${columns.map((c) => `"${c}"`).join(', ')}) AS row FROM placements`
  const read = (sqlite: Database.Database) => new Map((sqlite.prepare(select).raw().all() as Array<[number, string]>).map(([id, row]) => [id, row]))
  const now = read(live)
  const then = read(backup)
  const changed: number[] = []
  for (const [id, row] of now) if (then.get(id) !== row) changed.push(id)
  for (const id of then.keys()) if (!now.has(id)) changed.push(id)
  return changed
}

const SHOWN_NAMES = 8

/** People erased in the current file whose erasure the backup does not hold: the restore erases them again. */
function erasuresSince(live: Database.Database, backup: Database.Database): number {
  const kept = new Set(backup.prepare('SELECT email_hash FROM erasures').pluck().all() as string[])
  return (live.prepare('SELECT email_hash FROM erasures').pluck().all() as string[]).filter((hash) => !kept.has(hash)).length
}

/** Whose placements those are, by the file that still has them (the current one first), in Slovenian order. */
function peopleOf(live: Database.Database, backup: Database.Database, placementIds: number[]): string[] {
  const select = `SELECT p.id, NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), '') AS name
                    FROM placements p JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id
                   WHERE p.id IN (SELECT value FROM json_each(?))`
  const names = new Map<number, string | null>()
  for (const sqlite of [backup, live]) for (const [id, name] of sqlite.prepare(select).raw().all(JSON.stringify(placementIds)) as Array<[number, string | null]>) names.set(id, name)
  return [...new Set([...names.values()].filter((n): n is string => n !== null))].sort((a, b) => a.localeCompare(b, 'sl'))
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
  const changedPlacements = placementsChanged(live, backup)
  return {
    letters: { count: dropped.length, first: dropped[0] ?? null, last: dropped.at(-1) ?? null },
    imports,
    placementsChanged: changedPlacements.length,
    placementPeople: peopleOf(live, backup, changedPlacements).slice(0, SHOWN_NAMES),
    erasuresKept: erasuresSince(live, backup),
    auditCarried,
    auditAfter,
  }
}

/** The part of a comparison the confirmation and the CLI show. */
export const dropSummary = ({ letters, imports, placementsChanged: changed, placementPeople, erasuresKept, auditCarried }: RestoreComparison): RestoreDrop => ({
  letters,
  imports,
  placementsChanged: changed,
  placementPeople,
  erasuresKept,
  auditCarried,
})
