import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildPreview } from '../../../electron/services/import/preview'
import { readWorkbookBytes } from '../../../electron/services/import/readWorkbook'
import { streamXlsxPreview } from '../../../electron/services/import/streamPreview'
import { nominationsProfile } from '../../../shared/import/profiles'
import type { ImportPreview } from '../../../shared/import/types'
import { NOMINATION_HEADER, TAX, xlsxBuffer, type CellSpec } from './helpers/workbooks'

/** The previews compared without sheet scores: the streamed one scores the sheet on its first rows only. */
const comparable = (p: ImportPreview) => ({ ...p, sheets: p.sheets.map(({ score: _score, ...rest }) => rest) })

const person = (i: number): CellSpec[] => [`Ime${i}`, `Priimek${i}`, `oseba${i}@gov.si`, 'MF', TAX.ministry, '2. 3. 2026', '13. 3. 2026']

async function both(bytes: Buffer) {
  const streamed = await streamXlsxPreview(bytes, 'f.xlsx', nominationsProfile, {})
  const whole = buildPreview(await readWorkbookBytes(bytes, 'f.xlsx'), nominationsProfile)
  return { streamed, whole }
}

describe('the preview built while a one-sheet workbook is read', () => {
  it('equals the preview of the workbook read whole: links, hidden rows, formulas, duplicates, closing rows', async () => {
    const rows: CellSpec[][] = [['Seznam'], [], NOMINATION_HEADER]
    for (let i = 0; i < 60; i++) rows.push(person(i))
    rows.push(['Jan', 'Novak', { text: 'Jan Novak', hyperlink: 'mailto:jan.novak@gov.si' }, 'MF', TAX.ministry, '2. 3. 2026', '13. 3. 2026'])
    rows.push(['Eva', 'Kos', 'eva@', 'MF', { formula: 'A1' }, '2. 3. 2026', '1. 3. 2026'])
    rows.push(person(5))
    rows.push([], ['Skupaj', 63], ['Podpis: ________'])
    const { streamed, whole } = await both(await xlsxBuffer([{ name: 'Prijave', rows, hidden: [10, 11] }]))
    expect(streamed).not.toBeNull()
    expect(comparable(streamed!)).toEqual(comparable(whole))
    expect(streamed!.rows.find((r) => r.row === 64)!.values.email).toBe('jan.novak@gov.si')
    expect(streamed!.counts).toMatchObject({ rows: 61, duplicate: 1, error: 1 })
    expect(streamed!.skippedRows.map((s) => s.reason)).toEqual(['hidden', 'hidden', 'trailer', 'trailer'])
  })

  it('gives way to reading the workbook whole when merged cells change the header of a long sheet', async () => {
    const header: CellSpec[][] = [
      ['Ime', 'Priimek', 'E-pošta', 'Organizacija', 'Davčna številka', 'Razpoložljivost', null],
      [null, null, null, null, null, 'od', 'do'],
    ]
    const bytes = await xlsxBuffer([{ name: 'Prijave', rows: [...header, ...Array.from({ length: 40 }, (_, i) => person(i))], merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1'] }])
    const { streamed, whole } = await both(bytes)
    expect(streamed).toBeNull()
    expect([whole.headerRow, whole.mapping[5]!.field, whole.rows.length]).toEqual([2, 'availableFrom', 40])
  })

  it('uses merged cells of a short sheet, whose header is chosen once the sheet is read', async () => {
    const { streamed, whole } = await both(readFileSync('tests/fixtures/import/nominations-libreoffice.xlsx'))
    expect(comparable(streamed!)).toEqual(comparable(whole))
    expect(streamed!.headerRow).toBe(5)
  })

  it('handles several sheets: a template reply with instructions and a hidden lists sheet', async () => {
    const { streamed, whole } = await both(readFileSync('tests/fixtures/import/template-filled-libreoffice.xlsx'))
    expect(streamed).not.toBeNull()
    expect(comparable(streamed!)).toEqual(comparable(whole))
    expect(streamed!.sheets.map((s) => [s.name, s.rows])).toEqual(whole.sheets.map((s) => [s.name, s.rows]))
  })

  it('chooses among sheets as the whole read does', async () => {
    const data = [NOMINATION_HEADER, ...Array.from({ length: 40 }, (_, i) => person(i))]
    const bytes = await xlsxBuffer([{ name: 'Navodila', rows: [['Izpolnite list Prijave.']] }, { name: 'Prijave', rows: data }, { name: 'Kopija', rows: data.slice(0, 5), state: 'hidden' }])
    const { streamed, whole } = await both(bytes)
    expect(streamed!.sheet).toBe('Prijave')
    expect(comparable(streamed!)).toEqual(comparable(whole))
  })

  it('reads a cell merged down over several records into each of them, in both reads', async () => {
    const rows: CellSpec[][] = [NOMINATION_HEADER, ...Array.from({ length: 40 }, (_, i) => person(i))]
    for (const r of [3, 4, 5]) rows[r - 1]![3] = r === 3 ? 'Primer d.o.o.' : null
    const { streamed, whole } = await both(await xlsxBuffer([{ name: 'Prijave', rows, merges: ['D3:D5'] }]))
    expect(comparable(streamed!)).toEqual(comparable(whole))
    expect(streamed!.rows.slice(1, 5).map((r) => [r.row, r.values.organisation, r.status])).toEqual([
      [3, 'Primer d.o.o.', 'ok'], [4, 'Primer d.o.o.', 'ok'], [5, 'Primer d.o.o.', 'ok'], [6, 'MF', 'ok'],
    ])
  })

  it('leaves a named sheet or header row to the whole read', async () => {
    const bytes = await xlsxBuffer([{ name: 'A', rows: [NOMINATION_HEADER, person(1)] }])
    expect(await streamXlsxPreview(bytes, 'f.xlsx', nominationsProfile, { sheet: 'A' })).toBeNull()
    expect(await streamXlsxPreview(bytes, 'f.xlsx', nominationsProfile, { headerRow: 1 })).toBeNull()
  })
})
