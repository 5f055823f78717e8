import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { IMPORT_PROFILES } from '../../../shared/import/profiles'
import { rng } from './helpers/random'
import { NOMINATION_HEADER, xlsxBuffer } from './helpers/workbooks'

/** The import's promise: a preview, or a UserError. Any other exception is a bug this test reports. */
async function outcome(bytes: Uint8Array, name: string): Promise<'preview' | 'userError'> {
  try {
    const preview = await previewImportBytes(bytes, name, IMPORT_PROFILES.nominations)
    JSON.stringify(preview)
    return 'preview'
  } catch (error) {
    if (error instanceof UserError) return 'userError'
    throw new Error(`${name}: ${error instanceof Error ? error.stack : String(error)}`)
  }
}

function randomCell(r: ReturnType<typeof rng>): ExcelJS.CellValue {
  switch (r.int(12)) {
    case 0: return r.next() * 1e6 - 5e5
    case 1: return r.int(80000)
    case 2: return new Date(Date.UTC(1900 + r.int(300), r.int(12), 1 + r.int(28)))
    case 3: return r.next() < 0.5
    case 4: return { formula: 'A1+1', result: r.int(100) }
    case 5: return { formula: 'NA()' }
    case 6: return { error: r.pick(['#N/A', '#DIV/0!', '#REF!', '#VALUE!']) as ExcelJS.CellErrorValue['error'] }
    case 7: return { richText: [{ text: r.pick(['Ana', 'š', '<b>', '=1+1']) }, { text: r.pick(['@gov.si', ' ', '\u0000', '😀']) }] }
    case 8: return { text: r.pick(['Jan', 'x@y.si']), hyperlink: r.pick(['mailto:x@y.si', 'https://gov.si', 'mailto:%E0%A4%A', 'javascript:1']) }
    case 9: return Array.from({ length: r.int(3000) }, () => String.fromCharCode(r.int(0x3000))).join('')
    case 10: return r.pick(['', ' ', '12. 3. 2026', '31. 2. 2026', 'da', 'Ž', '1.234,5', '=HYPERLINK("x")', '<script>', 'Skupaj'])
    default: return null
  }
}

describe('nothing but a preview or a UserError comes out of the import', () => {
  it('random bytes under every name', async () => {
    const r = rng(7)
    for (let i = 0; i < 150; i++) {
      const bytes = Uint8Array.from({ length: r.int(3000) }, () => r.int(256))
      if (i % 3 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04])
      if (i % 7 === 0) bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
      await outcome(bytes, r.pick(['a.xlsx', 'a.csv', 'a.xls', 'a.ods', 'a', 'a.txt']))
    }
  })

  it('a real workbook cut at every length and with bytes flipped', async () => {
    const bytes = await xlsxBuffer([{ name: 'Prijave', rows: [NOMINATION_HEADER, ['Ana', 'Novak', 'ana@gov.si', 'MF', '10000003', '2. 3. 2026', '13. 3. 2026']], merges: ['H1:I1'] }])
    const seen = new Set<string>()
    for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 120))) seen.add(await outcome(bytes.subarray(0, cut), 'odrezana.xlsx'))
    const r = rng(11)
    for (let i = 0; i < 150; i++) {
      const copy = Uint8Array.from(bytes)
      for (let k = 0; k < 1 + r.int(8); k++) copy[r.int(copy.length)] = r.int(256)
      seen.add(await outcome(copy, 'pokvarjena.xlsx'))
    }
    expect(seen.has('userError')).toBe(true)
  })

  it('workbooks whose XML parts are damaged inside an intact zip', async () => {
    const bytes = await xlsxBuffer([{ name: 'Prijave', rows: [NOMINATION_HEADER, ['Ana', 'Novak', 'ana@gov.si', 'MF']] }])
    const r = rng(5)
    for (let i = 0; i < 60; i++) {
      const zip = await JSZip.loadAsync(bytes)
      const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir)
      const part = r.pick(parts)
      const xml = await zip.file(part)!.async('string')
      const at = r.int(xml.length)
      const damaged = r.next() < 0.5 ? xml.slice(0, at) : xml.slice(0, at) + r.pick(['<', '&', '<!DOCTYPE x>', '"', '</x>', '\u0000']) + xml.slice(at)
      zip.file(part, damaged)
      await outcome(await zip.generateAsync({ type: 'uint8array' }), 'xml.xlsx')
    }
  })

  it('random cell values of every type, in every column', async () => {
    const r = rng(3)
    for (let i = 0; i < 25; i++) {
      const rows = [NOMINATION_HEADER as ExcelJS.CellValue[], ...Array.from({ length: 20 }, () => Array.from({ length: 9 }, () => randomCell(r)))]
      const bytes = await xlsxBuffer([{ name: r.pick(['Prijave', 'List1', "O'Brien & co"]), rows, hidden: [3], merges: r.next() < 0.5 ? ['A5:B6'] : [] }])
      expect(await outcome(bytes, 'nakljucno.xlsx')).toBe('preview')
    }
  })

  it('random CSV text', async () => {
    const r = rng(9)
    const pieces = [';', ',', '\t', '"', '""', '\n', '\r\n', 'Ime', 'E-pošta', 'č', '\u0000', '=1+1', ' ', 'sep=;']
    for (let i = 0; i < 100; i++) {
      const text = Array.from({ length: r.int(200) }, () => r.pick(pieces)).join('')
      await outcome(Buffer.from(text, r.next() < 0.5 ? 'utf8' : 'latin1'), 'nakljucno.csv')
    }
  })
})
