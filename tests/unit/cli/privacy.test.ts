import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/run'
import { tempDir } from '../../helpers/db'
import { dump } from '../privacy/helpers'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

function read<T>(db: string, sql: string, ...params: unknown[]): T {
  const sqlite = new Database(db, { readonly: true })
  try {
    return sqlite.prepare(sql).get(...params) as T
  } finally {
    sqlite.close()
  }
}
const snapshot = (db: string) => {
  const sqlite = new Database(db, { readonly: true })
  try {
    return dump(sqlite)
  } finally {
    sqlite.close()
  }
}
const backups = (dir: string) => readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('-bulk.sqlite'))

let template: string
beforeAll(async () => {
  template = join(tempDir(), 'demo.sqlite')
  expect((await run('--db', template, 'demo')).code).toBe(0)
})

async function demoCopy() {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  expect((await run('--db', template, 'backup', '--out', db)).code).toBe(0)
  return { dir, db }
}

describe('CLI: personal data', () => {
  it('person export writes HTML or JSON by the extension', async () => {
    const { dir, db } = await demoCopy()
    const { email, last_name: lastName } = read<{ email: string; last_name: string }>(db, 'SELECT email, last_name FROM people ORDER BY id LIMIT 1')
    const html = await run('--db', db, 'person', 'export', '--email', email, '--out', join(dir, 'oseba.html'), '--lang', 'sl')
    expect(html).toMatchObject({ code: 0, stderr: '' })
    expect(html.stdout).toBe(`Podatki o osebi (zapisov: 1) so izvoženi v ${join(dir, 'oseba.html')}.`)
    expect(readFileSync(join(dir, 'oseba.html'), 'utf8')).toContain(`<dd>${lastName}</dd>`)
    const json = await run('--db', db, 'person', 'export', '--email', email, '--out', join(dir, 'oseba.json'), '--json')
    expect(JSON.parse(json.stdout)).toEqual({ file: join(dir, 'oseba.json'), people: 1 })
    expect(JSON.parse(readFileSync(join(dir, 'oseba.json'), 'utf8')).people[0].lastName).toBe(lastName)
    const missing = await run('--db', db, 'person', 'export', '--email', 'nihce@primer.si', '--out', join(dir, 'x.html'))
    expect(missing).toMatchObject({ code: 1, stdout: '' })
    expect(missing.stderr).toContain('There is no person “nihce@primer.si”')
    expect((await run('--db', db, 'person', 'export', '--email', email)).stderr).toBe('The option --out is missing.')
  })

  it('person erase says what it would remove and changes nothing without --yes; with --yes it erases after a backup', async () => {
    const { dir, db } = await demoCopy()
    const { email } = read<{ email: string }>(db, 'SELECT email FROM people ORDER BY id LIMIT 1')
    const before = snapshot(db)
    const dry = await run('--db', db, 'person', 'erase', '--email', email)
    expect(dry.code).toBe(1)
    expect(dry.stderr).toMatch(new RegExp(`^Erasing ${email.replace(/\./g, '\\.')} would remove their personal data everywhere\\. Affected: person records 1, nominations \\d+, placements \\d+`))
    expect(dry.stderr).toContain('repeat the command with --yes')
    expect(snapshot(db)).toBe(before)
    const done = await run('--db', db, 'person', 'erase', '--email', email, '--yes', '--json')
    expect(done.code).toBe(0)
    expect(JSON.parse(done.stdout)).toMatchObject({ emails: [email], backup: expect.stringContaining(join(dir, 'backups')) })
    expect(backups(dir)).toHaveLength(1)
    expect(read<{ n: number }>(db, 'SELECT count(*) AS n FROM people WHERE email = ?', email).n).toBe(0)
    expect((await run('--db', db, 'person', 'erase', '--email', email, '--yes')).code).toBe(1)
    expect(backups(dir)).toHaveLength(1)
  })

  it('anonymise needs --yes, counts the people, refuses an open round, and anonymises a closed one', async () => {
    const { dir, db } = await demoCopy()
    const round = 'Partnerstvo za spremembe 2017'
    const people = read<{ n: number }>(db, 'SELECT count(DISTINCT person_id) AS n FROM nominations n JOIN rounds r ON r.id = n.round_id WHERE r.name = ?', round).n
    const before = snapshot(db)
    const dry = await run('--db', db, 'anonymise', '--round', round)
    expect(dry.code).toBe(1)
    expect(dry.stderr).toContain(`Anonymising “${round}” would remove the first and last name, e-mail, phone and job title of ${people} people`)
    const sl = await run('--db', db, '--lang', 'sl', 'anonymise', '--round', round)
    expect(sl.stderr).toContain(`${people} oseb`)
    const open = await run('--db', db, 'anonymise', '--round', 'Izmenjave za sodelovanje 2026', '--yes')
    expect(open).toMatchObject({ code: 1 })
    expect(open.stderr).toContain('is not closed yet')
    expect((await run('--db', db, 'anonymise', '--round', 'Ni takega kroga', '--yes')).code).toBe(1)
    expect(snapshot(db)).toBe(before)
    const done = await run('--db', db, 'anonymise', '--round', round, '--yes', '--json')
    expect(done.code).toBe(0)
    expect(JSON.parse(done.stdout)).toMatchObject({ roundName: round, people, dueOnly: false, backup: expect.stringMatching(/-bulk\.sqlite$/) })
    expect(backups(dir)).toHaveLength(1)
    const again = await run('--db', db, 'anonymise', '--round', round, '--yes')
    expect(again).toMatchObject({ code: 0 })
    expect(again.stdout).toContain('has nobody to anonymise')
    expect(backups(dir)).toHaveLength(1)
  })

  it('audit --json lists the newest entries, filtered by record and limited', async () => {
    const { db } = await demoCopy()
    await run('--db', db, 'rounds', 'add', '--name', 'Krog 2027')
    await run('--db', db, 'anonymise', '--round', 'Partnerstvo za spremembe 2016', '--yes')
    const all = await run('--db', db, 'audit', '--json', '--limit', '2')
    expect(all.code).toBe(0)
    expect(JSON.parse(all.stdout).map((e: { entity: string; action: string }) => `${e.entity} ${e.action}`)).toEqual(['round anonymise', 'round create'])
    const demo = JSON.parse((await run('--db', db, 'audit', '--json', '--entity', 'database')).stdout)
    expect(demo).toEqual([expect.objectContaining({ entity: 'database', action: 'demo', changes: expect.arrayContaining([{ field: 'people', before: null, after: expect.any(String) }]) })])
    const text = await run('--db', db, 'audit', '--entity', 'round')
    expect(text.stdout).toContain('Shown 2 of 2.')
    expect((await run('--db', db, 'audit', '--limit', 'many')).stderr).toBe('“many” is not a valid number for --limit.')
    expect((await run('--db', db, 'audit', '--from', '2026-13-01')).stderr).toBe('--from: Enter a valid date.')
  })

  it('lists the new commands in the help', async () => {
    const help = await run('--help')
    for (const command of ['person export', 'person erase', 'anonymise', 'audit']) expect(help.stdout).toContain(command)
  })
})
