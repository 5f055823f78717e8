import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readWorkbookBytes } from '../../../electron/services/import/readWorkbook'
import { linkKey } from '../../../electron/services/import/workbook'
import { xlsxBuffer } from './helpers/workbooks'

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`)

describe('reading .xlsx written by exceljs', () => {
  it('reads every kind of cell value as the sheet shows it', async () => {
    const bytes = await xlsxBuffer([
      {
        name: 'Podatki',
        rows: [
          [
            'besedilo',
            42,
            true,
            { value: new Date(Date.UTC(2026, 2, 12)), numFmt: 'd. m. yyyy' },
            { richText: [{ text: 'Ana ' }, { text: 'Kovač', font: { bold: true } }] },
            { formula: 'B1*2', result: 84 },
            { formula: 'A1&"!"', result: 'besedilo!' },
            { error: '#N/A' },
            { text: 'Jan Novak', hyperlink: 'mailto:jan.novak@gov.si' },
            { formula: 'B1+1' },
          ],
        ],
      },
    ])
    const workbook = await readWorkbookBytes(bytes, 'vrednosti.xlsx')
    const sheet = workbook.sheets[0]!
    const cells = sheet.rows[0]!.cells
    expect(cells.slice(0, 8)).toEqual(['besedilo', 42, true, new Date(Date.UTC(2026, 2, 12)), 'Ana Kovač', 84, 'besedilo!', { error: '#N/A' }])
    expect(cells[8]).toBe('Jan Novak')
    expect(sheet.links.get(linkKey(8, 1))).toBe('mailto:jan.novak@gov.si')
    expect(sheet.formulasWithoutValue).toEqual([{ row: 1, col: 9 }])
  })

  it('keeps hidden rows, merged ranges and hidden sheets', async () => {
    const bytes = await xlsxBuffer([
      { name: 'Prijave', rows: [['Naslov'], ['a'], ['b'], ['c']], hidden: [3], merges: ['A1:D1'] },
      { name: 'Skrito', rows: [['x']], state: 'hidden' },
    ])
    const workbook = await readWorkbookBytes(bytes, 'skrito.xlsx')
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([['Prijave', false], ['Skrito', true]])
    expect(workbook.sheets[0]!.rows.map((r) => [r.number, r.hidden])).toEqual([[1, false], [2, false], [3, true], [4, false]])
    expect(workbook.sheets[0]!.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 3 }])
  })

  it('keeps row numbers as the sheet shows them when rows are left empty', async () => {
    const bytes = await xlsxBuffer([{ name: 'List', rows: [['glava'], [], [], ['podatek']], startRow: 5 }])
    const sheet = (await readWorkbookBytes(bytes, 'vrzeli.xlsx')).sheets[0]!
    expect(sheet.rows.map((r) => [r.number, r.cells[0]])).toEqual([[5, 'glava'], [8, 'podatek']])
  })
})

describe('reading .xlsx written by a streaming writer', () => {
  it('reads inline strings (no shared-string table) and escaped characters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inline-'))
    const path = join(dir, 'inline.xlsx')
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true })
    const sheet = writer.addWorksheet('Prijave')
    sheet.addRow(['Ime', 'Opombe']).commit()
    sheet.addRow(['Žiga', 'a < b & "c"\r\nnova vrstica']).commit()
    sheet.commit()
    await writer.commit()
    const workbook = await readWorkbookBytes(readFileSync(path), 'inline.xlsx')
    await rm(dir, { recursive: true })
    expect(workbook.sheets[0]!.rows[1]!.cells).toEqual(['Žiga', 'a < b & "c"\r\nnova vrstica'])
  })
})

describe('reading .xlsx written by LibreOffice', () => {
  it('reads values, the hidden row, merged header cells, the formula result and the mailto: link', async () => {
    const workbook = await readWorkbookBytes(fixture('nominations-libreoffice.xlsx'), 'nominations-libreoffice.xlsx')
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Prijave', 'Navodila'])
    const sheet = workbook.sheets[0]!
    const row = (n: number) => sheet.rows.find((r) => r.number === n)!
    expect(row(8).hidden).toBe(true)
    expect(sheet.merges).toContainEqual({ top: 4, left: 5, bottom: 4, right: 6 })
    expect(sheet.merges).toContainEqual({ top: 4, left: 1, bottom: 5, right: 1 })
    expect(row(6).cells[5]).toEqual(new Date(Date.UTC(2026, 2, 2)))
    expect(row(6).cells[6]).toEqual(new Date(Date.UTC(2026, 2, 13)))
    expect(row(7).cells[1]).toBe('Ana Marija Kovač')
    expect(row(7).cells[4]).toBe(10000003)
    expect(sheet.links.get(linkKey(2, 6))).toBe('mailto:jan.novak@mju.si')
    expect(row(12).cells[1]).toBe(5)
  })
})
