import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rng } from '../helpers/random'
import { TAX } from '../helpers/workbooks'
import { dump, HEADER, run, runJson, world } from './world'

describe('import boundaries', () => {
  it('random bytes, truncated workbooks and empty files end in exit 1 with one message, never a crash, and change nothing', async () => {
    const w = await world()
    const good = readFileSync(await w.file('ok.xlsx', [HEADER, ['Ana', 'Novak', 'ana@mf.si', '', 'Ministrstvo za finance', TAX.ministry, '', '', 'da']]))
    const before = dump(w.db)
    const random = rng(4)
    const cases: Array<[string, Uint8Array]> = [['empty.xlsx', new Uint8Array(0)], ['empty.csv', new Uint8Array(0)]]
    for (let i = 0; i < 6; i++) cases.push([`cut-${i}.xlsx`, good.subarray(0, 30 + random.int(good.length - 60))])
    for (let i = 0; i < 6; i++) cases.push([`noise-${i}.${random.pick(['xlsx', 'csv', 'docx'])}`, Uint8Array.from({ length: 1 + random.int(4000) }, () => random.int(256))])
    for (const [name, bytes] of cases) {
      const path = join(w.dir, name)
      writeFileSync(path, bytes)
      const result = await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026')
      expect(result.code, `${name}: ${result.stderr}`).not.toBe(2)
      if (result.code === 1) expect(result.stderr.split('\n').length, name).toBeLessThanOrEqual(2)
    }
    expect(dump(w.db)).toBe(before)
  })

  it('stores preferred hosts and the challenge as links to the partner list and the round', async () => {
    const w = await world()
    w.sql("INSERT INTO challenges (round_id, title) VALUES (1, 'Digitalne javne storitve') RETURNING id")
    const path = await w.file('prijave.xlsx', [
      ['Ime', 'Priimek', 'Organizacija', 'Želena organizacija 1', 'Želena organizacija 2', 'Izziv', 'Oddelek'],
      ['Ana', 'Novak', 'Ministrstvo za finance', 'Cebelica', 'Neznan gostitelj', 'digitalne javne storitve', 'Služba za IT'],
    ])
    const done = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026')
    expect(done).toMatchObject({ code: 0, json: { imported: 1 } })
    expect(w.sql('SELECT preference_1 AS p1, preference_2 AS p2, challenge_id AS challenge, notes FROM nominations')).toEqual([
      { p1: 2, p2: null, challenge: 1, notes: 'Oddelek / Department: Služba za IT' },
    ])
  })
})
