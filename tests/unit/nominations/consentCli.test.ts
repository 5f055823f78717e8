import { describe, expect, it } from 'vitest'
import { dump, HEADER, NOMINATIONS, run, runJson, world } from '../import/store/world'

/** Today as the CLI sees it (the computer's clock and time zone). */
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

const consentOf = (w: Awaited<ReturnType<typeof world>>) =>
  w.sql(`SELECT p.email, n.consent, n.consent_on AS consentOn, n.consent_method AS consentMethod, n.consent_withdrawn_on AS consentWithdrawnOn
    FROM nominations n JOIN people p ON p.id = n.person_id ORDER BY p.email`)

/** Three people of the same ministry, in a file with no consent column. */
const WITHOUT_CONSENT = [
  HEADER.slice(0, 8),
  ['Ana', 'Novak', 'ana.novak@mf.si', '', 'Ministrstvo za finance', '', '', ''],
  ['Bor', 'Kralj', 'bor.kralj@mf.si', '', 'Ministrstvo za finance', '', '', ''],
  ['Cvetka', 'Lah', 'cvetka.lah@mf.si', '', 'Ministrstvo za finance', '', '', ''],
]

describe('consent from the imported file', () => {
  it('a consent column gives consent "in the file" on the import day; the JSON report lists warnings beside errors', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const result = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', '--create-organisations')
    expect(result.code).toBe(0)
    expect(consentOf(w)).toEqual([
      { email: null, consent: 1, consentOn: today(), consentMethod: 'file', consentWithdrawnOn: null },
      { email: 'ana.novak@mf.si', consent: 1, consentOn: today(), consentMethod: 'file', consentWithdrawnOn: null },
      { email: 'maja@neznano.si', consent: 0, consentOn: null, consentMethod: null, consentWithdrawnOn: null },
    ])
    expect(result.json.warnings).toContainEqual({ row: 0, column: null, field: 'consent', code: 'consent_not_given', message: expect.stringContaining('1 person has “no” or nothing in the consent column') })
    for (const w of result.json.warnings) expect(Object.keys(w)).toEqual(['row', 'column', 'field', 'code', 'message'])
  })

  it('a file without a consent column is warned about with the count, in Slovenian plural forms, and imports people without consent', async () => {
    const w = await world()
    const path = await w.file('ministrstvo.xlsx', WITHOUT_CONSENT)
    const sl = await runJson('--db', w.db, '--lang', 'sl', 'nominations', 'import', path, '--round', 'Krog 2026', '--dry-run')
    expect(sl.json.warnings).toContainEqual(expect.objectContaining({
      code: 'no_consent_column',
      message: 'List Prijave: datoteka nima stolpca s soglasjem, zato nobena od teh 3 oseb ne more prejeti pisma, dokler soglasje ni zabeleženo.',
    }))
    const en = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026')
    expect(en.json.warnings).toContainEqual(expect.objectContaining({
      code: 'no_consent_column',
      message: 'Sheet Prijave: the file has no consent column, so none of these 3 people can receive a letter until consent is recorded.',
    }))
    expect(consentOf(w).map((r) => (r as { consent: number }).consent)).toEqual([0, 0, 0])
  })

  it('a corrected file does not take back consent the officer recorded by hand', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', '--create-organisations')
    expect((await run('--db', w.db, 'nominations', 'consent', '--round', 'Krog 2026', '--email', 'maja@neznano.si', '--on', '2026-01-15')).code).toBe(0)
    const again = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', '--create-organisations')
    expect(again.json).toMatchObject({ imported: 0 })
    expect(consentOf(w)[2]).toEqual({ email: 'maja@neznano.si', consent: 1, consentOn: '2026-01-15', consentMethod: 'form', consentWithdrawnOn: null })
  })
})

