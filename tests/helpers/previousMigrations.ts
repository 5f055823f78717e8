import { cpSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultMigrationsFolder } from '../../db/paths'

/**
 * A copy of the migrations folder as an earlier version shipped it: the first `count` migrations only. A test
 * opens a file with it, writes data as that version would, then opens the file again with today's migrations.
 */
export function previousMigrations(dir: string, count: number): string {
  const previous = join(dir, 'migrations')
  cpSync(defaultMigrationsFolder(), previous, { recursive: true })
  const journalFile = join(previous, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ idx: number; tag: string }> }
  for (const entry of journal.entries.filter((e) => e.idx >= count)) unlinkSync(join(previous, `${entry.tag}.sql`))
  journal.entries = journal.entries.filter((e) => e.idx < count)
  writeFileSync(journalFile, JSON.stringify(journal))
  return previous
}
