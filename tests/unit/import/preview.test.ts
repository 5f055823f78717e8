import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { nominationsProfile, partnersProfile } from '../../../shared/import/profiles'
import { previewSummary } from '../../../shared/import/summary'
import { allMessages, rowMessages, translator } from './helpers/messages'
import { NOMINATION_HEADER, TAX, xlsxBuffer, type CellSpec } from './helpers/workbooks'

const person = (first: string, last: string, email: CellSpec, org = 'Ministrstvo za finance', from: CellSpec = '2. 3. 2026', to: CellSpec = '13. 3. 2026'): CellSpec[] => [first, last, email, org, TAX.ministry, from, to]

async function preview(rows: CellSpec[][], header = NOMINATION_HEADER, extra: Parameters<typeof previewImportBytes>[3] = {}) {
  const bytes = await xlsxBuffer([{ name: 'Prijave', rows: [header, ...rows] }])
  return previewImportBytes(bytes, 'prijave.xlsx', nominationsProfile, extra)
}

describe('the preview of a nominations file', () => {
  it('points every problem at row and column in the user’s language', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => person(`Oseba${i}`, 'Novak', `oseba${i}@gov.si`))
    rows.push(['Jan', 'Novak', 'jan.novak@', 'Ministrstvo za finance', '12345678', '32. 3. 2026', '1. 4. 2026'])
    const result = await preview(rows)
    expect(result.rows.at(-1)!.row).toBe(14)
    expect(allMessages(result)).toEqual([
      "Vrstica 14, stolpec C: 'jan.novak@' ni veljaven e-poštni naslov.",
      "Vrstica 14, stolpec E: '12345678' ni veljavna davčna številka (8 števk s kontrolno števko).",
      "Vrstica 14, stolpec F: '32. 3. 2026' ni datum, ki bi ga bilo mogoče prebrati (npr. 12. 3. 2026).",
    ])
    expect(allMessages(result, 'en')[0]).toBe("Row 14, column C: 'jan.novak@' is not a valid e-mail address.")
    expect(result.counts).toMatchObject({ rows: 13, valid: 12, invalid: 1, error: 1 })
  })

  it('reads dates in every form, checks their order, and numbers stored as text', async () => {
    const header = [...NOMINATION_HEADER, 'Trajanje (dni)']
    const result = await preview(
      [
        [...person('A', 'A', 'a@gov.si', 'MF', { value: new Date(Date.UTC(2026, 2, 2)), numFmt: 'd. m. yyyy' }, 46084), '10'],
        [...person('B', 'B', 'b@gov.si', 'MF', '12. marec 2026', '2026-03-20'), '1.000'],
        [...person('C', 'C', 'c@gov.si', 'MF', '20. 3. 2026', '12 March 2026'), 3],
      ],
      header,
    )
    expect(result.rows.map((r) => [r.values.availableFrom, r.values.availableTo, r.values.durationDays])).toEqual([
      ['2026-03-02', '2026-03-03', 10], ['2026-03-12', '2026-03-20', 1000], ['2026-03-20', '2026-03-12', 3],
    ])
    expect(allMessages(result)).toEqual([
      'Vrstica 2, stolpec H: trajanje 10 dni je daljše od razpoložljivosti (2 dni).',
      'Vrstica 3, stolpec H: trajanje 1000 dni je daljše od razpoložljivosti (9 dni).',
      'Vrstica 4, stolpec G: začetek (20. 3. 2026) je za koncem (12. 3. 2026).',
    ])
  })

  it('takes e-mails from mailto: links and rich text, phones to E.164, spaces cleaned', async () => {
    const header = ['Ime in priimek', 'E-pošta', 'Telefon', 'Organizacija']
    const result = await preview(
      [
        ['  Jan\u00a0 Novak ', { text: 'Jan Novak', hyperlink: 'mailto:jan.novak@gov.si' }, '041 123 456', 'MF'],
        ['Novak, Ana', { richText: [{ text: 'ana.novak' }, { text: '@gov.si', font: { italic: true } }] }, 38641555666, 'MF'],
      ],
      header,
    )
    expect(result.rows.map((r) => r.values)).toEqual([
      { firstName: 'Jan', lastName: 'Novak', email: 'jan.novak@gov.si', phone: '+38641123456', organisation: 'MF' },
      { firstName: 'Ana', lastName: 'Novak', email: 'ana.novak@gov.si', phone: '+38641555666', organisation: 'MF' },
    ])
    expect(result.rows[0]!.source).toEqual({ fullName: '  Jan\u00a0 Novak ', email: 'Jan Novak', phone: '041 123 456' })
  })

  it('stores formulas and markup as plain text, cuts long text with a warning, strips control characters', async () => {
    const header = ['Ime', 'Priimek', 'Organizacija', 'Opombe', 'Delovno mesto']
    const result = await preview(
      [
        ['Ana', '<script>alert(1)</script>', 'MF', '=HYPERLINK("http://zlo.example","klik")', 'Svetovalka\u0007\u0000'],
        ['Jan', 'Novak', 'MF', 'x'.repeat(2500), 'a'.repeat(250)],
      ],
      header,
    )
    expect(result.rows[0]!.values).toMatchObject({ lastName: '<script>alert(1)</script>', notes: '=HYPERLINK("http://zlo.example","klik")', jobTitle: 'Svetovalka' })
    expect((result.rows[1]!.values.notes as string).length).toBe(2000)
    expect(result.notices.map((n) => n.code)).toEqual(['missing_recommended_column'])
    expect(rowMessages(result)).toEqual([
      'Vrstica 3, stolpec D: besedilo je predolgo (2500 znakov) in je skrajšano na 2000 znakov.',
      'Vrstica 3, stolpec E: besedilo je predolgo (250 znakov) in je skrajšano na 200 znakov.',
    ])
  })

  it('uses a formula’s stored result and warns when there is none', async () => {
    const header = ['Ime', 'Priimek', 'Organizacija', 'Trajanje (dni)']
    const result = await preview([['Ana', 'Novak', 'MF', { formula: '2*5', result: 10 }], ['Jan', 'Kos', 'MF', { formula: '2*5' }]], header)
    expect(result.rows.map((r) => r.values.durationDays)).toEqual([10, null])
    expect(rowMessages(result)).toEqual(['Vrstica 3, stolpec D: formula v celici nima shranjenega rezultata; datoteko odprite in znova shranite v Excelu ali LibreOfficeu.'])
  })

  it('reads yes/no and gender in both languages and says which values are allowed', async () => {
    const header = ['Ime', 'Priimek', 'Organizacija', 'Spol', 'Soglasje']
    const result = await preview([['A', 'A', 'MF', 'Ž', 'x'], ['B', 'B', 'MF', 'male', 'No'], ['C', 'C', 'MF', '?', 'mogoče']], header)
    expect(result.rows.map((r) => [r.values.gender, r.values.consent])).toEqual([['f', true], ['m', false], [null, null]])
    expect(rowMessages(result, 'en')).toEqual(["Row 4, column D: '?' is not a gender (M, F or X).", "Row 4, column E: 'mogoče' is not yes or no."])
  })

  it('skips blank and hidden rows and the rows below the table, and says so', async () => {
    const bytes = await xlsxBuffer([
      {
        name: 'Prijave',
        rows: [NOMINATION_HEADER, person('A', 'A', 'a@gov.si'), [], person('B', 'B', 'b@gov.si'), person('Skrit', 'S', 's@gov.si'), [], ['Total', 2], ['Notes: send by 1 March'], ['______________']],
        hidden: [5],
      },
    ])
    const result = await previewImportBytes(bytes, 'prazne.xlsx', nominationsProfile)
    expect(result.rows.map((r) => r.row)).toEqual([2, 4])
    expect(result.skippedRows.map((s) => [s.row, s.reason])).toEqual([[5, 'hidden'], [7, 'trailer'], [8, 'trailer'], [9, 'trailer']])
    expect(allMessages(result, 'en')).toEqual(['Sheet Prijave: 1 hidden row was not imported.', 'Sheet Prijave: 3 rows below the table (totals, notes, signatures) were not imported.'])
  })

  it('marks duplicates within the file: same e-mail, else same name at the same organisation', async () => {
    const result = await preview([
      person('Ana', 'Novak', 'ana@gov.si'),
      person('Ana', 'Novakova', 'ANA@gov.si'),
      person('Jan', 'Kos', '', 'Primer d.o.o.'),
      person('Jan', 'Kos', '', 'PRIMER d. o. o.'),
      person('Jan', 'Kos', '', 'Drugo podjetje'),
    ])
    expect(result.rows.map((r) => r.status)).toEqual(['ok', 'duplicate', 'warning', 'duplicate', 'warning'])
    expect(allMessages(result).filter((m) => m.includes('ista oseba'))).toEqual([
      'Vrstica 3, stolpec C: ista oseba je že v vrstici 2; ta vrstica ne bo uvožena.',
      'Vrstica 5, stolpec C: ista oseba je že v vrstici 4; ta vrstica ne bo uvožena.',
    ])
    expect(result.counts).toMatchObject({ rows: 5, valid: 3, duplicate: 2, invalid: 0 })
  })

  it('asks the database side about organisations and earlier imports through hooks', async () => {
    const rows = [person('Ana', 'Novak', 'ana@gov.si'), person('Jan', 'Kos', 'jan@gov.si', 'Neznano podjetje'), person('Eva', 'Zupan', 'eva@gov.si')]
    const hooks = {
      resolveOrganisation: (ref: { name: string | null; taxNumber: string | null }) => (ref.name === 'Ministrstvo za finance' ? { id: 7, name: 'Ministrstvo za finance' } : null),
      findExisting: (key: string) =>
        key === 'email:ana@gov.si'
          ? { id: 1, values: { firstName: 'Ana', lastName: 'Novak', availableFrom: '2026-03-02' } }
          : key === 'email:eva@gov.si'
            ? { id: 2, values: { firstName: 'Eva', lastName: 'Zupan', availableFrom: '2026-02-01' } }
            : null,
    }
    const result = await preview(rows, NOMINATION_HEADER, { hooks })
    expect(result.rows.map((r) => [r.status, r.organisationId, r.existing])).toEqual([
      ['duplicate', 7, { id: 1, changes: [] }],
      ['error', null, undefined],
      ['ok', 7, { id: 2, changes: [{ field: 'availableFrom', from: '2026-02-01', to: '2026-03-02' }] }],
    ])
    expect(allMessages(result)).toEqual([
      'Vrstica 2, stolpec C: ta zapis je že uvožen in se ni spremenil.',
      "Vrstica 3, stolpec D: organizacije 'Neznano podjetje' ni na seznamu partnerjev.",
    ])
    expect(result.counts).toMatchObject({ valid: 1, invalid: 1, duplicate: 1, updates: 1 })
    const creating = await preview(rows, NOMINATION_HEADER, { hooks: { ...hooks, createOrganisations: true } })
    expect(allMessages(creating)).toContain("Vrstica 3, stolpec D: organizacija 'Neznano podjetje' bo dodana na seznam partnerjev.")
  })

  it('gives the CLI its JSON shape', async () => {
    const result = await preview([person('Ana', 'Novak', 'ana@gov.si'), person('Jan', 'Kos', 'jan.kos@'), person('Ana', 'Novak', 'ana@gov.si')])
    expect(previewSummary(result, translator('en'), 'en')).toEqual({
      file: 'prijave.xlsx',
      sheet: 'Prijave',
      headerRow: 1,
      mapping: { Ime: 'firstName', Priimek: 'lastName', 'E-pošta': 'email', Organizacija: 'organisation', 'Davčna številka': 'taxNumber', 'Razpoložljivost od': 'availableFrom', 'Razpoložljivost do': 'availableTo' },
      rows: 3,
      valid: 1,
      invalid: 1,
      duplicates: 1,
      errors: [{ row: 3, column: 'C', field: 'email', code: 'invalid_email', message: "Row 3, column C: 'jan.kos@' is not a valid e-mail address." }],
      warnings: [{ row: 4, column: 'C', field: 'email', code: 'duplicate_in_file', message: 'Row 4, column C: the same person is already in row 2; this row will not be imported.' }],
    })
    // --json drops the warnings: they are then not worded at all, the errors still are.
    const forJson = previewSummary(result, translator('en'), 'en', { warnings: false })
    expect(forJson.warnings).toEqual([])
    expect(forJson.errors.map((e) => e.message)).toEqual(["Row 3, column C: 'jan.kos@' is not a valid e-mail address."])
  })
})

describe('the same engine for partner lists', () => {
  it('reads a partner list LibreOffice wrote, in English', async () => {
    const result = await previewImportBytes(readFileSync('tests/fixtures/import/partners-libreoffice.xlsx'), 'partners.xlsx', partnersProfile)
    expect(result.rows.map((r) => [r.values.name, r.values.sector, r.values.taxNumber, r.values.postcode, r.values.status, r.key])).toEqual([
      ['Ministry of Public Administration', 'ministry', '10000003', '1000', 'active', 'tax:10000003'],
      ['Primer d.o.o.', 'company', '12345679', '1000', 'active', 'tax:12345679'],
      ['Društvo Most', 'ngo', '98765434', '2000', 'paused', 'tax:98765434'],
      ['Neznana vrsta', null, null, null, null, 'org:neznana vrsta'],
    ])
    expect(allMessages(result, 'en')).toEqual([
      "Row 5, column C: 'Sindikat' is not a sector (ministry, other public body, company, NGO, chamber or association).",
      'Row 5, column D: tax number is missing (recommended).',
    ])
  })
})
