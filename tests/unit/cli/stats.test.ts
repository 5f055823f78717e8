import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/run'
import { tempDir } from '../../helpers/db'
import { readWorkbook, shown } from '../stats/readBack'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

let dir: string
let db: string
beforeAll(async () => {
  dir = tempDir()
  db = join(dir, 'demo.sqlite')
  expect((await run('--db', db, 'demo')).code).toBe(0)
})

describe('CLI: stats', () => {
  it('prints the issue’s JSON for a year, with the sector keys of the partners CLI', async () => {
    const { code, stdout, stderr } = await run('--db', db, 'stats', '--year', '2018', '--json')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const json = JSON.parse(stdout)
    expect(json).toMatchObject({ year: 2018, from: 2018, to: 2018, roundId: null })
    expect(Object.keys(json.organisations).sort()).toEqual(['association', 'company', 'ministry', 'ngo', 'public-body'])
    for (const key of ['participants', 'newPartners', 'personDays', 'mixedTeams', 'workshops']) expect(typeof json[key], key).toBe('number')
    expect(Object.keys(json.byDirection).sort()).toEqual(['privateToPublic', 'publicToPrivate', 'withNgos', 'withinPrivate', 'withinPublic'])
    const sum = Object.values(json.byDirection as Record<string, number>).reduce((a, b) => a + b, 0)
    expect(sum).toBe(json.participants)
    // The published story of the pilot: 5 ministries and 30 companies in 2015, 8 and 46 in 2018, five times the participants.
    expect(json.growth[0]).toEqual({ year: 2015, ministries: 5, companies: 30, ngos: 0, participants: 27 })
    expect(json.growth.at(-1)).toMatchObject({ year: 2018, ministries: 8, companies: 46 })
    expect(json.growth.at(-1).participants / json.growth[0].participants).toBeCloseTo(5, 0)
    expect(json.organisations).toMatchObject({ ministry: 8, company: 46 })
  })

  it('adds up a range and takes a round by name', async () => {
    const range = JSON.parse((await run('--db', db, 'stats', '--from', '2015', '--to', '2016', '--json')).stdout)
    const y2015 = JSON.parse((await run('--db', db, 'stats', '--year', '2015', '--json')).stdout)
    const y2016 = JSON.parse((await run('--db', db, 'stats', '--year', '2016', '--json')).stdout)
    expect(range).toMatchObject({ year: null, from: 2015, to: 2016, participants: y2015.participants + y2016.participants })
    const round = await run('--db', db, 'stats', '--round', 'Izmenjave za sodelovanje 2024', '--json')
    expect(round.code).toBe(0)
    expect(JSON.parse(round.stdout)).toMatchObject({ year: 2024, roundId: expect.any(Number) })
  })

  it('prints a readable table in the user’s language with Slovenian number formats', async () => {
    const sl = await run('--db', db, 'stats', '--from', '2015', '--to', '2026', '--lang', 'sl')
    expect(sl.code).toBe(0)
    expect(sl.stdout).toContain('Statistika izmenjav zaposlenih — Obdobje 2015–2026')
    expect(sl.stdout).toMatch(/Načrtovani osebodnevi \(delovni dnevi\)\s+\d\.\d{3}\n/)
    expect(sl.stdout).toMatch(/2018\s+8\s+46\s+0\s+135\s+5,0 ×/)
    const en = await run('--db', db, 'stats', '--year', '2018')
    expect(en.stdout).toContain('Year 2018')
    expect(en.stdout).toMatch(/Public → private sector\s+\d+/)
  })

  it('says in the user’s language what is wrong with the period, exit 1', async () => {
    expect(await run('--db', db, 'stats', '--lang', 'sl')).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('Izberite obdobje') })
    expect(await run('--db', db, 'stats', '--year', '2018', '--from', '2015')).toMatchObject({ code: 1, stderr: expect.stringContaining('--year, --from') })
    expect(await run('--db', db, 'stats', '--year', '20o8')).toMatchObject({ code: 1, stderr: expect.stringContaining('“20o8” is not a valid year') })
    expect(await run('--db', db, 'stats', '--year', '1999')).toMatchObject({ code: 1, stderr: expect.stringContaining('between 2000 and 2100') })
    expect(await run('--db', db, 'stats', '--from', '2020', '--to', '2018')).toMatchObject({ code: 1, stderr: expect.stringContaining('after the last year') })
    expect(await run('--db', db, 'stats', '--round', 'Ni takega kroga')).toMatchObject({ code: 1 })
  })

  it('exports the workbook with the same numbers it prints, and refuses a bad target without writing', async () => {
    const out = join(dir, 'statistika 2018.xlsx')
    const done = await run('--db', db, 'stats', 'export', '--year', '2018', '--lang', 'sl', '--out', out)
    expect(done).toMatchObject({ code: 0, stderr: '' })
    expect(done.stdout).toBe(`Statistika je shranjena v ${out}.`)
    const json = JSON.parse((await run('--db', db, 'stats', '--year', '2018', '--json')).stdout)
    const book = await readWorkbook(out)
    const summary = book.getWorksheet('Povzetek')!
    const values = new Map<string, unknown>()
    summary.eachRow((row) => values.set(String(shown(row.getCell(1))), shown(row.getCell(2))))
    expect(values.get('Udeleženci')).toBe(json.participants)
    expect(values.get('Novi partnerji')).toBe(json.newPartners)
    expect(book.getWorksheet('Izmenjave')).toBeUndefined()

    const withDetail = await run('--db', db, 'stats', 'export', '--year', '2018', '--out', join(dir, 'detail.xlsx'), '--detail', '--json')
    expect(JSON.parse(withDetail.stdout).detailRows).toBe(json.participants)
    const personal = await run('--db', db, 'stats', 'export', '--year', '2018', '--out', join(dir, 'personal.xlsx'), '--personal')
    expect(personal.stdout).toContain('names, e-mail addresses')

    expect(await run('--db', db, 'stats', 'export', '--year', '2018', '--out', join(dir, 'no-such-folder', 'x.xlsx'))).toMatchObject({ code: 1, stderr: expect.stringContaining('does not exist') })
    expect(await run('--db', db, 'stats', 'export', '--year', '2018', '--out', join(dir, 'x.csv'))).toMatchObject({ code: 1, stderr: expect.stringContaining('.xlsx') })
    expect(existsSync(join(dir, 'x.csv'))).toBe(false)
    expect(await run('--db', db, 'stats', 'export', '--year', '2018')).toMatchObject({ code: 1, stderr: expect.stringContaining('--out') })
  })
})
