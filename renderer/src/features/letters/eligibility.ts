import type { LetterKindChoice, LetterPlacementRow } from '../../../../shared/domain/letters'
import { PLACEMENT_LETTER_KINDS, type LetterKind } from '../../../../shared/letters/types'

/** The kinds of letter a choice makes for each placement: one, the three placement letters, or the certificate. */
export const kindsOf = (choice: LetterKindChoice): LetterKind[] => (choice === 'all' ? [...PLACEMENT_LETTER_KINDS] : [choice])

/** The chosen kinds this placement does not have yet. */
export const missingKinds = (row: LetterPlacementRow, choice: LetterKindChoice): LetterKind[] => kindsOf(choice).filter((k) => !row.issued.includes(k))

/**
 * Whether the placement can get the letters at all: a certificate after a completed exchange; placement letters
 * for a confirmed placement, or for a completed one only when every chosen letter exists (a re-issue).
 */
export function canGet(row: LetterPlacementRow, choice: LetterKindChoice): boolean {
  if (choice === 'certificate') return row.status === 'completed'
  if (row.status === 'confirmed') return true
  return row.status === 'completed' && missingKinds(row, choice).length === 0
}

/** What is ticked until the officer ticks otherwise: confirmed (or for certificates completed) placements with consent that still lack the letter. */
export function defaultChoice(rows: LetterPlacementRow[], choice: LetterKindChoice): Set<number> {
  const due = (r: LetterPlacementRow) => (choice === 'certificate' ? r.status === 'completed' : r.status === 'confirmed') && r.consent && missingKinds(r, choice).length > 0
  return new Set(rows.filter(due).map((r) => r.id))
}

export interface IssuePlan {
  /** Letters asked for: placements × kinds. */
  letters: number
  /** Of those, already issued (placement and kind): left out or issued again. */
  existing: Array<{ row: LetterPlacementRow; kind: LetterKind }>
  /** Placements that have started (today included) and would get a placement letter. */
  started: LetterPlacementRow[]
}

export function issuePlan(rows: LetterPlacementRow[], chosen: Set<number>, choice: LetterKindChoice, today: string, reissue: boolean): IssuePlan {
  const picked = rows.filter((r) => chosen.has(r.id))
  const kinds = kindsOf(choice)
  const existing = picked.flatMap((row) => kinds.filter((k) => row.issued.includes(k)).map((kind) => ({ row, kind })))
  const issues = (r: LetterPlacementRow) => reissue || missingKinds(r, choice).length > 0
  const started = choice === 'certificate' ? [] : picked.filter((r) => r.status === 'confirmed' && r.startsOn <= today && issues(r))
  return { letters: picked.length * kinds.length, existing, started }
}
