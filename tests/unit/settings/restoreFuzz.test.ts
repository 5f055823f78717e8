import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRouter } from '../../../electron/router'
import { allHandlers } from '../../../electron/handlers'
import type { ServiceContext } from '../../../electron/services/context'
import { createOrganisation } from '../../../electron/services/partners/organisations'
import { createRound } from '../../../electron/services/rounds/rounds'
import { backupNow } from '../../../electron/services/settings/backups'
import { dump } from '../privacy/helpers'
import { tempContext } from '../../helpers/db'

/**
 * Backups chosen for a restore are files from anywhere: random bytes, a copy cut short by a full stick, a file
 * with bytes flipped on a failing disk, somebody else's SQLite file. Each one goes through the same path as the
 * Restore button (the IPC router), and the answer must be either a refusal with a message (never an internal
 * error) that left the open database exactly as it was, or a restore of a file that passes every check.
 */

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

let temp: Awaited<ReturnType<typeof tempContext>>
let ctx: ServiceContext
let valid: Buffer
const cases: Array<{ name: string; bytes: Buffer | null }> = []
// FUZZ_SEED replays a run: the seed is printed with every failure.
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000

beforeAll(async () => {
  temp = await tempContext()
  ctx = temp.ctx
  for (let i = 0; i < 30; i++) createOrganisation(ctx, { name: `Organizacija ${i} d.o.o.`, sector: i % 2 ? 'company' : 'ngo', city: 'Šmarje' }, true)
  createRound(ctx, { name: 'Izmenjave 2027', kind: 'rolling', startsOn: '2027-01-01', endsOn: '2027-12-31' })
  valid = readFileSync((await backupNow(ctx)).file)

  const next = random(seed)
  const int = (n: number) => Math.floor(next() * n)
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)))
  for (let i = 0; i < 25; i++) cases.push({ name: `random ${i}`, bytes: bytes(int(70_000)) })
  for (let i = 0; i < 25; i++) cases.push({ name: `cut short ${i}`, bytes: valid.subarray(0, int(valid.length)) })
  for (let i = 0; i < 60; i++) {
    const copy = Buffer.from(valid)
    // Mostly a few bytes, sometimes many; a third of the cases aim at the first page (header and schema).
    const flips = 1 + int(next() < 0.7 ? 4 : 64)
    for (let f = 0; f < flips; f++) copy[next() < 0.33 ? int(4096) : int(copy.length)] = int(256)
    cases.push({ name: `flipped ${i} (${flips} bytes)`, bytes: copy })
  }
  for (let i = 0; i < 10; i++) cases.push({ name: `valid header, random pages ${i}`, bytes: Buffer.concat([valid.subarray(0, 100), bytes(4096 * (1 + int(8)) - 100)]) })
  cases.push({ name: 'empty file', bytes: Buffer.alloc(0) })
  cases.push({ name: 'a text file', bytes: Buffer.from('Ime;Priimek\nAna;Novak\n') })
  cases.push({ name: 'a zip archive', bytes: Buffer.from('504b0304140000000800', 'hex') })
  const foreign = join(temp.dir, 'foreign.sqlite')
  const other = new Database(foreign)
  other.exec("CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO organisations (name) VALUES ('tuje')")
  other.close()
  cases.push({ name: 'somebody else’s SQLite file', bytes: readFileSync(foreign) })
  const blank = join(temp.dir, 'blank.sqlite')
  new Database(blank).close()
  cases.push({ name: 'an empty SQLite file', bytes: readFileSync(blank) })
  cases.push({ name: 'a folder', bytes: null })
}, 60_000)

afterAll(() => temp.cleanup())

describe('restoring damaged and foreign files', () => {
  it('refuses each with a message and changes nothing, or restores a file that passes every check', async () => {
    const router = createRouter(
      allHandlers({ openFile: () => ({ file: null }), chooseFolder: () => ({ folder: null }), readImage: () => ({ dataUrl: '' }), saveFile: () => ({ file: null }) }),
      ctx,
      () => undefined,
    )
    const tally = { refused: 0, restored: 0 }
    const codes = new Set<string>()
    const folder = join(temp.dir, 'chosen')
    mkdirSync(folder)
    for (const [i, c] of cases.entries()) {
      const file = join(folder, `case-${i}.sqlite`)
      if (c.bytes === null) mkdirSync(file)
      else writeFileSync(file, c.bytes)
      const before = dump(ctx.conn.sqlite)
      const result = await router.invoke('backup:restore', { file })
      const label = `${c.name} (seed ${seed})`
      if (!result.ok) {
        expect(result.error.code, label).not.toBe('internal')
        codes.add(result.error.code)
        expect(dump(ctx.conn.sqlite), label).toBe(before)
        tally.refused++
      } else {
        expect(ctx.conn.sqlite.pragma('integrity_check', { simple: true }), label).toBe('ok')
        expect(ctx.conn.sqlite.pragma('foreign_key_check'), label).toEqual([])
        tally.restored++
      }
    }
    console.log('restore fuzz', { cases: cases.length, ...tally, codes: [...codes].sort(), seed })
    expect(tally.refused).toBeGreaterThan(cases.length / 2)
    expect(codes).toContain('db.notSqlite')
  }, 120_000)
})
