import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportStatisticsWorkbook, type ExportResult } from '../../../electron/services/stats/export/workbook'
import { UserError } from '../../../shared/errors'
import { FIGURES, GENERAL_RULES } from '../../../shared/stats/definitions'
import { allCells, plain, readTable, readWorkbook, shown, tablesOf } from './readBack'
import { buildWorld } from './world'

const NOW = new Date(2026, 10, 22, 14, 30)
let world: Awaited<ReturnType<typeof buildWorld>>
let sl: ExportResult
let slBook: ExcelJS.Workbook
let enBook: ExcelJS.Workbook
let slFile: string

beforeAll(async () => {
  world = await buildWorld()
  slFile = join(world.f.dir, 'statistika-2024.xlsx')
  sl = await exportStatisticsWorkbook(world.f.conn, { year: 2024 }, { file: slFile, lang: 'sl', now: NOW })
  slBook = await readWorkbook(slFile)
  const en = join(world.f.dir, 'statistics-2024.xlsx')
  await exportStatisticsWorkbook(world.f.conn, { year: 2024 }, { file: en, lang: 'en', detail: true, now: NOW })
  enBook = await readWorkbook(en)
})
afterAll(() => world.f.close())

describe('the summary workbook', () => {
  it('has a cover, a summary and one sheet per topic, in the chosen language', () => {
    expect(slBook.worksheets.map((s) => s.name)).toEqual(['Naslovnica', 'Povzetek', 'Udeleženci', 'Organizacije', 'Osebodnevi', 'Skupine in delavnice', 'Povratne informacije', 'Rast'])
    expect(sl.sheets).toEqual(slBook.worksheets.map((s) => s.name))
    expect(enBook.worksheets.map((s) => s.name)).toEqual(['Cover', 'Summary', 'Participants', 'Organisations', 'Person-days', 'Teams and workshops', 'Feedback', 'Growth', 'Placements'])
  })

  it('names the period and the moment it was made on the cover, in Slovenian date format', () => {
    const cover = slBook.getWorksheet('Naslovnica')!
    expect(plain(cover.getCell('A1').value)).toBe('Statistika izmenjav zaposlenih — Leto 2024')
    expect(plain(cover.getCell('B2').value)).toBe('Leto 2024')
    const generated = cover.getCell('B3')
    expect(generated.value).toEqual(new Date(Date.UTC(2026, 10, 22, 14, 30)))
    expect(generated.numFmt).toBe('d. m. yyyy h:mm')
    expect(enBook.getWorksheet('Cover')!.getCell('B3').numFmt).toBe('d mmm yyyy hh:mm')
  })

  it('defines every figure on the cover, and never shows a message key instead of text', () => {
    const definitions = readTable(slBook, 'Definitions')
    expect(definitions.rows).toHaveLength(GENERAL_RULES.length + FIGURES.length)
    expect(definitions.rows.find((r) => r[0] === 'Smer izmenjave')?.[1]).toContain('z nevladnimi organizacijami')
    for (const book of [slBook, enBook])
      for (const cell of allCells(book)) expect(String(plain(cell.value))).not.toMatch(/^(stats|partners)\.[a-zA-Z]/)
  })

  it('puts the participants in real tables with a marked totals row that sums by formula', () => {
    const bySector = readTable(slBook, 'ParticipantsBySector')
    expect(bySector.header).toEqual(['Sektor', 'Udeleženci', 'Delež'])
    expect(bySector.rows.map((r) => r.slice(0, 2))).toEqual([
      ['Ministrstvo', 4], ['Drug javni organ', 0], ['Podjetje', 2], ['Nevladna organizacija', 1], ['Zbornica ali združenje', 1],
    ])
    expect(bySector.rows[0]![2]).toBe(0.5)
    const [label, total, share] = bySector.totals!
    expect(plain(label!.value)).toBe('Skupaj')
    expect(total!.value).toEqual({ formula: 'SUBTOTAL(109,ParticipantsBySector[Udeleženci])', result: 8 })
    expect(plain(share!.value)).toBe(1)
    expect(total!.font?.bold).toBe(true)
    expect(total!.border?.top?.style).toBe('double')
    expect(bySector.model.columns[1]).toMatchObject({ totalsRowFunction: 'sum' })
    expect(bySector.cell(0, 1).numFmt).toBe('#,##0')
    expect(bySector.cell(0, 2).numFmt).toBe('0.0%')
    const direction = readTable(slBook, 'ParticipantsByDirection')
    expect(direction.rows.map((r) => r[1])).toEqual([2, 2, 1, 2, 1])
    expect(readTable(slBook, 'ParticipantsByGender').rows.map((r) => r[1])).toEqual([2, 4, 1, 1])
  })

  it('shows organisations by sector with the balance, and the growth series', () => {
    const organisations = readTable(slBook, 'OrganisationsBySector')
    expect(organisations.rows[0]).toEqual(['Ministrstvo', 2, 1, 2, 2, 2, 4, 2, -2])
    expect(organisations.totals!.slice(1).map(shown)).toEqual([9, 6, 6, 6, 4, 8, 8, 0])
    const growth = readTable(slBook, 'Growth')
    expect(growth.rows).toHaveLength(10)
    expect(growth.rows.at(-1)).toEqual([2024, 2, 1, 4, 1, 1, 9, 8, 4, 4.5])
    expect(growth.totals).toBeNull()
    expect(growth.cell(9, 8).numFmt).toBe('0.00" ×"')
    expect(growth.cell(9, 0).numFmt).toBe('0')
  })

  it('formats person-days, ratings and shares for reading', () => {
    const personDays = readTable(slBook, 'PersonDays')
    expect(personDays.rows.map((r) => r[1])).toEqual([8, 39, 27, 6, 39 / 8, 4.5])
    const ratings = readTable(slBook, 'Ratings')
    expect(ratings.rows).toEqual([[1, 0, 0], [2, 1, 0], [3, 1, 1], [4, 2, 2], [5, 2, 1]])
    expect(ratings.totals!.slice(1).map(shown)).toEqual([6, 4])
    const summary = readTable(slBook, 'RatingSummary')
    const mean = summary.rows.find((r) => r[0] === 'Povprečna ocena')!
    expect(mean[1]).toBeCloseTo(23 / 6)
  })

  it('freezes the header, prints A4 landscape one page wide with the header repeated, and sets column widths', () => {
    for (const sheet of [...slBook.worksheets, ...enBook.worksheets]) {
      const header = Number(tablesOf(sheet)[0]!.tableRef.split(':')[0]!.replace(/[A-Z]+/, ''))
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header })
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` })
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(8)
      expect(sheet.headerFooter.oddFooter).toContain('&P / &N')
    }
  })
})

describe('the detail sheet', () => {
  it('has one row per counted placement, without personal data unless asked', () => {
    const detail = readTable(enBook, 'Placements')
    expect(detail.rows).toHaveLength(8)
    expect(detail.header).not.toContain('E-mail')
    expect(detail.header).not.toContain('Gender')
    const text = allCells(enBook).map((c) => String(plain(c.value))).join('\n')
    expect(text).not.toContain('@example.si')
    expect(text).not.toContain('Koristna izkušnja')
    const planned = detail.header.indexOf('Planned working days')
    expect(detail.rows.reduce((sum, r) => sum + Number(r[planned]), 0)).toBe(39)
    const starts = detail.header.indexOf('Starts')
    expect(detail.rows[0]![starts]).toEqual(new Date(Date.UTC(2024, 2, 4)))
    expect(detail.cell(0, starts).numFmt).toBe('d mmm yyyy')
    expect(detail.rows.find((r) => r[detail.header.indexOf('Direction')] === 'With NGOs')).toBeDefined()
  })

  it('adds names, e-mail, gender and feedback only with includePersonalData, and warns on the cover', async () => {
    const file = join(world.f.dir, 'osebni.xlsx')
    const result = await exportStatisticsWorkbook(world.f.conn, { year: 2024 }, { file, lang: 'sl', includePersonalData: true, now: NOW })
    expect(result.detailRows).toBe(8)
    const book = await readWorkbook(file)
    const detail = readTable(book, 'Placements')
    expect(detail.header).toEqual(expect.arrayContaining(['Ime', 'Priimek', 'E-pošta', 'Spol', 'Mnenje udeleženca']))
    expect(detail.rows.some((r) => String(r[detail.header.indexOf('E-pošta')]).endsWith('@example.si'))).toBe(true)
    expect(plain(book.getWorksheet('Naslovnica')!.getCell('A5').value)).toBe('Osebni podatki')
  })
})

describe('writing the file', () => {
  it('refuses a folder that does not exist, with a message code for the user', async () => {
    await expect(exportStatisticsWorkbook(world.f.conn, { year: 2024 }, { file: join(world.f.dir, 'ni', 'x.xlsx'), lang: 'sl' }))
      .rejects.toMatchObject({ code: 'stats.folderMissing' })
    await expect(exportStatisticsWorkbook(world.f.conn, { year: 1900 }, { file: join(world.f.dir, 'x.xlsx'), lang: 'sl' }))
      .rejects.toBeInstanceOf(UserError)
  })

  it('replaces an existing workbook only when the new one is complete, leaving no temporary file', async () => {
    const file = join(world.f.dir, 'zamenjaj.xlsx')
    writeFileSync(file, 'old')
    await exportStatisticsWorkbook(world.f.conn, { year: 2023 }, { file, lang: 'en' })
    expect(plain((await readWorkbook(file)).getWorksheet('Cover')!.getCell('B2').value)).toBe('Year 2023')
    expect(readdirSync(world.f.dir).filter((name) => name.endsWith('.partial'))).toEqual([])
    expect(existsSync(file)).toBe(true)
  })
})
