import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/run'
import { tempDir } from '../../helpers/db'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('CLI', () => {
  it('adds and lists partners and rounds with JSON in the contract field names', async () => {
    const db = join(tempDir(), 'cli.sqlite')
    expect((await run('--db', db, 'init')).code).toBe(0)
    const added = await run('--db', db, 'partners', 'add', '--name', 'Ministrstvo za finance', '--sector', 'ministry', '--tax-number', '84867744', '--json')
    expect(added.code).toBe(0)
    const org = JSON.parse(added.stdout)
    expect(org).toMatchObject({ id: expect.any(Number), name: 'Ministrstvo za finance', sector: 'ministry', taxNumber: '84867744' })
    await run('--db', db, 'partners', 'add', '--name', 'Čokolada d.o.o.', '--sector', 'company')
    const list = await run('--db', db, 'partners', 'list', '--json')
    expect(JSON.parse(list.stdout).map((o: { name: string }) => o.name)).toEqual(['Čokolada d.o.o.', 'Ministrstvo za finance'])
    const round = await run('--db', db, 'rounds', 'add', '--name', 'Krog 2026', '--kind', 'rolling', '--from', '2026-01-01', '--to', '2026-12-31', '--json')
    expect(JSON.parse(round.stdout)).toMatchObject({ name: 'Krog 2026', kind: 'rolling', startsOn: '2026-01-01', endsOn: '2026-12-31' })
    expect(JSON.parse((await run('--db', db, 'rounds', 'list', '--json')).stdout)).toHaveLength(1)
    expect((await run('--db', db, 'partners', 'list')).stdout).toContain('2 rows')
  })

  it('answers bad input with exit 1, a clear message and no change', async () => {
    const dir = tempDir()
    const db = join(dir, 'x.sqlite')
    await run('--db', db, 'init')
    const sector = await run('--db', db, 'partners', 'add', '--name', 'A', '--sector', 'bank')
    expect(sector).toMatchObject({ code: 1, stdout: '' })
    expect(sector.stderr).toBe('There is no sector “bank”. Allowed: ministry, public-body, company, ngo, association.')
    const sl = await run('--db', db, '--lang', 'sl', 'partners', 'add', '--name', 'A', '--sector', 'company', '--tax-number', '12345678')
    expect(sl.code).toBe(1)
    expect(sl.stderr).toContain('--tax-number: Davčna številka ni veljavna')
    const date = await run('--db', db, 'rounds', 'add', '--name', 'R', '--from', '2026-02-30x')
    expect(date.stderr).toBe('--from: Enter a valid date.')
    expect(JSON.parse((await run('--db', db, 'partners', 'list', '--json')).stdout)).toEqual([])

    const missingFolder = join(dir, 'no', 'such', 'db.sqlite')
    expect((await run('--db', missingFolder, 'partners', 'list')).code).toBe(1)
    expect((await run('--db', missingFolder, 'init')).stderr).toContain('does not exist')
    expect(existsSync(join(dir, 'no'))).toBe(false)

    const text = join(dir, 'text.sqlite')
    writeFileSync(text, 'not a database')
    const notSqlite = await run('--db', text, 'partners', 'list', '--json')
    expect(notSqlite).toMatchObject({ code: 1, stdout: '' })
    expect(notSqlite.stderr).toContain('is not an Exchange Desk database')
    expect(readFileSync(text, 'utf8')).toBe('not a database')

    expect((await run('--db', db, 'frobnicate')).code).toBe(1)
    expect((await run('--db', db, 'partners', 'list', '--colour')).code).toBe(1)
    expect((await run('--db', join(dir, 'absent.sqlite'), 'partners', 'list')).stderr).toContain('There is no database')
  })

  it('backs up and restores', async () => {
    const dir = tempDir()
    const db = join(dir, 'b.sqlite')
    await run('--db', db, 'partners', 'add', '--name', 'Prva', '--sector', 'ngo')
    expect((await run('--db', db, 'backup', '--out', join(dir, 'copy.sqlite'))).code).toBe(0)
    await run('--db', db, 'partners', 'add', '--name', 'Druga', '--sector', 'ngo')
    const restored = await run('--db', db, 'restore', join(dir, 'copy.sqlite'), '--json')
    expect(restored.code).toBe(0)
    expect(JSON.parse(restored.stdout).info.counts.organisations).toBe(1)
    expect((await run('--db', db, 'restore', join(dir, 'nothing.sqlite'))).code).toBe(1)
  })

  it('prints help with every command', async () => {
    const help = await run('--help')
    expect(help.code).toBe(0)
    for (const command of ['init', 'demo', 'partners list', 'partners add', 'rounds add', 'rounds list', 'backup', 'restore']) expect(help.stdout).toContain(command)
  })
})
