import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { TAX } from '../helpers/workbooks'
import { dump, run, runJson, world } from './world'

describe('partner lists, offers and templates through the CLI', () => {
  it('a partner list creates new organisations with their contact and updates known ones; undo restores them', async () => {
    const w = await world()
    const path = await w.file('partnerji.xlsx', [
      ['Naziv organizacije', 'Sektor', 'Davčna številka', 'Kraj', 'Kontaktna oseba', 'E-pošta kontaktne osebe'],
      ['Ministrstvo za finance', 'ministrstvo', TAX.ministry, 'Ljubljana', 'Mojca Bregar', 'mojca.bregar@gov.si'],
      ['Novo podjetje d.o.o.', 'podjetje', '', 'Maribor', 'Tine Rus', 'tine@novo.si'],
      ['Brez sektorja', '', '', '', '', ''],
    ])
    const before = dump(w.db)
    const blocked = await runJson('--db', w.db, 'partners', 'import', path)
    expect(blocked).toMatchObject({ code: 1, json: { rows: 3, valid: 2, invalid: 1, imported: 0 } })
    expect(blocked.json.errors[0]).toMatchObject({ row: 4, column: 'B', field: 'sector', code: 'required' })
    expect(dump(w.db)).toBe(before)

    const done = await runJson('--db', w.db, 'partners', 'import', path, '--skip-invalid')
    expect(done).toMatchObject({ code: 0, json: { imported: 2, batch: 1 } })
    expect(w.sql('SELECT name, city, sector FROM organisations ORDER BY id')).toEqual([
      { name: 'Ministrstvo za finance', city: 'Ljubljana', sector: 'ministry' },
      { name: 'Čebelica d.o.o.', city: null, sector: 'company' },
      { name: 'Društvo Zeleni krog', city: null, sector: 'ngo' },
      { name: 'Novo podjetje d.o.o.', city: 'Maribor', sector: 'company' },
    ])
    expect(w.sql('SELECT full_name AS name, role FROM contacts ORDER BY id')).toEqual([{ name: 'Mojca Bregar', role: 'coordinator' }, { name: 'Tine Rus', role: 'coordinator' }])
    expect((await run('--db', w.db, 'nominations', 'undo', '1')).code).toBe(0)
    expect(w.sql('SELECT name, city FROM organisations ORDER BY id')).toEqual([
      { name: 'Ministrstvo za finance', city: null },
      { name: 'Čebelica d.o.o.', city: null },
      { name: 'Društvo Zeleni krog', city: null },
    ])
    expect(w.sql('SELECT count(*) AS n FROM contacts')).toEqual([{ n: 0 }])
  })

  it('offers are read from a Windows-1250 CSV with semicolons; the mentor becomes a contact of the host', async () => {
    const w = await world()
    const csv = ['Gostiteljska organizacija;Število mest;Od;Do;Oddelek;Mentor;E-pošta mentorja;Jeziki', 'Čebelica d.o.o.;2;2. 3. 2026;27. 3. 2026;Računovodstvo;Špela Žagar;spela@cebelica.si;slovenščina, angleščina', 'Društvo zeleni krog;x;;;;;;'].join('\r\n')
    const path = join(w.dir, 'ponudbe.csv')
    writeFileSync(path, iconv.encode(csv, 'win1250'))
    const done = await runJson('--db', w.db, 'offers', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    expect(done).toMatchObject({ code: 0, json: { rows: 2, valid: 1, invalid: 1, imported: 1 } })
    expect(done.json.errors[0]).toMatchObject({ row: 3, column: 'B', field: 'places', code: 'invalid_number' })
    expect(w.sql('SELECT places, available_from AS fromDate, department, languages FROM offers')).toEqual([
      { places: 2, fromDate: '2026-03-02', department: 'Računovodstvo', languages: expect.stringContaining('sl') },
    ])
    expect(w.sql('SELECT c.full_name AS name, c.role, c.organisation_id AS org FROM contacts c')).toEqual([{ name: 'Špela Žagar', role: 'mentor', org: 2 }])
    expect(w.sql('SELECT mentor_contact_id AS mentor FROM offers')).toEqual([{ mentor: 1 }])
    const again = await runJson('--db', w.db, 'offers', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    expect(again.json).toMatchObject({ valid: 0, duplicates: 1, imported: 0, batch: null })
    writeFileSync(path, iconv.encode(csv.replace(';2;2. 3. 2026', ';3;2. 3. 2026'), 'win1250'))
    const corrected = await runJson('--db', w.db, 'offers', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    expect(corrected.json).toMatchObject({ valid: 1, imported: 1, batch: 2 })
    expect(w.sql('SELECT count(*) AS n, max(places) AS places FROM offers')).toEqual([{ n: 1, places: 3 }])
    expect((await run('--db', w.db, 'nominations', 'undo', '2')).code).toBe(0)
    expect(w.sql('SELECT places FROM offers')).toEqual([{ places: 2 }])
    expect((await run('--db', w.db, 'nominations', 'undo', '1')).code).toBe(0)
    expect(w.sql('SELECT (SELECT count(*) FROM offers) AS offers, (SELECT count(*) FROM contacts) AS contacts')).toEqual([{ offers: 0, contacts: 0 }])
  })

  it('writes the template in both languages, and a file made from it imports with no questions', async () => {
    const w = await world()
    for (const lang of ['sl', 'en']) {
      const out = join(w.dir, `predloga-${lang}.xlsx`)
      const saved = await run('--db', w.db, '--lang', lang, 'template', 'nominations', '--out', out)
      expect(saved.code).toBe(0)
      expect(existsSync(out)).toBe(true)
      const preview = await runJson('--db', w.db, 'nominations', 'import', out, '--round', 'Krog 2026', '--dry-run')
      expect(preview.json.sheet).toBe(lang === 'sl' ? 'Prijave' : 'Nominations')
      expect(Object.values(preview.json.mapping)).toEqual(expect.arrayContaining(['firstName', 'lastName', 'email', 'organisation', 'availableFrom', 'consent']))
    }
    expect((await run('--db', w.db, 'template', 'letters', '--out', join(w.dir, 'x.xlsx'))).code).toBe(1)
  })
})
