import { describe, expect, it } from 'vitest'
import { headerConfidence, suggestMapping } from '../../../electron/services/import/mapping'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { headerKey } from '../../../shared/import/headerKey'
import { nominationsProfile, offersProfile, partnersProfile } from '../../../shared/import/profiles'
import { allMessages, userError, errorMessage } from './helpers/messages'
import { NOMINATION_HEADER, TAX, xlsxBuffer } from './helpers/workbooks'

const fields = (headers: string[], profile = nominationsProfile) => suggestMapping(headers, profile).map((m) => m.field)
const row = (first: string, email: string) => [first, 'Novak', email, 'Ministrstvo za finance', TAX.ministry, '2. 3. 2026', '13. 3. 2026']

describe('mapping headers to fields', () => {
  it('knows Slovenian and English headers in any order', () => {
    expect(fields(['E-pošta', 'Priimek', 'Ime', 'Delodajalec', 'Davčna številka', 'Delovno mesto', 'Razpoložljivost od', 'Razpoložljivost do'])).toEqual([
      'email', 'lastName', 'firstName', 'organisation', 'taxNumber', 'jobTitle', 'availableFrom', 'availableTo',
    ])
    expect(fields(['Surname', 'First name', 'e-mail address', 'Employer', 'Available until', 'Available from', 'Preferred organisation 2', 'Consent'])).toEqual([
      'lastName', 'firstName', 'email', 'organisation', 'availableTo', 'availableFrom', 'preference2', 'consent',
    ])
  })

  it('knows the usual variations', () => {
    expect(fields(['Ime in priimek', 'e-mail naslov', 'Email', 'Želena organizacija 1', 'Želena organizacija 3', 'Trajanje (dni)', 'Spol'])).toEqual([
      'fullName', 'email', null, 'preference1', 'preference3', 'durationDays', 'gender',
    ])
    expect(fields(['IME', 'PRIIMEK', 'E-POŠTA:'])).toEqual(['firstName', 'lastName', 'email'])
  })

  it('reads the name order from a full-name header', () => {
    const [a] = suggestMapping(['Priimek in ime'], nominationsProfile)
    const [b] = suggestMapping(['Ime in priimek'], nominationsProfile)
    expect([a!.field, a!.nameOrder, b!.nameOrder]).toEqual(['fullName', 'lastFirst', 'firstLast'])
  })

  it('takes "Name" beside "Surname" as the first name', () => {
    expect(fields(['Name', 'Surname'])).toEqual(['firstName', 'lastName'])
    expect(fields(['Name', 'Email'])).toEqual(['fullName', 'email'])
  })

  it('gives an exact header full confidence and a partial or misspelt one less', () => {
    const email = nominationsProfile.fields.find((f) => f.name === 'email')!
    const lastName = nominationsProfile.fields.find((f) => f.name === 'lastName')!
    expect(headerConfidence(headerKey('E-pošta'), email)).toBe(1)
    expect(headerConfidence(headerKey('E-pošta (službena)'), email)).toBeCloseTo(0.82, 2)
    expect(headerConfidence(headerKey('Priimel'), lastName)).toBeCloseTo(0.6, 2)
    expect(headerConfidence(headerKey('Zap. št.'), email)).toBe(0)
  })

  it("honours the user's mapping and the one remembered for the sender", () => {
    const mapping = suggestMapping(['Ime', 'Kontakt', 'Stolpec X'], nominationsProfile, { mapping: { C: 'notes', A: null }, remembered: { kontakt: 'email' } })
    expect(mapping.map((m) => [m.field, m.source, m.confidence])).toEqual([[null, 'user', 1], ['email', 'remembered', 1], ['notes', 'user', 1]])
  })

  it('maps partner lists and host offers with their own fields', () => {
    expect(fields(['Naziv', 'Kratica', 'Sektor', 'Matična številka', 'Poštna številka', 'Kraj', 'Spletna stran', 'Partner od', 'Kontaktna oseba'], partnersProfile)).toEqual([
      'name', 'shortName', 'sector', 'registrationNumber', 'postcode', 'city', 'website', 'partnerSince', 'contactName',
    ])
    expect(fields(['Gostiteljska organizacija', 'Število mest', 'Od', 'Do', 'Mentor', 'E-pošta mentorja', 'Jezik dela'], offersProfile)).toEqual([
      'organisation', 'places', 'from', 'to', 'mentorName', 'mentorEmail', 'languages',
    ])
  })
})

