import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
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

/**
 * Writes a PDF under a temporary name beside its place and renames it there when complete, so a file under a
 * letter's name is always a whole PDF, even if the process dies while writing (the crash tests kill it there).
 */
export async function writePdfFile(path: string, bytes: Uint8Array, folder: string): Promise<void> {
  const partial = `${path}.${process.pid}.part`
  try {
    await writeFile(partial, bytes)
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    // Any refusal of the file system (no permission, read-only, no such folder, disk full…) is the user's to fix.
    if (typeof (error as NodeJS.ErrnoException).code === 'string') throw new UserError('letters.cannotWrite', { path: folder })
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
    await writePdfFile(file, pdf, outDir)
    const letters = options.letters.map((l, i) => ({ reference: l.reference, kind: l.kind, language: l.language, file, firstPage: pages[i]!.start + 1, pageCount: pages[i]!.count }))
    return { letters, pages: pages.reduce((n, p) => n + p.count, 0) }
  }
  const letters: WrittenLetter[] = []
  for (const { letter, pdf, pageCount } of await separateLetterPdfs(printer, options)) {
    const file = join(outDir, letter.fileName)
    await writePdfFile(file, pdf, outDir)
    letters.push({ reference: letter.reference, kind: letter.kind, language: letter.language, file, firstPage: 1, pageCount })
  }
  return { letters, pages: letters.reduce((n, l) => n + l.pageCount, 0) }
}
