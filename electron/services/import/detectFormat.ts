import { UserError } from '../../../shared/errors'

export type ReadableFormat = 'xlsx' | 'csv'

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b)

/** Is this UTF-16LE text present in the bytes? Names of streams inside an OLE2 (old Office) container are stored so. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle)
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

/** Text files have no NUL bytes and few control characters; random or binary data has many. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true
  const sample = bytes.subarray(0, 64 * 1024)
  let control = 0
  for (const b of sample) {
    if (b === 0) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return control <= sample.length / 100
}

/**
 * Decides by content, not by name, what a file is: a renamed .docx or an .xls called .xlsx gets the message
 * for what it really is. Everything the import cannot read ends here as one clear user error.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ReadableFormat {
  if (bytes.length === 0) throw new UserError('import.emptyFile', { fileName })
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const text = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
    if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) throw new UserError('import.openDocument', { fileName })
    if (text.includes('application/vnd.oasis.opendocument')) throw new UserError('import.notSpreadsheet', { fileName })
    return 'xlsx'
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An encrypted .xlsx is an OLE2 container holding the encrypted package.
    if (containsUtf16(bytes, 'EncryptedPackage')) throw new UserError('import.passwordProtected', { fileName })
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) throw new UserError('import.legacyExcel', { fileName })
    throw new UserError('import.notSpreadsheet', { fileName })
  }
  const ext = extensionOf(fileName)
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').trimStart().toLowerCase()
  if (head.startsWith('%pdf') || head.startsWith('{\\rtf')) throw new UserError('import.notSpreadsheet', { fileName })
  if (head.startsWith('<?xml') || head.startsWith('<html') || head.startsWith('<!doctype') || head.startsWith('<table')) {
    if (head.includes('opendocument')) throw new UserError('import.openDocument', { fileName })
    // Excel's "XML Spreadsheet 2003" and HTML tables saved as .xls open in Excel but are not workbooks we read.
    throw new UserError(ext === 'xls' || head.includes('urn:schemas-microsoft-com:office') ? 'import.legacyExcel' : 'import.notSpreadsheet', { fileName })
  }
  if (ext === 'xlsx' || ext === 'xlsm') throw new UserError('import.corruptFile', { fileName, detail: 'not a zip container' })
  if (ext === 'xls') throw new UserError('import.legacyExcel', { fileName })
  if (ext === 'ods' || ext === 'fods') throw new UserError('import.openDocument', { fileName })
  if (!looksLikeText(bytes)) throw new UserError('import.notSpreadsheet', { fileName })
  if (ext !== '' && ext !== 'csv' && ext !== 'txt' && ext !== 'tsv') throw new UserError('import.unsupportedFormat', { fileName, extension: ext })
  return 'csv'
}
