import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID } from '../../../db/open'
import { runCli } from '../../../electron/cli/run'
import { findChromium } from '../../../electron/services/letters/chromium'
import { tempContext } from '../../helpers/db'
import { buildLettersWorld, type LettersWorld } from '../letters/world'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

let t: Awaited<ReturnType<typeof tempContext>>
let world: LettersWorld
beforeEach(async () => {
  t = await tempContext()
  world = buildLettersWorld(t.ctx)
  t.ctx.conn.sqlite.close()
})
afterEach(() => t.cleanup())

async function letter(placement: number): Promise<string> {
  const result = await run('--db', t.file, 'letters', '--round', String(world.roundId), '--placement', String(placement), '--kind', 'participant', '--started', '--out', join(t.dir, 'letters'), '--json')
  expect(result.stderr).toBe('')
  return (JSON.parse(result.stdout) as { letters: Array<{ reference: string }> }).letters[0]!.reference
}

describe.skipIf(!findChromium().found)('restore command and reference numbers', () => {
  it('says what the restore drops, and the next letter after it gets a new number', async () => {
    const first = await letter(world.durda)
    const backup = join(t.dir, 'before.sqlite')
    expect((await run('--db', t.file, 'backup', '--out', backup)).code).toBe(0)
    const dropped = await letter(world.john)
    const preview = await run('--db', t.file, '--lang', 'sl', 'restore', backup, '--dry-run')
    expect(preview.code).toBe(0)
    expect(preview.stdout).toContain(`Po nastanku kopije je bilo izdano 1 pismo (${dropped}).`)
    const restored = await run('--db', t.file, 'restore', backup, '--json')
    expect(restored.code).toBe(0)
    expect(JSON.parse(restored.stdout)).toMatchObject({ dropped: { letters: { count: 1, first: dropped, last: dropped }, imports: [] } })
    const again = await letter(world.john)
    expect(new Set([first, dropped, again]).size).toBe(3)
    const audit = JSON.parse((await run('--db', t.file, 'audit', '--action', 'restore', '--json')).stdout) as Array<{ action: string }>
    expect(audit).toHaveLength(1)
  })
})

describe('restore command refusals', () => {
  it('refuses an empty file and a crafted backup as user errors (exit 1) and changes nothing', async () => {
    const empty = join(t.dir, 'empty.sqlite')
    const db = new Database(empty)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.close()
    const refusedEmpty = await run('--db', t.file, 'restore', empty)
    expect(refusedEmpty).toMatchObject({ code: 1, stdout: '' })
    expect(refusedEmpty.stderr).toContain('empty database')
    const crafted = join(t.dir, 'crafted.sqlite')
    expect((await run('--db', t.file, 'backup', '--out', crafted)).code).toBe(0)
    const file = new Database(crafted)
    file.exec('CREATE VIEW sqlitev AS SELECT email FROM people')
    file.close()
    const refused = await run('--db', t.file, 'restore', crafted)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('not an intact copy')
    const after = new Database(t.file, { readonly: true })
    expect(after.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get()).toBe(0)
    after.close()
  })
})
