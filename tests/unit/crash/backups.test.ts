import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../../db/backup'
import { NOMINATIONS, run, withDb, world } from '../import/store/world'
import { tempDir } from '../../helpers/db'

/**
 * Issue 8: a backup before every import, restore and bulk change. Each bulk path is run as the user runs it (the
 * CLI, which calls the same services as the screens) and must leave exactly one new backup, saying why it was made.
 * Migrations and the daily backup are made when the app opens the file (electron/main.ts); loading the demo data
 * set only fills an empty database, so there is nothing to back up.
 */
const backupsOf = (db: string) => listBackups(join(dirname(db), 'backups'))

async function step(db: string, argv: string[]): Promise<string[]> {
  const before = new Set(backupsOf(db).map((b) => b.name))
  const result = await run('--db', db, ...argv)
  expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0)
  return backupsOf(db).filter((b) => !before.has(b.name)).map((b) => b.reason)
}

describe('a backup before every bulk change', () => {
  it('imports (nominations, partners) and undoing an import each back up first', async () => {
    const w = await world()
    const nominations = await w.file('prijave.xlsx', NOMINATIONS)
    const partners = await w.file('partnerji.xlsx', [
      ['Naziv organizacije', 'Sektor', 'Kraj'],
      ['Novo podjetje d.o.o.', 'podjetje', 'Maribor'],
    ])
    const made = {
      'nominations import': await step(w.db, ['nominations', 'import', nominations, '--round', 'Krog 2026', '--skip-invalid']),
      'partners import': await step(w.db, ['partners', 'import', partners]),
      'import undo': await step(w.db, ['nominations', 'undo', '2']),
    }
    console.log(made)
    expect(made).toEqual({ 'nominations import': ['import'], 'partners import': ['import'], 'import undo': ['bulk'] })
  })

  it('a round plan, anonymising a round, erasing a person and restoring a backup each back up first', async () => {
    const db = join(tempDir(), 'desk.sqlite')
    expect((await run('--db', db, 'demo')).code).toBe(0)
    const openRound = withDb(db, (sqlite) => sqlite.prepare("SELECT id FROM rounds WHERE status = 'open' ORDER BY id DESC").pluck().get() as number)
    // Someone of the open round, whom anonymising the 2015 round leaves alone.
    const email = withDb(db, (sqlite) => sqlite.prepare('SELECT p.email FROM people p JOIN nominations n ON n.person_id = p.id WHERE n.round_id = ? ORDER BY p.id').pluck().get(openRound) as string)
    const made: Record<string, string[]> = { 'round plan': await step(db, ['round', 'plan', '--round', String(openRound)]) }
    made['anonymise'] = await step(db, ['anonymise', '--round', '1', '--yes'])
    made['person erase'] = await step(db, ['person', 'erase', '--email', email, '--yes'])
    made['restore'] = await step(db, ['restore', backupsOf(db)[0]!.file])
    console.log(made)
    expect(made).toEqual({ 'round plan': ['bulk'], anonymise: ['bulk'], 'person erase': ['bulk'], restore: ['restore'] })
  })
})
