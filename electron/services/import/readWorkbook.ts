import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserError } from '../../../shared/errors'
import { readCsv } from './csv/readCsv'
import { detectFormat, type ReadableFormat } from './detectFormat'
import { EngineFault, READ_LIMITS, type Workbook } from './workbook'
import { readXlsx } from './xlsx/readXlsx'

/** Reads a spreadsheet from memory into sheets of typed values. */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  return guardRead(bytes, fileName, (format) => (format === 'xlsx' ? readXlsx(bytes, fileName) : readCsv(bytes, fileName)))
}

/**
 * Runs a read of the bytes so that whatever they are, the outcome is the result or a UserError naming the
 * file: a damaged file must give the user one clear message, never a stack trace.
 */
export async function guardRead<T>(bytes: Uint8Array, fileName: string, read: (format: ReadableFormat) => Promise<T>): Promise<T> {
  if (bytes.length > READ_LIMITS.fileBytes)
    throw new UserError('import.fileTooLarge', { fileName, limitMb: Math.round(READ_LIMITS.fileBytes / 1048576) })
  try {
    return await read(detectFormat(bytes, fileName))
  } catch (error) {
    if (error instanceof EngineFault) throw error.fault
    // Every message names the file: the user may have chosen several at once.
    if (error instanceof UserError) throw new UserError(error.code, { fileName, ...error.params })
    if (error instanceof RangeError && /memory|allocation|Invalid string length|Invalid array length/i.test(error.message))
      throw new UserError('import.fileTooLarge', { fileName, limitMb: Math.round(READ_LIMITS.fileBytes / 1048576) })
    throw new UserError('import.corruptFile', { fileName, detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) })
  }
}

/** Loads a file's bytes; its size is checked before a byte is loaded. */
export async function loadFile(path: string): Promise<{ bytes: Uint8Array; fileName: string }> {
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
  try {
    return { bytes: await readFile(path), fileName }
  } catch {
    throw new UserError('import.fileNotReadable', { fileName })
  }
}

/** Reads a spreadsheet file into sheets of typed values. */
export async function readWorkbookFile(path: string): Promise<Workbook> {
  const { bytes, fileName } = await loadFile(path)
  return readWorkbookBytes(bytes, fileName)
}
