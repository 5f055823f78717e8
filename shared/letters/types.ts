import type { Driver, Gender, Language } from '../domain/enums'

/** Who a placement letter is addressed to: sent before the exchange, for a confirmed placement. */
export const PLACEMENT_LETTER_KINDS = ['participant', 'host', 'home'] as const
export type PlacementLetterKind = (typeof PLACEMENT_LETTER_KINDS)[number]

/**
 * Every kind of letter, the same names as the `letters.kind` column: the placement letters, and the participation
 * certificate a participant gets after a completed exchange (in the past tense, from the same reference register).
 */
export const LETTER_KINDS = [...PLACEMENT_LETTER_KINDS, 'certificate'] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

export interface Address {
  street: string | null
  postcode: string | null
  city: string | null
  /** ISO 3166 alpha-2; the country line is printed only for addresses outside Slovenia. */
  country: string
}

/**
 * A person named in a letter. Gender is the recorded grammatical gender (people.gender, contacts.gender);
 * salutations are chosen from it and never guessed from the name.
 */
export interface PersonData {
  fullName: string
  /** Known for participants; contacts are stored with a full name only, so salutations then use the full name. */
  lastName?: string | null
  firstName?: string | null
  gender: Gender | null
  jobTitle?: string | null
  email?: string | null
  phone?: string | null
}

export interface OrganisationData {
  name: string
  address: Address
  /** The organisation's coordinator for the programme: the addressee of host and home letters. */
  contact: PersonData | null
}

/** The ministry's letterhead and signatory, from Settings. */
export interface MinistryData {
  name: string
  /** The name used on English letters; the Slovenian name when not set. */
  nameEn?: string | null
  street: string
  postcode: string
  city: string
  signatoryName: string
  signatoryTitle: string
  /** PNG, JPEG or SVG as a data: URL, or null for a letterhead without a logo. */
  logoDataUrl: string | null
  /** A small centred line at the foot of every page (phone, e-mail, web); none when empty. */
  footer?: string | null
}

/** Everything a placement letter can merge, independent of the letter's language. */
export interface LetterData {
  participant: PersonData
  home: OrganisationData
  host: OrganisationData
  mentor: PersonData | null
  placement: {
    /** ISO dates (YYYY-MM-DD) as stored in placements.starts_on / ends_on. */
    from: string
    to: string
    driver: Driver | null
    roundName: string
  }
  letter: {
    reference: string
    /** The sequence number inside the reference (from allocateReferences); it orders the PDF file names. */
    sequence: number
    /** ISO date of the letter. */
    date: string
    /** Where the letter is signed, usually the ministry's town. */
    place: string
  }
  ministry: MinistryData
}

/** One letter merged and ready to be placed in a document. */
export interface ComposedLetter {
  kind: LetterKind
  language: Language
  reference: string
  /** The letter's content below the letterhead, as safe HTML (every merged value escaped). */
  bodyHtml: string
  /** A safe ASCII file name for this letter's own PDF, e.g. `2026-003_Novak_Janez_participant.pdf`. */
  fileName: string
}
