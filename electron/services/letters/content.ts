import { createHash } from 'node:crypto'
import { buildLetterDocument } from '../../../shared/letters/document'
import type { ComposedLetter, MinistryData } from '../../../shared/letters/types'

export interface LetterContent {
  /** The letter as a document of its own (letterhead, CSS footer): what is stored and reprinted. */
  html: string
  /** sha256 of `html`, hex: shows later that a reprint is the very letter that was sent. */
  contentHash: string
}

export function contentHash(html: string): string {
  return createHash('sha256').update(html, 'utf8').digest('hex')
}

export function letterContent(ministry: MinistryData, letter: ComposedLetter): LetterContent {
  const html = buildLetterDocument({ ministry, letters: [letter], footer: 'css' })
  return { html, contentHash: contentHash(html) }
}
