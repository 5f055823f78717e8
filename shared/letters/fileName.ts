import type { LetterKind } from './types'

/** Letters that Unicode does not decompose into a base letter and a mark. */
const TRANSLITERATION: Record<string, string> = { đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th' }

/**
 * A name as safe ASCII for a file name on any system: "Đurđa Šuštar-Čeh" → "Durda_Sustar-Ceh". Anything that is
 * not a letter, digit or hyphen becomes one underscore, so markup or path characters in a name cannot reach the path.
 */
export function asciiFileNamePart(name: string, maxLength = 40): string {
  return name
    .replace(/[đĐøØłŁßæÆœŒþÞ]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, maxLength)
    .replace(/[_-]+$/, '')
}

export interface LetterFileNameInput {
  /** ISO date of the letter; its year starts the name. */
  date: string
  sequence: number
  lastName: string | null | undefined
  firstName: string | null | undefined
  fullName: string
  kind: LetterKind
}

/** `2026-003_Novak_Janez_participant.pdf`: year and sequence first, so a folder lists letters in their order. */
export function letterFileName(input: LetterFileNameInput): string {
  const names = input.lastName || input.firstName ? [input.lastName ?? '', input.firstName ?? ''] : [input.fullName]
  const person = names.map((n) => asciiFileNamePart(n)).filter(Boolean).join('_') || 'letter'
  const year = input.date.slice(0, 4)
  return `${year}-${String(input.sequence).padStart(3, '0')}_${person}_${input.kind}.pdf`
}
