import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { writeTemplate } from '../../../electron/services/import/template'
import { readSector } from '../../../electron/services/import/values/choices'
import { SECTORS } from '../../../shared/domain/enums'
import { importMessages } from '../../../shared/i18n/messages/import'
import { nominationsProfile } from '../../../shared/import/profiles'
import { TAX } from './helpers/workbooks'

const partners = ['Ministrstvo za finance', 'Primer d.o.o.', 'Društvo Most']

async function open(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return workbook
}

describe('the template workbooks', () => {
  it.each(['sl', 'en'] as const)('has a header, dropdowns, instructions and hidden lists (%s)', async (lang) => {
    const workbook = await open(await writeTemplate({ profile: 'nominations', lang, partnerNames: partners }))
    const [data, instructions, lists] = workbook.worksheets
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      [lang === 'sl' ? 'Prijave' : 'Nominations', 'visible'],
      [lang === 'sl' ? 'Navodila' : 'Instructions', 'visible'],
      [lang === 'sl' ? 'Seznami' : 'Lists', 'hidden'],
    ])
    const header = (data!.getRow(1).values as unknown[]).slice(1)
    expect(header[0]).toBe(lang === 'sl' ? 'Ime' : 'First name')
    expect(header).toContain(lang === 'sl' ? 'Želena organizacija 1' : 'Preferred organisation 1')
    const column = (label: string) => header.indexOf(label) + 1
    const consent = data!.getCell(2, column(lang === 'sl' ? 'Soglasje (da/ne)' : 'Consent (yes/no)')).dataValidation
    expect(consent).toMatchObject({ type: 'list', formulae: [`'${lists!.name}'!$B$2:$B$3`] })
    const preference = data!.getCell(300, column(lang === 'sl' ? 'Želena organizacija 2' : 'Preferred organisation 2')).dataValidation
    expect(preference).toMatchObject({ type: 'list', formulae: [`'${lists!.name}'!$A$2:$A$4`] })
    // Organisations not yet in the list may be typed in; the yes/no list refuses anything else.
    expect(preference?.showErrorMessage).not.toBe(true)
    expect(consent?.showErrorMessage).toBe(true)
    expect([lists!.getCell('A2').value, lists!.getCell('A4').value]).toEqual(lang === 'sl' ? ['Društvo Most', 'Primer d.o.o.'] : ['Društvo Most', 'Primer d.o.o.'])
    expect([lists!.getCell('B2').value, lists!.getCell('B3').value]).toEqual(lang === 'sl' ? ['da', 'ne'] : ['yes', 'no'])
    expect(String(instructions!.getCell('A3').value)).toMatch(/^1\. /)
    expect(instructions!.getCell(12, 1).value).toBe('Ana')
  })

  it('every template header maps to its field with full confidence, in every profile and language', async () => {
    const { suggestMapping } = await import('../../../electron/services/import/mapping')
    const { IMPORT_PROFILES } = await import('../../../shared/import/profiles')
    for (const profile of Object.values(IMPORT_PROFILES))
      for (const lang of ['sl', 'en'] as const) {
        const fields = profile.fields.filter((f) => f.template !== false)
        expect(suggestMapping(fields.map((f) => f.label[lang]), profile).map((m) => [m.field, m.confidence])).toEqual(fields.map((f) => [f.name, 1]))
      }
  })

  it('a partner-list template has sector and status dropdowns and imports back', async () => {
    const workbook = await open(await writeTemplate({ profile: 'partners', lang: 'en', partnerNames: [] }))
    const data = workbook.worksheets[0]!
    const header = (data.getRow(1).values as string[]).slice(1)
    expect(data.name).toBe('Partners')
    expect(data.getCell(2, header.indexOf('Sector') + 1).dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$D$2:$D$6"], showErrorMessage: true })
    expect(data.getCell(2, header.indexOf('Status') + 1).dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$E$2:$E$4"] })
    expect(String(workbook.worksheets[1]!.getCell('A4').value)).toBe('2. Required: Organisation name, Sector.')
    data.getCell(2, 1).value = 'Primer d.o.o.'
    data.getCell(2, header.indexOf('Tax number') + 1).value = TAX.company
    data.getCell(2, header.indexOf('Sector') + 1).value = workbook.worksheets[2]!.getCell('D4').value
    data.getCell(2, header.indexOf('Status') + 1).value = workbook.worksheets[2]!.getCell('E3').value
    const { partnersProfile } = await import('../../../shared/import/profiles')
    const preview = await previewImportBytes(Buffer.from(await workbook.xlsx.writeBuffer()), 'partners.xlsx', partnersProfile)
    expect(preview.rows[0]).toMatchObject({ status: 'ok', values: { name: 'Primer d.o.o.', sector: 'company', status: 'paused' } })
    expect(preview.notices).toEqual([])
  })

  it('its sector and status names read back as the values they name', async () => {
    const { readStatus } = await import('../../../electron/services/import/values/choices')
    for (const lang of ['sl', 'en'] as const) for (const status of ['active', 'paused', 'former']) expect(readStatus(importMessages[lang][`import.orgStatus.${status}`]!)).toBe(status)
  })

  it('a template filled in and saved again by LibreOffice imports with no questions', async () => {
    const { readFileSync } = await import('node:fs')
    const preview = await previewImportBytes(readFileSync('tests/fixtures/import/template-filled-libreoffice.xlsx'), 'odgovor.xlsx', nominationsProfile)
    expect([preview.sheet, preview.sheetUncertain, preview.notices, preview.mapping.every((m) => m.confidence === 1)]).toEqual(['Prijave', false, [], true])
    expect(preview.rows.map((r) => [r.status, r.values])).toEqual([
      ['ok', {
        firstName: 'Špela', lastName: 'Zupančič', email: 'spela.zupancic@gov.si', phone: '+38631222333', organisation: 'Ministrstvo za finance', taxNumber: '10000003',
        jobTitle: null, department: null, availableFrom: '2026-04-06', availableTo: '2026-04-17', durationDays: 10, preference1: 'Primer d.o.o.', preference2: null,
        preference3: null, challenge: null, gender: 'f', languages: null, notes: null, consent: true,
      }],
    ])
  })

  it('its sector names read back as the sectors they name', () => {
    for (const lang of ['sl', 'en'] as const) for (const sector of SECTORS) expect(readSector(importMessages[lang][`import.sector.${sector}`]!)).toBe(sector)
  })

  it('a filled-in template imports with no questions: right sheet, every column certain, no notices', async () => {
    for (const lang of ['sl', 'en'] as const) {
      const workbook = await open(await writeTemplate({ profile: 'nominations', lang, partnerNames: partners }))
      const data = workbook.worksheets[0]!
      const header = (data.getRow(1).values as string[]).slice(1)
      const values: Record<string, unknown> = {
        firstName: 'Ana', lastName: 'Novak', email: 'ana.novak@gov.si', phone: '041 123 456', organisation: 'Ministrstvo za finance', taxNumber: TAX.ministry,
        availableFrom: new Date(Date.UTC(2026, 2, 2)), availableTo: new Date(Date.UTC(2026, 2, 13)), durationDays: 10, preference1: 'Primer d.o.o.',
        gender: 'Ž', consent: lang === 'sl' ? 'da' : 'yes',
      }
      const fields = nominationsProfile.fields.filter((f) => f.template !== false)
      fields.forEach((field, i) => {
        if (field.name in values) data.getCell(2, i + 1).value = values[field.name] as ExcelJS.CellValue
      })
      const preview = await previewImportBytes(Buffer.from(await workbook.xlsx.writeBuffer()), 'izpolnjena.xlsx', nominationsProfile)
      expect(preview.sheet).toBe(lang === 'sl' ? 'Prijave' : 'Nominations')
      expect(preview.sheetUncertain).toBe(false)
      expect(preview.mapping.map((m) => [m.header, m.field, m.confidence])).toEqual(fields.map((f, i) => [header[i], f.name, 1]))
      expect(preview.notices).toEqual([])
      expect(preview.rows).toHaveLength(1)
      expect(preview.rows[0]).toMatchObject({ status: 'ok', values: { firstName: 'Ana', email: 'ana.novak@gov.si', phone: '+38641123456', gender: 'f', consent: true, availableTo: '2026-03-13' } })
    }
  })
})
