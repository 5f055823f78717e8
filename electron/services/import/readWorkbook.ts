import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserError } from '../../../shared/errors'
import { readCsv } from './csv/readCsv'
import { detectFormat } from './detectFormat'
import { READ_LIMITS, type Workbook } from './workbook'
import { readXlsx } from './xlsx/readXlsx'

/**
 * Reads a spreadsheet from memory. Whatever the bytes are, the outcome is a workbook or a UserError: a damaged
 * file must give the user one clear message, never a stack trace, and it changes nothing.
 */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  if (bytes.length > READ_LIMITS.fileBytes)
    throw new UserError('import.fileTooLarge', { fileName, limitMb: Math.round(READ_LIMITS.fileBytes / 1048576) })
  try {
    const format = detectFormat(bytes, fileName)
    return format === 'xlsx' ? await readXlsx(bytes, fileName) : await readCsv(bytes, fileName)
  } catch (error) {
    // Every message names the file: the user may have chosen several at once.
    if (error instanceof UserError) throw new UserError(error.code, { fileName, ...error.params })
    if (error instanceof RangeError && /memory|allocation|Invalid string length|Invalid array length/i.test(error.message))
      throw new UserError('import.fileTooLarge', { fileName, limitMb: Math.round(READ_LIMITS.fileBytes / 1048576) })
    throw new UserError('import.corruptFile', { fileName, detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) })
  }
}

/** Reads a spreadsheet file; its size is checked before a byte is loaded. */
export async function readWorkbookFile(path: string): Promise<Workbook> {
  const fileName = basename(path)
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new UserError('import.fileNotFound', { fileName })
    size = info.size
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError('import.fileNotFound', { fileName })
  }
  if (size > READ_LIMITS.fileBytes) throw new UserError('import.fileTooLarge', { fileName, limitMb: Math.round(READ_LIMITS.fileBytes / 1048576) })
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch {
    throw new UserError('import.fileNotReadable', { fileName })
  }
  return readWorkbookBytes(bytes, fileName)
}
