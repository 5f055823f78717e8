import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dump, NOMINATIONS, run, runJson, world } from './world'

describe('nominations import through the CLI', () => {
  it('reports the file as the issue says and, with an invalid row and no --skip-invalid, writes nothing and exits 1', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const before = dump(w.db)
    const result = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('--skip-invalid')
    expect(Object.keys(result.json)).toEqual(['file', 'sheet', 'headerRow', 'mapping', 'rows', 'valid', 'invalid', 'duplicates', 'imported', 'batch', 'errors', 'warnings', 'erased', 'organisationChoicesNotInFile'])
    expect(result.json).toMatchObject({ file: 'prijave.xlsx', sheet: 'Prijave', headerRow: 3, rows: 5, valid: 2, invalid: 2, duplicates: 1, imported: 0, batch: null })
    expect(result.json.mapping).toMatchObject({ Ime: 'firstName', Priimek: 'lastName', 'E-pošta': 'email', Organizacija: 'organisation', 'Davčna številka': 'taxNumber', 'Razpoložljivost od': 'availableFrom' })
    expect(result.json.errors).toEqual([
      { row: 5, column: 'C', field: 'email', code: 'invalid_email', message: "Row 5, column C: 'jan.kos@' is not a valid e-mail address." },
      { row: 6, column: 'E', field: 'organisation', code: 'unknown_organisation', message: expect.stringContaining('Neznano podjetje d.o.o.') },
    ])
    expect(dump(w.db)).toBe(before)
    const sl = await runJson('--db', w.db, '--lang', 'sl', 'nominations', 'import', path, '--round', 'Krog 2026')
    expect(sl.json.errors[0].message).toBe("Vrstica 5, stolpec C: 'jan.kos@' ni veljaven e-poštni naslov.")
    expect(dump(w.db)).toBe(before)
  })

  it('--dry-run writes nothing; --skip-invalid imports the valid rows in one batch, matching organisations by tax number or name', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const before = dump(w.db)
    const dry = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--dry-run', '--skip-invalid')
    expect(dry).toMatchObject({ code: 0, json: { valid: 2, invalid: 2, imported: 0, batch: null } })
    expect(dump(w.db)).toBe(before)

    const done = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    expect(done).toMatchObject({ code: 0, json: { valid: 2, invalid: 2, duplicates: 1, imported: 2, batch: 1 } })
    const list = await runJson('--db', w.db, 'nominations', 'list', '--round', 'Krog 2026')
    expect(list.json.map((n: { lastName: string; organisation: string }) => [n.lastName, n.organisation])).toEqual([
      ['Horvat', 'Društvo Zeleni krog'],
      ['Novak', 'Ministrstvo za finance'],
    ])
    expect(list.json[1]).toMatchObject({ email: 'ana.novak@mf.si', availableFrom: '2026-03-02', availableTo: '2026-03-27', consent: true, importBatchId: 1 })
    expect(w.sql('SELECT phone FROM people WHERE last_name = ?', 'Novak')).toEqual([{ phone: '+38641123456' }])
    expect(w.sql("SELECT action FROM audit_log WHERE entity = 'import_batch'")).toEqual([{ action: 'import' }])
    expect(w.sql("SELECT count(*) AS n FROM settings WHERE key LIKE 'import.mapping.%'")).toEqual([{ n: 1 }])
    expect((w.sql('SELECT count(*) AS n FROM organisations')[0] as { n: number }).n).toBe(3)
  })

  it('a second import of the same file imports nothing: the people are already in the round', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    const again = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    expect(again.json).toMatchObject({ valid: 0, duplicates: 3, imported: 0, batch: null })
    expect(w.sql('SELECT count(*) AS n FROM nominations')).toEqual([{ n: 2 }])
  })

  it('a corrected file updates the changed people, and undo puts the old values back', async () => {
    const w = await world()
    const first = await w.file('prijave.xlsx', NOMINATIONS)
    await run('--db', w.db, 'nominations', 'import', first, '--round', 'Krog 2026', '--skip-invalid')
    const corrected = NOMINATIONS.map((row) => [...row])
    corrected[3]![3] = '031 999 888'
    corrected[3]![7] = '20. 3. 2026'
    const second = await w.file('prijave-popravljene.xlsx', corrected)
    const result = await runJson('--db', w.db, 'nominations', 'import', second, '--round', 'Krog 2026', '--skip-invalid')
    expect(result.json).toMatchObject({ valid: 1, imported: 1, batch: 2 })
    expect(w.sql('SELECT p.phone, n.available_to AS availableTo FROM people p JOIN nominations n ON n.person_id = p.id WHERE p.last_name = ?', 'Novak'))
      .toEqual([{ phone: '+38631999888', availableTo: '2026-03-20' }])
    expect((await run('--db', w.db, 'nominations', 'undo', '2')).code).toBe(0)
    expect(w.sql('SELECT p.phone, n.available_to AS availableTo FROM people p JOIN nominations n ON n.person_id = p.id WHERE p.last_name = ?', 'Novak'))
      .toEqual([{ phone: '+38641123456', availableTo: '2026-03-27' }])
  })

  it('--create-organisations adds the unknown organisation; undo removes exactly the batch and is not repeated', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const before = dump(w.db)
    const done = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', '--create-organisations')
    expect(done.json).toMatchObject({ valid: 3, invalid: 1, imported: 3, batch: 1 })
    expect(w.sql("SELECT name, sector FROM organisations WHERE name LIKE 'Neznano%'")).toEqual([{ name: 'Neznano podjetje d.o.o.', sector: 'company' }])
    const undo = await runJson('--db', w.db, 'nominations', 'undo', '1')
    expect(undo).toMatchObject({ code: 0, json: { batch: 1, removed: { nominations: 3, people: 3, organisations: 1 } } })
    for (const table of ['nominations', 'people']) expect(w.sql(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }])
    expect(w.sql('SELECT count(*) AS n FROM organisations')).toEqual([{ n: 3 }])
    expect(w.sql('SELECT undone_at AS undoneAt FROM import_batches')).toEqual([{ undoneAt: expect.any(String) }])
    const history = await runJson('--db', w.db, 'imports', 'list')
    expect(history.json[0]).toMatchObject({ id: 1, kind: 'nominations', roundName: 'Krog 2026', imported: 3, undoneAt: expect.any(String) })
    const twice = await run('--db', w.db, 'nominations', 'undo', '1')
    expect(twice).toMatchObject({ code: 1, stderr: 'Import 1 (prijave.xlsx) has already been undone.' })
    expect(dump(w.db)).not.toBe(before) // the batch row and the audit entries stay as history
  })

  it('--map-organisation takes a name in the file for a partner (any spelling; remembered), --add-organisation creates it in a sector', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const mapped = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', '--map-organisation', 'NEZNANO PODJETJE=Cebelica')
    expect(mapped).toMatchObject({ code: 0, json: { valid: 3, invalid: 1, imported: 3, organisationChoicesNotInFile: [] } })
    expect(w.sql("SELECT o.name FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.last_name = 'Zupan'")).toEqual([{ name: 'Čebelica d.o.o.' }])
    expect(w.sql("SELECT value FROM settings WHERE key = 'import.organisationNames'")).toEqual([{ value: expect.stringContaining('neznano') }])
    expect(w.sql('SELECT count(*) AS n FROM organisations')).toEqual([{ n: 3 }])

    const other = await world()
    const again = await other.file('prijave.xlsx', NOMINATIONS)
    const added = await runJson('--db', other.db, 'nominations', 'import', again, '--round', 'Krog 2026', '--skip-invalid', '--add-organisation', 'Neznano podjetje=ngo', '--map-organisation', 'Nikjer d.o.o.=3')
    expect(added).toMatchObject({ code: 0, json: { imported: 3, organisationChoicesNotInFile: ['Nikjer d.o.o.'] } })
    expect(other.sql("SELECT name, sector FROM organisations WHERE name LIKE 'Neznano%'")).toEqual([{ name: 'Neznano podjetje d.o.o.', sector: 'ngo' }])
    const text = await run('--db', other.db, '--lang', 'sl', 'nominations', 'import', again, '--round', 'Krog 2026', '--skip-invalid', '--dry-run', '--map-organisation', 'Nikjer d.o.o.=3')
    expect(text.stdout).toContain('Opozorilo: nobena vrstica datoteke ne navaja organizacije „Nikjer d.o.o.“ (--map-organisation).')
  })

  it('a wrong organisation choice is refused with a message that names it, and nothing is written', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const before = dump(w.db)
    const cases: Array<[string[], string]> = [
      [['--map-organisation', 'Neznano podjetje'], 'Vrednost „Neznano podjetje“ za --map-organisation ni v obliki „ime v datoteki=partner“'],
      [['--map-organisation', '=Cebelica'], 'Vrednost „=Cebelica“ za --map-organisation ni v obliki'],
      [['--map-organisation', 'Neznano podjetje=Ni takega partnerja'], 'Partnerja „Ni takega partnerja“ (za --map-organisation) ni na seznamu partnerjev.'],
      [['--map-organisation', 'Neznano podjetje=999'], 'Partnerja „999“ (za --map-organisation) ni na seznamu partnerjev.'],
      [['--add-organisation', 'Neznano podjetje=planet'], 'Sektor „planet“ ne obstaja. Dovoljeno: ministry, public-body, company, ngo, association.'],
    ]
    for (const [options, message] of cases) {
      const result = await run('--db', w.db, '--lang', 'sl', 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', ...options)
      expect(result.code, options.join(' ')).toBe(1)
      expect(result.stderr).toContain(message)
    }
    const partners = await run('--db', w.db, 'partners', 'import', path, '--map-organisation', 'Neznano podjetje=1')
    expect(partners.code).toBe(1)
    expect(dump(w.db)).toBe(before)
  })

  it('undo is refused, with the reason, when a placement depends on the batch', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    w.sql(`INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on)
      SELECT n.round_id, n.id, p.organisation_id, 2, 'ministry', 'company', '2026-03-02', '2026-03-06' FROM nominations n JOIN people p ON p.id = n.person_id WHERE p.last_name = 'Novak' RETURNING id`)
    const before = dump(w.db)
    const refused = await run('--db', w.db, '--lang', 'sl', 'nominations', 'undo', '1')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe('Uvoza 1 (prijave.xlsx) ni mogoče razveljaviti: za 1 prijavo iz njega je že načrtovana izmenjava.')
    expect(dump(w.db)).toBe(before)
    const history = await runJson('--db', w.db, 'imports', 'list')
    expect(history.json[0]).toMatchObject({ undoBlocked: 'placement', undoneAt: null })
  })

  it('remembers the mapping per sending organisation and applies it to the next file', async () => {
    const w = await world()
    const odd = [['Oseba', 'Naslov za pošto', 'Delodajalec'], ['Ana Novak', 'ana.novak@mf.si', 'Ministrstvo za finance']]
    const path = await w.file('mf.xlsx', odd)
    const first = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--dry-run')
    expect(first.json.mapping).not.toHaveProperty('Naslov za pošto')
    // What the user chose in the app last time for this sender: "Naslov za pošto" is the e-mail.
    w.sql("INSERT INTO settings (key, value) VALUES ('import.mapping.1', ?) RETURNING key", JSON.stringify({ oseba: 'fullName', 'naslov za posto': 'email', delodajalec: 'organisation' }))
    const next = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026')
    expect(next.json.mapping).toEqual({ Oseba: 'fullName', 'Naslov za pošto': 'email', Delodajalec: 'organisation' })
    expect(next.json).toMatchObject({ imported: 1 })
    expect(w.sql('SELECT email FROM people')).toEqual([{ email: 'ana.novak@mf.si' }])
  })

  it('answers files it cannot read and unknown rounds with one clear message and no change', async () => {
    const w = await world()
    const before = dump(w.db)
    const legacy = join(w.dir, 'prijave.xls')
    writeFileSync(legacy, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(64)]))
    const xls = await run('--db', w.db, 'nominations', 'import', legacy, '--round', 'Krog 2026')
    expect(xls).toMatchObject({ code: 1, stdout: '' })
    expect(xls.stderr).toContain('save it as an .xlsx workbook')
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    const round = await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 1999')
    expect(round.code).toBe(1)
    expect(round.stderr).toContain('Krog 1999')
    expect(dump(w.db)).toBe(before)
  })
})
