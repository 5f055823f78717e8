import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readWorkbookBytes, readWorkbookFile } from '../../../electron/services/import/readWorkbook'
import { errorMessage, userError } from './helpers/messages'
import { xlsxBuffer } from './helpers/workbooks'

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`)

/** The start of an OLE2 compound file (old Office formats and encrypted OOXML live in one). */
function compoundFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header)
  return Buffer.concat([header, ...streamNames.map((n) => Buffer.from(n, 'utf16le')), Buffer.alloc(512)])
}

describe('files the import cannot read get one clear message', () => {
  it('an empty file', async () => {
    const error = await userError(readWorkbookBytes(new Uint8Array(), 'prazno.xlsx'))
    expect(errorMessage(error)).toBe('Datoteka prazno.xlsx je prazna.')
  })

  it('an old Excel file (.xls written by LibreOffice), even when renamed to .xlsx', async () => {
    for (const name of ['stara.xls', 'preimenovana.xlsx']) {
      const error = await userError(readWorkbookBytes(fixture('nominations-libreoffice.xls'), name))
      expect(error.code).toBe('import.legacyExcel')
      expect(errorMessage(error, 'en')).toContain('save it as an .xlsx workbook')
    }
  })

  it('an OpenDocument spreadsheet (.ods written by LibreOffice)', async () => {
    const error = await userError(readWorkbookBytes(fixture('nominations-libreoffice.ods'), 'tabela.ods'))
    expect(errorMessage(error)).toBe('Datoteka tabela.ods je v obliki OpenDocument (.ods). V LibreOfficeu jo shranite kot delovni zvezek Excel (.xlsx).')
  })

  it('a password-protected workbook (an encrypted package in a compound file)', async () => {
    const error = await userError(readWorkbookBytes(compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'zaklenjena.xlsx'))
    expect(error.code).toBe('import.passwordProtected')
    expect(errorMessage(error)).toContain('zaščitena z geslom')
  })

  it('a Word document renamed to .xlsx', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    const error = await userError(readWorkbookBytes(await zip.generateAsync({ type: 'uint8array' }), 'prijave.xlsx'))
    expect(errorMessage(error)).toBe('Datoteka prijave.xlsx ni preglednica. Uvozite lahko datoteke .xlsx in .csv.')
  })

  it('a PDF, and binary data called .csv', async () => {
    expect((await userError(readWorkbookBytes(Buffer.from('%PDF-1.7\n...'), 'seznam.pdf'))).code).toBe('import.notSpreadsheet')
    expect((await userError(readWorkbookBytes(Buffer.from([0, 1, 2, 3, 255, 0, 7]), 'seznam.csv'))).code).toBe('import.notSpreadsheet')
  })

  it('a truncated .xlsx', async () => {
    const bytes = await xlsxBuffer([{ name: 'List', rows: [['Ime', 'Priimek'], ['Ana', 'Novak']] }])
    const error = await userError(readWorkbookBytes(bytes.subarray(0, Math.floor(bytes.length * 0.7)), 'odrezana.xlsx'))
    expect(error.code).toBe('import.corruptFile')
    expect(errorMessage(error)).toMatch(/^Datoteke odrezana.xlsx ni mogoče prebrati, ker je poškodovana ali nepopolna/)
  })

  it('a file that is too large is refused before it is read', async () => {
    const error = await userError(readWorkbookBytes(new Uint8Array(51 * 1024 * 1024), 'velika.xlsx'))
    expect(errorMessage(error, 'en')).toBe('The file velika.xlsx is too large to import (50 MB at most). Split it into several files.')
  })

  it('a file that does not exist', async () => {
    const error = await userError(readWorkbookFile('/nonexistent/prijave.xlsx'))
    expect(errorMessage(error)).toBe('Datoteke prijave.xlsx ni mogoče najti.')
  })

  it('another extension with text in it', async () => {
    const error = await userError(readWorkbookBytes(Buffer.from('Ime;Priimek\n'), 'prijave.docx'))
    expect(errorMessage(error)).toBe('Datotek vrste .docx ni mogoče uvoziti. Shranite jo kot .xlsx ali .csv.')
  })
})
