import type { PlacementStatus } from './enums'

/**
 * What each count word means, stated once and written beside the number on every screen that shows it.
 *
 * - "izmenjave" / "exchanges" (Rounds, Planning): the round's placements that are not withdrawn — proposed,
 *   confirmed or completed. A proposal is an exchange being planned.
 * - "udeleženci" / "participants" (Statistics, workbook): counted placements only — confirmed or completed
 *   (shared/stats/definitions.ts COUNTED_STATUSES); a person placed twice counts twice.
 * - "različne osebe" / "distinct people" (Statistics): the different people among the participants.
 */
export const EXCHANGE_STATUSES: readonly PlacementStatus[] = ['proposed', 'confirmed', 'completed']

export interface ExchangeTally {
  /** Placements not withdrawn: the number shown as "izmenjave". */
  exchanges: number
  proposed: number
  confirmed: number
  completed: number
  /** Confirmed and completed: what the statistics count as participants. */
  counted: number
}

/** The tally of a round's placements from their number per status, for the caption under "izmenjave". */
export function tallyExchanges(byStatus: Partial<Record<PlacementStatus, number>>): ExchangeTally {
  const proposed = byStatus.proposed ?? 0
  const confirmed = byStatus.confirmed ?? 0
  const completed = byStatus.completed ?? 0
  return { exchanges: proposed + confirmed + completed, proposed, confirmed, completed, counted: confirmed + completed }
}