describe('finding the header and the sheet', () => {
  it('skips title rows, notes and a logo row above the header', async () => {
    const bytes = await xlsxBuffer([
      {
        name: 'List1',
        rows: [['Ministrstvo za finance'], ['Seznam nominiranih za izmenjavo 2026'], [], ['Opomba: izpolnite vse stolpce'], NOMINATION_HEADER, row('Ana', 'ana@gov.si'), row('Jan', 'jan@gov.si')],
        merges: ['A1:G1', 'A2:G2'],
      },
    ])
    const preview = await previewImportBytes(bytes, 'naslovi.xlsx', nominationsProfile)
    expect(preview.headerRow).toBe(5)
    expect(preview.rows.map((r) => r.row)).toEqual([6, 7])
    expect(preview.counts).toMatchObject({ rows: 2, valid: 2 })
  })

  it('joins a merged group header with the sub-headers below it', async () => {
    const bytes = await xlsxBuffer([
      {
        name: 'Prijave',
        rows: [
          ['Ime', 'Priimek', 'Kontakt', 'Organizacija', 'Razpoložljivost', undefined],
          [undefined, undefined, 'e-pošta', undefined, 'od', 'do'],
          ['Ana', 'Novak', 'ana@gov.si', 'MF', '2. 3. 2026', '13. 3. 2026'],
        ],
        merges: ['A1:A2', 'B1:B2', 'D1:D2', 'E1:F1'],
      },
    ])
    const preview = await previewImportBytes(bytes, 'skupine.xlsx', nominationsProfile)
    expect(preview.headerRow).toBe(2)
    expect(preview.mapping.map((m) => [m.header, m.field])).toEqual([
      ['Ime', 'firstName'], ['Priimek', 'lastName'], ['e-pošta', 'email'], ['Organizacija', 'organisation'], ['Razpoložljivost od', 'availableFrom'], ['Razpoložljivost do', 'availableTo'],
    ])
    expect(preview.rows[0]!.values).toMatchObject({ availableFrom: '2026-03-02', availableTo: '2026-03-13' })
  })

  it('takes the header row the user names', async () => {
    const bytes = await xlsxBuffer([{ name: 'List', rows: [['Ime', 'Priimek'], ['Ana', 'Novak'], ['Jan', 'Kos']] }])
    const preview = await previewImportBytes(bytes, 'glava.xlsx', nominationsProfile, { headerRow: 2 })
    expect(preview.headerRow).toBe(2)
    expect(preview.rows.map((r) => r.row)).toEqual([3])
    const error = await userError(previewImportBytes(bytes, 'glava.xlsx', nominationsProfile, { headerRow: 40 }))
    expect(errorMessage(error)).toBe('Vrstica 40 ne obstaja ali je prazna, zato ne more biti glava tabele.')
  })

  it('picks the nominations sheet among instructions, lists and a hidden copy, and says when unsure', async () => {
    const data = [NOMINATION_HEADER, row('Ana', 'ana@gov.si'), row('Jan', 'jan@gov.si')]
    const bytes = await xlsxBuffer([
      { name: 'Navodila', rows: [['Izpolnite list Prijave.'], NOMINATION_HEADER, row('Primer', 'primer@gov.si')] },
      { name: 'Prijave', rows: data },
      { name: 'Stara kopija', rows: data, state: 'hidden' },
    ])
    const preview = await previewImportBytes(bytes, 'vec-listov.xlsx', nominationsProfile)
    expect(preview.sheet).toBe('Prijave')
    expect(preview.sheetUncertain).toBe(false)
    expect(preview.sheets.map((s) => s.name)).toEqual(['Navodila', 'Prijave', 'Stara kopija'])

    const twoLists = await xlsxBuffer([{ name: 'Skupina A', rows: data }, { name: 'Skupina B', rows: data }])
    const unsure = await previewImportBytes(twoLists, 'dva.xlsx', nominationsProfile)
    expect(unsure.sheetUncertain).toBe(true)
    expect(allMessages(unsure)).toContain("List Skupina A: več listov je lahko seznam; izbran je list 'Skupina A'. Preverite izbiro.")
    expect((await previewImportBytes(twoLists, 'dva.xlsx', nominationsProfile, { sheet: 'Skupina B' })).sheet).toBe('Skupina B')
    const error = await userError(previewImportBytes(twoLists, 'dva.xlsx', nominationsProfile, { sheet: 'Skupina C' }))
    expect(errorMessage(error, 'en')).toBe("There is no sheet 'Skupina C' in the file. Sheets in the file: Skupina A, Skupina B.")
  })

  it('says when no header is found and which required columns are missing', async () => {
    const bytes = await xlsxBuffer([{ name: 'List', rows: [['a', 'b', 'c'], ['1', '2', '3']] }])
    const preview = await previewImportBytes(bytes, 'brez.xlsx', nominationsProfile)
    expect(preview.headerDetected).toBe(false)
    expect(preview.missingFields).toEqual(['firstName', 'lastName', 'organisation'])
    expect(allMessages(preview, 'en').slice(0, 2)).toEqual([
      'Sheet List: no table header was found; row 1 is taken as the header. Link the columns to fields by hand.',
      'Sheet List: no column holds first name.',
    ])
  })
})
