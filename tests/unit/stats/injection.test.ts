import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeText } from '../../../electron/services/stats/export/safeText'
import { exportStatisticsWorkbook } from '../../../electron/services/stats/export/workbook'
import type { StatsFixture } from './fixture'
import { buildHostile, HOSTILE } from './hostile'
import { allCells, readWorkbook } from './readBack'

describe('safeText', () => {
  it('marks text starting with = + - @ tab or carriage return as text, and leaves the rest alone', () => {
    expect(['=1', '+1', '-1', '@A', '\t=1', '\r=1'].map(safeText)).toEqual(["'=1", "'+1", "'-1", "'@A", "'\t=1", "'\r=1"])
    expect(['Ministrstvo za javno upravo', '', ' =1', '1-2', "'=1"].map(safeText)).toEqual(['Ministrstvo za javno upravo', '', ' =1', '1-2', "'=1"])
  })
})

describe('formula injection in the workbook', () => {
  let fixture: StatsFixture
  let book: ExcelJS.Workbook
  beforeAll(async () => {
    fixture = await buildHostile()
    const file = join(fixture.dir, 'hostile.xlsx')
    await exportStatisticsWorkbook(fixture.conn, { year: 2024 }, { file, lang: 'sl', includePersonalData: true })
    book = await readWorkbook(file)
  })
  afterAll(() => fixture.close())

  it('writes no formula except the totals rows’ own SUBTOTALs', () => {
    const formulas = allCells(book).filter((cell) => cell.formula !== undefined).map((cell) => cell.formula)
    expect(formulas.length).toBeGreaterThan(0)
    for (const formula of formulas) expect(formula).toMatch(/^SUBTOTAL\(109,[A-Za-z]+\[[^\]]+\]\)$/)
  })

  it('writes every hostile text as a string cell with a leading apostrophe', () => {
    const strings = new Map(allCells(book).filter((c) => c.type === ExcelJS.ValueType.String).map((c) => [c.value as string, c]))
    for (const text of [HOSTILE.hyperlink, HOSTILE.plus, HOSTILE.minus, HOSTILE.tab, HOSTILE.round, HOSTILE.person, HOSTILE.feedback]) {
      expect(strings.has(`'${text}`), text).toBe(true)
      expect(strings.has(text), text).toBe(false)
    }
  })
})
