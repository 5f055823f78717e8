import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../../../shared/errors'
import type { LetterKind } from '../../../shared/letters/types'
import type { Language } from '../../../shared/domain/enums'
import { mergedLettersPdf, separateLetterPdfs, type LettersPdfInput } from './pdf'
import type { PdfPrinter } from './printer'

export interface WrittenLetter {
  reference: string
  kind: LetterKind
  language: Language
  file: string
  /** The letter's first page in `file` (1-based) and its number of pages. */
  firstPage: number
  pageCount: number
}

export interface WriteLettersOptions extends LettersPdfInput {
  outDir: string
  /** A file name for one merged PDF; without it every letter gets its own file named by letterFileName. */
  mergedFileName?: string
}

async function write(path: string, bytes: Uint8Array, folder: string): Promise<void> {
  try {
    await writeFile(path, bytes)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR') throw new UserError('letters.cannotWrite', { path: folder })
    throw error
  }
}

/** Saves letters as PDF into a folder: one merged file or one file per letter. */
export async function writeLetterPdfs(printer: PdfPrinter, options: WriteLettersOptions): Promise<{ letters: WrittenLetter[]; pages: number }> {
  const { outDir, mergedFileName } = options
  try {
    await mkdir(outDir, { recursive: true })
  } catch {
    throw new UserError('letters.cannotWrite', { path: outDir })
  }
  if (mergedFileName !== undefined) {
    const { pdf, pages } = await mergedLettersPdf(printer, options)
    const file = join(outDir, mergedFileName)
    await write(file, pdf, outDir)
    const letters = options.letters.map((l, i) => ({ reference: l.reference, kind: l.kind, language: l.language, file, firstPage: pages[i]!.start + 1, pageCount: pages[i]!.count }))
    return { letters, pages: pages.reduce((n, p) => n + p.count, 0) }
  }
  const letters: WrittenLetter[] = []
  for (const { letter, pdf, pageCount } of await separateLetterPdfs(printer, options)) {
    const file = join(outDir, letter.fileName)
    await write(file, pdf, outDir)
    letters.push({ reference: letter.reference, kind: letter.kind, language: letter.language, file, firstPage: 1, pageCount })
  }
  return { letters, pages: letters.reduce((n, l) => n + l.pageCount, 0) }
}
