import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { readWorkbookBytes } from '../../../electron/services/import/readWorkbook'
import { nominationsProfile } from '../../../shared/import/profiles'
import { allMessages } from './helpers/messages'

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`)

describe('CSV as partners send it', () => {
  it('reads Slovenian Excel CSV: Windows-1250, semicolons, a decimal comma', async () => {
    const preview = await previewImportBytes(fixture('nominations-windows-1250.csv'), 'prijave.csv', nominationsProfile)
    expect(preview.file).toEqual({ name: 'prijave.csv', format: 'csv', encoding: 'windows-1250', delimiter: ';' })
    expect(preview.rows.map((r) => [r.values.firstName, r.values.lastName])).toEqual([['Žiga', 'Čeh'], ['Špela', 'Šušteršič'], ['Ana "Anči"', 'Kovač']])
    expect(preview.rows[2]!.values).toMatchObject({ availableFrom: '2026-03-12', availableTo: '2026-03-26', gender: 'f', consent: false })
    expect(allMessages(preview)).toEqual([
      'List prijave: v stolpcu s soglasjem ima 1 oseba vpisano „ne“ ali nič: pismo bo mogoče izdati šele, ko bo soglasje zabeleženo.',
      "Vrstica 3, stolpec H: '1,5' ni celo število.",
    ])
  })

  it('reads UTF-8 with a byte-order mark, commas, and a quoted field with a line break', async () => {
    const preview = await previewImportBytes(fixture('nominations-utf8-bom.csv'), 'nominations.csv', nominationsProfile)
    expect(preview.file).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' })
    expect(preview.mapping.map((m) => m.field)).toEqual(['firstName', 'lastName', 'email', 'organisation', 'availableFrom', 'availableTo', 'notes'])
    expect(preview.rows[0]!.values).toMatchObject({ organisation: 'Ministry of Finance, Slovenia', availableFrom: '2026-03-02', notes: 'Prefers a company,\nnot an NGO' })
    expect(preview.counts).toMatchObject({ rows: 2, valid: 2, invalid: 0 })
  })

  it("reads Excel's Unicode text (UTF-16, tabs)", async () => {
    const workbook = await readWorkbookBytes(fixture('nominations-utf16-tab.txt'), 'unicode.txt')
    expect(workbook).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' })
    expect(workbook.sheets[0]!.rows[1]!.cells).toEqual(['Tina', 'Kralj', 'tina.kralj@gov.si', 'Ministrstvo za zdravje'])
  })

  it('takes UTF-8 without a byte-order mark as UTF-8', async () => {
    const workbook = await readWorkbookBytes(Buffer.from('Ime;Priimek\nŽiga;Čeh\n', 'utf8'), 'utf8.csv')
    expect(workbook.encoding).toBe('utf-8')
    expect(workbook.sheets[0]!.rows[1]!.cells).toEqual(['Žiga', 'Čeh'])
  })

  it('follows the "sep=" line Excel writes, and keeps row numbers as the file has them', async () => {
    const workbook = await readWorkbookBytes(Buffer.from('sep=,\nIme,Priimek\n\nAna,Novak\n'), 'sep.csv')
    expect(workbook.delimiter).toBe(',')
    expect(workbook.sheets[0]!.rows.map((r) => [r.number, r.cells])).toEqual([[2, ['Ime', 'Priimek']], [4, ['Ana', 'Novak']]])
  })

  it('prefers the semicolon when decimal commas would make commas look plausible', async () => {
    const workbook = await readWorkbookBytes(Buffer.from('Ime;Trajanje\nAna;1,5\nJan;2,5\n'), 'decimal.csv')
    expect(workbook.delimiter).toBe(';')
  })

  it('an empty CSV or one with only blank lines', async () => {
    await expect(readWorkbookBytes(Buffer.from('\r\n\r\n  \n'), 'prazna.csv')).rejects.toMatchObject({ code: 'import.emptyFile' })
  })
})
