import type { LetterData, LetterKind } from '../letters/types'
import type { Language, PlacementStatus } from './enums'

/**
 * Which letters to make: one kind, all three placement letters, or the participation certificate; the letter's
 * language, or 'auto' to follow each recipient.
 */
export const LETTER_KIND_CHOICES = ['participant', 'host', 'home', 'all', 'certificate'] as const
export type LetterKindChoice = (typeof LETTER_KIND_CHOICES)[number]
export const LETTER_LANGUAGE_CHOICES = ['sl', 'en', 'auto'] as const
export type LetterLanguageChoice = (typeof LETTER_LANGUAGE_CHOICES)[number]

/** A stored template (or the shipped default when the officer has not edited it). */
export interface LetterTemplateInfo {
  kind: LetterKind
  language: Language
  body: string
  isDefault: boolean
  updatedAt: string | null
}

/** One placement as the letters screen lists it. */
export interface LetterPlacementRow {
  id: number
  participant: string
  home: string
  host: string
  startsOn: string
  endsOn: string
  status: PlacementStatus
  consent: boolean
  /** The language each recipient reads (the contact's language), used when the language is 'auto'. */
  languages: Record<LetterKind, Language>
  /** How many letters were already generated for this placement. */
  letters: number
  /** The kinds of letter this placement already has (a re-issue needs a reason). */
  issued: LetterKind[]
}

/** What to do with a letter of the same placement and kind that was issued before. */
export type ExistingLetters = { mode: 'refuse' } | { mode: 'skip' } | { mode: 'reissue'; reason: string }

/** Everything the editor needs to render a placement's letter locally, with the reference it would get next. */
export interface LetterPreviewData {
  data: LetterData
  language: Language
}

export interface GeneratedLetter {
  id: number
  placement: number
  kind: LetterKind
  lang: Language
  reference: string
  file: string
}

export interface GenerateResult {
  letters: GeneratedLetter[]
  pages: number
}

/** A letter that was generated: what was sent to whom, when, by whom, and the hash of its content. */
export interface LetterRecord {
  id: number
  placementId: number
  roundId: number
  participant: string
  recipient: string
  kind: LetterKind
  language: Language
  reference: string
  createdAt: string
  createdBy: string
  contentHash: string
  /** The letter this one was issued again for, and why. */
  reissueOf: string | null
  reissueReason: string | null
}
