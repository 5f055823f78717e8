import type { PlanSummary } from '../../../../shared/planning/board'
import type { PlacementExplanation, PlanningInstance, Proposal, UnplacedNomination } from '../../../../shared/planning/types'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { fromDay, toDay } from '../dates'
import { proposePlan } from '../propose'
import { backupBeforeBulkChange } from '../../settings/backups'
import { loadRoundInstance } from './load'

/** What the board shows of the last proposal: kept in `settings` under `planning.proposal.<round>`. */
export interface StoredProposal {
  at: string
  optimal: boolean
  placed: number
  score: number
  /** Per nomination: the host the proposal chose and why. */
  explanations: Record<string, { host: number; explanation: PlacementExplanation }>
  unplaced: UnplacedNomination[]
}

export const proposalKey = (roundId: number) => `planning.proposal.${roundId}`

export function readStoredProposal(ctx: ServiceContext, roundId: number): StoredProposal | null {
  const row = ctx.conn.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(proposalKey(roundId)) as { value: string } | undefined
  return row ? (JSON.parse(row.value) as StoredProposal) : null
}

/**
 * "Propose": computes the optimal plan around the locked, confirmed and completed placements and stores it in one
 * transaction. Unlocked proposed placements are replaced; the others stay as they are. Sectors are copied onto
 * each placement (statistics survive a later change of sector), the offer's mentor is taken over, and the
 * nominations placed become 'proposed' while those that lost a proposed place go back to 'nominated'.
 * Storing replaces many placements at once, so like every bulk step it first takes a backup (once the proposal
 * is computed, so a round that cannot be planned leaves no backup behind).
 */
export async function planRound(ctx: ServiceContext, roundId: number): Promise<{ proposal: Proposal; summary: PlanSummary; backup: string }> {
  const { instance } = loadRoundInstance(ctx, roundId)
  const proposal = proposePlan(instance)
  const backup = await backupBeforeBulkChange(ctx)
  storeProposal(ctx, roundId, instance, proposal)
  return { proposal, summary: summarise(proposal), backup }
}

export function storeProposal(ctx: ServiceContext, roundId: number, instance: PlanningInstance, proposal: Proposal): void {
  const db = ctx.conn.sqlite
  const sectorOf = new Map(instance.organisations.map((o) => [o.id, o.sector]))
  const mentorOf = new Map(instance.offers.map((o) => [o.id, o.mentorContactId]))
  const durationOf = new Map(instance.nominations.map((n) => [n.id, n.durationDays ?? instance.rules.defaultDurationDays]))
  const today = ctx.now().toISOString().slice(0, 10)
  const fresh = proposal.placements.filter((p) => !p.locked)
  // Without any date on the round, the nomination or the offer, the exchange starts today (a rolling round).
  for (const p of fresh) {
    p.from ??= today
    p.to ??= fromDay(toDay(p.from, 'from') + durationOf.get(p.nominationId)! - 1)
  }

  const removeProposed = db.prepare("DELETE FROM placements WHERE round_id = ? AND status = 'proposed' AND locked = 0")
  const insert = db.prepare(
    `INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector,
       offer_id, mentor_contact_id, starts_on, ends_on, driver, status, locked, score, person_id, gender)
     SELECT ?, n.id, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'proposed', 0, ?, n.person_id, pe.gender
       FROM nominations n JOIN people pe ON pe.id = n.person_id WHERE n.id = ?`,
  )
  const markProposed = db.prepare("UPDATE nominations SET status = 'proposed' WHERE id = ? AND status IN ('nominated', 'proposed')")
  const resetUnplaced = db.prepare(
    `UPDATE nominations SET status = 'nominated'
      WHERE round_id = ? AND status = 'proposed'
        AND id NOT IN (SELECT nomination_id FROM placements WHERE round_id = ? AND status <> 'withdrawn')`,
  )
  const saveExplanations = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')

  const stored: StoredProposal = {
    at: ctx.now().toISOString(),
    optimal: proposal.optimal,
    placed: proposal.placed,
    score: proposal.score,
    explanations: Object.fromEntries(proposal.placements.map((p) => [String(p.nominationId), { host: p.hostOrganisationId, explanation: p.explanation }])),
    unplaced: proposal.unplaced,
  }

  db.transaction(() => {
    const removed = removeProposed.run(roundId).changes
    for (const p of fresh) {
      insert.run(
        roundId, p.homeOrganisationId, p.hostOrganisationId, sectorOf.get(p.homeOrganisationId)!, sectorOf.get(p.hostOrganisationId)!,
        p.offerId, p.offerId === null ? null : (mentorOf.get(p.offerId) ?? null), p.from, p.to, p.points, p.nominationId,
      )
      markProposed.run(p.nominationId)
    }
    resetUnplaced.run(roundId, roundId)
    saveExplanations.run(proposalKey(roundId), JSON.stringify(stored))
    audit(ctx, 'round', roundId, 'plan', { replacedProposals: removed }, {
      placed: proposal.placed, score: proposal.score, optimal: proposal.optimal, locked: proposal.lockedCount, unplaced: proposal.unplaced.length,
    })
  })()
}

/** The JSON of `round plan`: every placement (locked ones included) with its dates as stored. */
export function summarise(proposal: Proposal): PlanSummary {
  return {
    placed: proposal.placed,
    unplaced: proposal.unplaced.length,
    score: proposal.score,
    optimal: proposal.optimal,
    placements: proposal.placements.map((p) => ({
      nomination: p.nominationId, host: p.hostOrganisationId, from: p.from ?? '', to: p.to ?? '', preferenceRank: p.preferenceRank,
    })),
    unplacedReasons: proposal.unplaced.map((u) => ({ nomination: u.nominationId, code: u.code, params: u.params })),
  }
}
