import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { readWorkbookBytes } from '../../../electron/services/import/readWorkbook'
import { nominationsProfile, offersProfile } from '../../../shared/import/profiles'
import { allMessages, errorMessage, rowMessages, userError } from './helpers/messages'
import { TAX, xlsxBuffer } from './helpers/workbooks'

/** Rewrites every part of a workbook, as another writer would have produced it. */
async function rewrite(bytes: Buffer, change: (path: string, xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith('.xml'))) zip.file(path, change(path, await zip.file(path)!.async('string')))
  return zip.generateAsync({ type: 'uint8array' })
}

describe('workbooks from other writers', () => {
  it('reads a sheet whose elements carry a namespace prefix (strict OOXML writers)', async () => {
    const bytes = await xlsxBuffer([{ name: 'Prijave', rows: [['Ime', 'Priimek', 'Organizacija'], ['Ana', 'Novak', 'MF']] }])
    const prefixed = await rewrite(bytes, (path, xml) =>
      path.startsWith('xl/worksheets/') ? xml.replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3').replace('xmlns=', 'xmlns:x=') : xml,
    )
    const preview = await previewImportBytes(prefixed, 'strict.xlsx', nominationsProfile)
    expect(preview.rows.map((r) => r.values)).toEqual([{ firstName: 'Ana', lastName: 'Novak', organisation: 'MF' }])
  })

  it('reads dates of a workbook in the 1904 date system (old Mac Excel)', async () => {
    const bytes = await xlsxBuffer([{ name: 'List', rows: [['Ime', 'Priimek', 'Organizacija', 'Od'], ['Ana', 'Novak', 'MF', { value: new Date(Date.UTC(2026, 2, 2)), numFmt: 'd. m. yyyy' }]] }])
    const shifted = await rewrite(bytes, (path, xml) =>
      path === 'xl/workbook.xml'
        ? xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>')
        : path.startsWith('xl/worksheets/')
          ? xml.replace(/<v>(\d{5})<\/v>/g, (_, serial: string) => `<v>${Number(serial) - 1462}</v>`)
          : xml,
    )
    const workbook = await readWorkbookBytes(shifted, 'mac.xlsx')
    expect(workbook.sheets[0]!.rows[1]!.cells[3]).toEqual(new Date(Date.UTC(2026, 2, 2)))
  })

  it('a workbook whose sheets are all empty is an empty file', async () => {
    const bytes = await xlsxBuffer([{ name: 'List1', rows: [] }, { name: 'List2', rows: [] }])
    expect(errorMessage(await userError(previewImportBytes(bytes, 'prazna.xlsx', nominationsProfile)))).toBe('Datoteka prazna.xlsx je prazna.')
  })
})

describe('columns that hold two fields', () => {
  it('splits "Priimek in ime" by the order its header names, and an availability range', async () => {
    const bytes = await xlsxBuffer([
      {
        name: 'Prijave',
        rows: [
          ['Priimek in ime', 'Organizacija', 'Razpoložljivost'],
          ['Novak Ana', 'MF', '2. 3. 2026 – 13. 3. 2026'],
          ['Kos Jan Peter', 'MF', 'marec'],
        ],
      },
    ])
    const preview = await previewImportBytes(bytes, 'skupaj.xlsx', nominationsProfile)
    expect(preview.rows.map((r) => r.values)).toEqual([
      { firstName: 'Ana', lastName: 'Novak', organisation: 'MF', availableFrom: '2026-03-02', availableTo: '2026-03-13' },
      { firstName: 'Jan Peter', lastName: 'Kos', organisation: 'MF', availableFrom: null, availableTo: null },
    ])
    expect(rowMessages(preview)).toEqual([
      "Vrstica 3, stolpec A: ime in priimek sta razdeljena kot ime 'Jan Peter' in priimek 'Kos'; preverite.",
      "Vrstica 3, stolpec C: 'marec' ni obdobje (npr. 2. 3. 2026 – 27. 3. 2026).",
    ])
  })
})

describe('host offers through the same engine', () => {
  it('reads offers: places as numbers, dates, mentor e-mail', async () => {
    const bytes = await xlsxBuffer([
      {
        name: 'Ponudbe',
        rows: [
          ['Gostiteljska organizacija', 'Davčna številka', 'Število mest', 'Od', 'Do', 'Mentor', 'E-pošta mentorja'],
          ['Primer d.o.o.', TAX.company, '2', '2. 3. 2026', '27. 3. 2026', 'Maja Horvat', 'maja@primer.si'],
          ['Zavod Most', '', 'dva', '27. 3. 2026', '2. 3. 2026', 'Luka', 'luka@'],
        ],
      },
    ])
    const preview = await previewImportBytes(bytes, 'ponudbe.xlsx', offersProfile)
    expect(preview.rows[0]!.values).toEqual({ organisation: 'Primer d.o.o.', taxNumber: TAX.company, places: 2, from: '2026-03-02', to: '2026-03-27', mentorName: 'Maja Horvat', mentorEmail: 'maja@primer.si' })
    expect(allMessages(preview, 'en')).toEqual([
      "Row 3, column C: 'dva' is not a whole number.",
      "Row 3, column G: 'luka@' is not a valid e-mail address.",
      'Row 3, column E: the start (27/03/2026) is after the end (02/03/2026).',
    ])
  })
})
