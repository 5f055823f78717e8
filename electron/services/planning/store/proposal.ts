import type { ProposalDiff } from '../../../../shared/planning/diff'
import type { PlanSummary } from '../../../../shared/planning/board'
import { UserError } from '../../../../shared/errors'
import type { PlacementExplanation, PlanningInstance, Proposal, UnplacedNomination } from '../../../../shared/planning/types'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { stayFrom } from '../workdays'
import { proposePlan } from '../propose'
import { backupBeforeBulkChange } from '../../settings/backups'
import { diffProposal, replaceablePlacements, type ReplaceableRow } from './diff'
import { loadRoundInstance } from './load'
import { takeSnapshot } from './snapshots'

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

export interface PlanPreview {
  proposal: Proposal
  summary: PlanSummary
  diff: ProposalDiff
  instance: PlanningInstance
  current: ReplaceableRow[]
}

/**
 * The proposal and what storing it would change, written nowhere. Nothing starts before today plus the round's
 * notice; locked, confirmed, completed and already started placements are kept as they are.
 */
export function previewPlan(ctx: ServiceContext, roundId: number): PlanPreview {
  const { instance, today } = loadRoundInstance(ctx, roundId)
  const proposal = proposePlan(instance)
  const durationOf = new Map(instance.nominations.map((n) => [n.id, n.durationDays ?? instance.rules.defaultDurationDays]))
  // Without any date on the round, the nomination or the offer, the exchange starts on the first working day at or
  // after the earliest start (a rolling round) and lasts its working days.
  for (const p of proposal.placements) {
    if (p.locked || (p.from !== null && p.to !== null)) continue
    const stay = stayFrom(p.from ?? instance.earliestStart ?? today, durationOf.get(p.nominationId)!)
    p.from ??= stay.from
    p.to ??= stay.to
  }
  const current = replaceablePlacements(ctx, roundId, today)
  const diff = diffProposal(ctx, roundId, proposal, current, instance.earliestStart ?? today)
  return { proposal, summary: summarise(proposal), diff, instance, current }
}

/**
 * "Propose": stores the plan the preview showed. With the preview's fingerprint the store is refused when the
 * round has changed since (the user would get something else than they saw). Storing replaces many placements at
 * once, so like every bulk step it first takes a backup (once the proposal is computed, so a round that cannot be
 * planned leaves no backup behind), and the proposals it replaces are kept as a snapshot that can be brought back.
 */
export async function planRound(
  ctx: ServiceContext,
  roundId: number,
  options: { fingerprint?: string | null } = {},
): Promise<{ proposal: Proposal; summary: PlanSummary; diff: ProposalDiff; backup: string }> {
  const preview = previewPlan(ctx, roundId)
  if (options.fingerprint && options.fingerprint !== preview.diff.fingerprint) throw new UserError('planning.previewOutdated', {})
  const backup = await backupBeforeBulkChange(ctx)
  storeProposal(ctx, roundId, preview)
  return { proposal: preview.proposal, summary: preview.summary, diff: preview.diff, backup }
}

/**
 * Applies the preview's diff in one transaction: kept placements are left as they are, moved ones updated, new ones
 * inserted, dropped ones deleted. Sectors are copied onto each placement (statistics survive a later change of
 * sector), the offer's mentor is taken over, and the nominations placed become 'proposed' while those that lost a
 * proposed place go back to 'nominated'.
 */
export function storeProposal(ctx: ServiceContext, roundId: number, preview: PlanPreview): void {
  const { instance, proposal, diff, current } = preview
  const db = ctx.conn.sqlite
  const sectorOf = new Map(instance.organisations.map((o) => [o.id, o.sector]))
  const mentorOf = new Map(instance.offers.map((o) => [o.id, o.mentorContactId]))
  const placementOf = new Map(proposal.placements.map((p) => [p.nominationId, p]))
  const idOf = new Map(current.map((r) => [r.nominationId, r.id]))

  const remove = db.prepare('DELETE FROM placements WHERE id = ?')
  const update = db.prepare(
    `UPDATE placements SET host_organisation_id = ?, host_sector = ?, offer_id = ?, mentor_contact_id = ?, starts_on = ?, ends_on = ?,
            score = ?, override_reason = NULL WHERE id = ?`,
  )
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
  const mentor = (offerId: number | null) => (offerId === null ? null : (mentorOf.get(offerId) ?? null))

  db.transaction(() => {
    // Only proposals that are replaced make a previous proposal to bring back (a first proposal replaces none).
    if (current.length > 0 && diff.counts.moved + diff.counts.new + diff.counts.dropped > 0) takeSnapshot(ctx, roundId, current.map((r) => r.id))
    for (const e of diff.entries) {
      const p = placementOf.get(e.nominationId)
      if (e.kind === 'dropped') remove.run(idOf.get(e.nominationId)!)
      else if (e.kind === 'moved') {
        update.run(p!.hostOrganisationId, sectorOf.get(p!.hostOrganisationId)!, p!.offerId, mentor(p!.offerId), p!.from, p!.to, p!.points, idOf.get(e.nominationId)!)
      } else if (e.kind === 'new') {
        insert.run(
          roundId, p!.homeOrganisationId, p!.hostOrganisationId, sectorOf.get(p!.homeOrganisationId)!, sectorOf.get(p!.hostOrganisationId)!,
          p!.offerId, mentor(p!.offerId), p!.from, p!.to, p!.points, p!.nominationId,
        )
      }
      if (e.kind !== 'dropped') markProposed.run(e.nominationId)
    }
    resetUnplaced.run(roundId, roundId)
    saveExplanations.run(proposalKey(roundId), JSON.stringify(stored))
    audit(ctx, 'round', roundId, 'plan', { replacedProposals: current.length }, {
      placed: proposal.placed, score: proposal.score, optimal: proposal.optimal, locked: proposal.lockedCount, unplaced: proposal.unplaced.length,
      earliestStart: diff.earliestStart, ...diff.counts,
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