describe('nominations consent (CLI)', () => {
  it('records consent for the given addresses (any case) and for --all, withdraws it, and says so in both languages', async () => {
    const w = await world()
    await run('--db', w.db, 'nominations', 'import', await w.file('ministrstvo.xlsx', WITHOUT_CONSENT), '--round', 'Krog 2026')
    const some = await runJson('--db', w.db, 'nominations', 'consent', '--round', 'Krog 2026', '--email', 'ANA.NOVAK@mf.si', '--email', 'bor.kralj@mf.si', '--on', '2026-03-01', '--method', 'email')
    expect(some).toMatchObject({ code: 0, json: { round: 1, action: 'give', on: '2026-03-01', method: 'email', changed: [1, 2], unchanged: [] } })
    const all = await run('--db', w.db, '--lang', 'sl', 'nominations', 'consent', '--round', 'Krog 2026', '--all', '--on', '2026-03-01', '--method', 'email')
    expect(all).toMatchObject({ code: 0, stdout: 'Soglasje zabeleženo kot dano 1. 3. 2026 (e-pošta): 1 prijava; že prej tako: 2.' })
    const withdrawn = await run('--db', w.db, 'nominations', 'consent', '--round', '1', '--email', 'cvetka.lah@mf.si', '--withdraw', '--on', '2026-04-02')
    expect(withdrawn.stdout).toBe('Consent recorded as withdrawn on 2 Apr 2026: 1 nomination; already so: 0. No more letters will be issued for these people.')
    expect(consentOf(w)).toEqual([
      { email: 'ana.novak@mf.si', consent: 1, consentOn: '2026-03-01', consentMethod: 'email', consentWithdrawnOn: null },
      { email: 'bor.kralj@mf.si', consent: 1, consentOn: '2026-03-01', consentMethod: 'email', consentWithdrawnOn: null },
      { email: 'cvetka.lah@mf.si', consent: 0, consentOn: '2026-03-01', consentMethod: 'email', consentWithdrawnOn: '2026-04-02' },
    ])
    expect(w.sql("SELECT action, count(*) AS n FROM audit_log WHERE entity = 'nomination' GROUP BY action ORDER BY action")).toEqual([
      { action: 'consent', n: 3 },
      { action: 'consentWithdrawn', n: 1 },
    ])
    const today = await runJson('--db', w.db, 'nominations', 'consent', '--round', 'Krog 2026', '--all')
    expect(today.json).toMatchObject({ on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), method: 'form', changed: [1, 2, 3] })
  })

  it('an unknown address or round, a future day or a wrong choice exits 1 with a message naming it, and changes nothing', async () => {
    const w = await world()
    await run('--db', w.db, 'nominations', 'import', await w.file('ministrstvo.xlsx', WITHOUT_CONSENT), '--round', 'Krog 2026')
    const before = dump(w.db)
    const cases: Array<[string[], string]> = [
      [['--round', 'Krog 2026', '--email', 'ana.novak@mf.si', '--email', 'nihce@mf.si'], 'V krogu „Krog 2026“ ni prijave z e-poštnim naslovom nihce@mf.si. Nič ni spremenjeno.'],
      [['--round', 'Krog 2099', '--all'], 'Kroga „Krog 2099“ ni.'],
      [['--round', 'Krog 2026', '--all', '--on', '2999-01-01'], 'Datum 1. 1. 2999 je v prihodnosti'],
      [['--round', 'Krog 2026', '--all', '--on', '1. 3. 2026'], '„1. 3. 2026“ ni datum. Vpišite ga v obliki LLLL-MM-DD'],
      [['--round', 'Krog 2026'], 'Navedite, za koga: --email NASLOV (lahko večkrat) ali --all'],
      [['--round', 'Krog 2026', '--all', '--email', 'ana.novak@mf.si'], 'Navedite, za koga'],
      [['--round', 'Krog 2026', '--all', '--method', 'fax'], '--method'],
      [['--round', 'Krog 2026', '--all', '--withdraw', '--method', 'form'], '--method velja samo za dano soglasje'],
    ]
    for (const [args, message] of cases) {
      const result = await run('--db', w.db, '--lang', 'sl', 'nominations', 'consent', ...args)
      expect(result.code, args.join(' ')).toBe(1)
      expect(result.stderr).toContain(message)
    }
    const english = await run('--db', w.db, 'nominations', 'consent', '--round', 'Krog 2026', '--email', 'nobody@mf.si')
    expect(english.stderr).toBe('No nomination in the round “Krog 2026” has the e-mail address nobody@mf.si. Nothing was changed.')
    expect(dump(w.db)).toBe(before)
  })
})
