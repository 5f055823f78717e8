import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_DEMO_SEED, loadDemoData } from '../../../electron/services/demo'
import { UserError } from '../../../shared/errors'
import { dumpDatabase, openTempDatabase, type TempDatabase } from './helpers'

const opened: TempDatabase[] = []
async function fresh(): Promise<TempDatabase> {
  const db = await openTempDatabase()
  opened.push(db)
  return db
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

function expectUserError(action: () => unknown, code: string): void {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe(code)
    return
  }
  throw new Error(`expected ${code}, nothing was thrown`)
}

describe('loadDemoData', () => {
  it('returns the counts of what it wrote', async () => {
    const db = await fresh()
    const summary = loadDemoData(db.conn)
    const count = (table: string) => (db.conn.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(summary).toMatchObject({
      seed: DEFAULT_DEMO_SEED,
      organisations: count('organisations'), contacts: count('contacts'), rounds: 12, people: count('people'),
      nominations: count('nominations'), placements: count('placements'), teams: count('teams'),
      teamMembers: count('team_members'), workshopAttendance: count('workshop_attendance'), conflicts: count('conflicts'),
    })
    expect(summary.placements).toBeGreaterThan(900)
  })

  it('gives byte-identical data for the same seed, and a different data set for another seed', async () => {
    const first = await fresh()
    const second = await fresh()
    const other = await fresh()
    const started = performance.now()
    loadDemoData(first.conn, { seed: 7 })
    const elapsed = performance.now() - started
    loadDemoData(second.conn, { seed: 7 })
    loadDemoData(other.conn, { seed: 8 })
    expect(dumpDatabase(second.conn)).toBe(dumpDatabase(first.conn))
    expect(dumpDatabase(other.conn)).not.toBe(dumpDatabase(first.conn))
    // Timing is reported, not asserted (handbook §5: figures belong to the bench, never to a pass/fail).
    console.info(`loadDemoData: ${elapsed.toFixed(0)} ms on a fresh file`)
  })

  it('keeps the published history for other seeds too', async () => {
    for (const seed of [1, 2, 3]) {
      const db = await fresh()
      loadDemoData(db.conn, { seed })
      const placements = (year: number) =>
        (db.conn.sqlite
          .prepare("SELECT count(*) AS n FROM placements p JOIN rounds r ON r.id = p.round_id WHERE substr(r.starts_on, 1, 4) = ?")
          .get(String(year)) as { n: number }).n
      expect(placements(2015)).toBe(27)
      expect(placements(2018)).toBe(135)
      expect(db.conn.sqlite.pragma('foreign_key_check')).toEqual([])
    }
  })

  it('refuses a database that already has organisations, and changes nothing', async () => {
    const db = await fresh()
    loadDemoData(db.conn)
    const before = dumpDatabase(db.conn)
    expectUserError(() => loadDemoData(db.conn), 'demo.notEmpty')
    expectUserError(() => loadDemoData(db.conn, { seed: 99 }), 'demo.notEmpty')
    expect(dumpDatabase(db.conn)).toBe(before)
  })

  it('leaves the file as it was when anything fails half-way', async () => {
    const db = await fresh()
    const before = dumpDatabase(db.conn)
    // Make the very last kind of row fail: everything before it must be rolled back with it.
    db.conn.sqlite.exec("CREATE TRIGGER fail_demo BEFORE INSERT ON workshop_attendance BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    expect(() => loadDemoData(db.conn)).toThrow('disk full')
    db.conn.sqlite.exec('DROP TRIGGER fail_demo')
    expect(dumpDatabase(db.conn)).toBe(before)
  })

  it('refuses a seed that is not a 32-bit whole number', async () => {
    const db = await fresh()
    expectUserError(() => loadDemoData(db.conn, { seed: Number.NaN }), 'demo.badSeed')
    expectUserError(() => loadDemoData(db.conn, { seed: 1.5 }), 'demo.badSeed')
    expect((db.conn.sqlite.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n).toBe(0)
  })
})
