import { fold } from '../text'

/** A header as compared with field synonyms: folded, punctuation as spaces ("E-pošta:" → "e posta"). */
export function headerKey(header: string): string {
  return fold(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
