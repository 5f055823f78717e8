import type { CompletionInput, ManualPlacementInput } from '../../../../shared/api/planning'
import { completionFields, manualPlacementFields } from '../../../../shared/api/planning'
import { UserError } from '../../../../shared/errors'
import type { BoardPlacement, PlacementCheck } from '../../../../shared/planning/board'
import type { RuleViolation } from '../../../../shared/planning/types'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { createPlacementChecker, type ManualPlacement } from '../check'
import { dayValue } from '../../../../shared/domain/days'
import { isoToday } from '../../../../shared/planning/notice'
import { getPlacement } from './board'
import { nominationName, placementLabel } from './describe'
import { loadRoundInstance } from './load'

interface PlacementState {
  id: number
  roundId: number
  nominationId: number
  status: 'proposed' | 'confirmed' | 'withdrawn' | 'completed'
  locked: number
}

function placementState(ctx: ServiceContext, placementId: number): PlacementState {
  const row = ctx.conn.sqlite
    .prepare('SELECT id, round_id AS roundId, nomination_id AS nominationId, status, locked FROM placements WHERE id = ?')
    .get(placementId) as PlacementState | undefined
  if (!row) throw new UserError('planning.placementNotFound', {})
  return row
}

function read(ctx: ServiceContext, placementId: number): BoardPlacement {
  return getPlacement(ctx, placementId)!
}

function nominationRound(ctx: ServiceContext, nominationId: number): { roundId: number; status: string; reason: string | null } {
  const row = ctx.conn.sqlite.prepare('SELECT round_id AS roundId, status, withdrawn_reason AS reason FROM nominations WHERE id = ?').get(nominationId) as
    | { roundId: number; status: string; reason: string | null }
    | undefined
  if (!row) throw new UserError('planning.unknownNomination', {})
  return row
}

/**
 * A placement moved to another host does not keep the old host's offer or mentor: an offer or a mentor that is not
 * the chosen host's is dropped (the user may pick one of the new host's instead).
 */
function ownedByHost(ctx: ServiceContext, p: ReturnType<typeof manualPlacementFields.parse>): ReturnType<typeof manualPlacementFields.parse> {
  const db = ctx.conn.sqlite
  const offerHost = p.offerId === null ? null : (db.prepare('SELECT organisation_id AS o FROM offers WHERE id = ?').get(p.offerId) as { o: number } | undefined)?.o
  const mentorHost = p.mentorContactId === null ? null : (db.prepare('SELECT organisation_id AS o FROM contacts WHERE id = ?').get(p.mentorContactId) as { o: number } | undefined)?.o
  return {
    ...p,
    offerId: offerHost === p.hostOrganisationId ? p.offerId : null,
    mentorContactId: mentorHost === p.hostOrganisationId ? p.mentorContactId : null,
  }
}

/** The rules a hand-made placement would break, against the round's other current placements. */
function violationsOf(ctx: ServiceContext, input: ManualPlacementInput): RuleViolation[] {
  const p = ownedByHost(ctx, manualPlacementFields.parse(input))
  const { roundId, status, reason } = nominationRound(ctx, p.nominationId)
  if (status === 'withdrawn') throw reason === 'erasure' ? new UserError('planning.nominationErased') : new UserError('planning.nominationWithdrawn', { name: nominationName(ctx, p.nominationId) })
  const { instance } = loadRoundInstance(ctx, roundId)
  if (p.offerId !== null && !instance.offers.some((o) => o.id === p.offerId)) throw new UserError('planning.unknownOffer', {})
  const others = ctx.conn.sqlite
    .prepare(
      `SELECT nomination_id AS nominationId, host_organisation_id AS hostOrganisationId, offer_id AS offerId, starts_on AS "from", ends_on AS "to"
         FROM placements WHERE round_id = ? AND status <> 'withdrawn' AND nomination_id <> ?`,
    )
    .all(roundId, p.nominationId) as ManualPlacement[]
  const placement: ManualPlacement = { nominationId: p.nominationId, hostOrganisationId: p.hostOrganisationId, offerId: p.offerId, from: p.startsOn, to: p.endsOn }
  const violations = createPlacementChecker(instance)(placement, others)
  // A start before today plus the notice breaks a rule of its own; a placement whose start is not being changed
  // (say, a confirmed exchange under way getting another mentor) is not flagged for it again.
  const stored = ctx.conn.sqlite.prepare('SELECT starts_on AS s FROM placements WHERE nomination_id = ?').get(p.nominationId) as { s: string } | undefined
  const earliest = instance.earliestStart ?? null
  if (earliest !== null && p.startsOn < earliest && stored?.s !== p.startsOn) {
    violations.push({ rule: 'too-early', params: { earliest, notice: instance.rules.noticeWorkingDays } })
  }
  return violations
}

export function checkManualPlacement(ctx: ServiceContext, input: ManualPlacementInput): PlacementCheck {
  return { violations: violationsOf(ctx, input) }
}

/**
 * Places a nomination by hand (a new placement, or a move to another host, offer or period). A change that breaks
 * a rule is kept only with the user's reason, which flags the placement on the board. Whether it is locked (the
 * next proposal plans around it instead of undoing it) is the user's choice, shown in the dialog: a hand-made
 * placement left unlocked is a proposal like any other, and the next proposal may replace it.
 */
export function placeByHand(ctx: ServiceContext, input: ManualPlacementInput): BoardPlacement {
  const p = ownedByHost(ctx, manualPlacementFields.parse(input))
  const db = ctx.conn.sqlite
  return db.transaction(() => {
    const violations = violationsOf(ctx, p)
    if (violations.length > 0 && p.overrideReason === null) {
      throw new UserError('planning.overrideNeeded', { rules: violations.map((v) => v.rule).join(', ') }, { overrideReason: { code: 'required', params: {} } })
    }
    const { roundId } = nominationRound(ctx, p.nominationId)
    const sectors = db
      .prepare(
        `SELECT home.id AS homeId, home.sector AS homeSector, host.sector AS hostSector,
                CASE WHEN ? = n.preference_1 THEN 3 WHEN ? = n.preference_2 THEN 2 WHEN ? = n.preference_3 THEN 1 ELSE 0 END AS points
           FROM nominations n JOIN people pe ON pe.id = n.person_id JOIN organisations home ON home.id = pe.organisation_id
           JOIN organisations host ON host.id = ? WHERE n.id = ?`,
      )
      .get(p.hostOrganisationId, p.hostOrganisationId, p.hostOrganisationId, p.hostOrganisationId, p.nominationId) as
      | { homeId: number; homeSector: string; hostSector: string; points: number }
      | undefined
    if (!sectors) throw new UserError('planning.unknownOrganisation', { id: p.hostOrganisationId })
    const mentor = p.mentorContactId ?? (p.offerId === null ? null : ((db.prepare('SELECT mentor_contact_id AS m FROM offers WHERE id = ?').get(p.offerId) as { m: number | null }).m))
    const reason = violations.length > 0 ? p.overrideReason : null
    const existing = db.prepare('SELECT id, status FROM placements WHERE nomination_id = ?').get(p.nominationId) as { id: number; status: string } | undefined
    if (existing && (existing.status === 'completed' || existing.status === 'withdrawn')) {
      throw new UserError('planning.placementClosed', { ...placementLabel(ctx, existing.id), status: existing.status })
    }
    const before = existing ? read(ctx, existing.id) : null
    let id: number
    if (existing) {
      db.prepare(
        `UPDATE placements SET host_organisation_id = ?, host_sector = ?, offer_id = ?, mentor_contact_id = ?, starts_on = ?, ends_on = ?,
                driver = coalesce(?, driver), locked = ?, override_reason = ?, score = ? WHERE id = ?`,
      ).run(p.hostOrganisationId, sectors.hostSector, p.offerId, mentor, p.startsOn, p.endsOn, p.driver, p.locked ? 1 : 0, reason, sectors.points, existing.id)
      id = existing.id
    } else {
      id = Number(
        db
          .prepare(
            `INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, offer_id,
               mentor_contact_id, starts_on, ends_on, driver, status, locked, override_reason, score)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?)`,
          )
          .run(roundId, p.nominationId, sectors.homeId, p.hostOrganisationId, sectors.homeSector, sectors.hostSector, p.offerId, mentor, p.startsOn, p.endsOn, p.driver, p.locked ? 1 : 0, reason, sectors.points)
          .lastInsertRowid,
      )
      db.prepare("UPDATE nominations SET status = 'proposed' WHERE id = ? AND status = 'nominated'").run(p.nominationId)
    }
    const after = read(ctx, id)
    audit(ctx, 'placement', id, existing ? 'move' : 'create', before, { ...after, violations: violations.map((v) => v.rule) })
    return after
  })()
}

function change(ctx: ServiceContext, placementId: number, action: string, apply: (state: PlacementState) => void): BoardPlacement {
  return ctx.conn.sqlite.transaction(() => {
    const state = placementState(ctx, placementId)
    const before = read(ctx, placementId)
    apply(state)
    const after = read(ctx, placementId)
    audit(ctx, 'placement', placementId, action, before, after)
    return after
  })()
}

function refuseClosed(ctx: ServiceContext, state: PlacementState, allowCompleted = false): void {
  if (state.status === 'withdrawn' || (state.status === 'completed' && !allowCompleted)) {
    throw new UserError('planning.placementClosed', { ...placementLabel(ctx, state.id), status: state.status })
  }
}

export function setLocked(ctx: ServiceContext, placementId: number, locked: boolean): BoardPlacement {
  return change(ctx, placementId, locked ? 'lock' : 'unlock', (state) => {
    refuseClosed(ctx, state)
    ctx.conn.sqlite.prepare('UPDATE placements SET locked = ? WHERE id = ?').run(locked ? 1 : 0, placementId)
  })
}

/**
 * Accepts a placement: it is confirmed (and so kept by every later proposal), and so is the nomination. An exchange
 * that has already started (or should have) is confirmed only when the user says so explicitly (`evenIfStarted`),
 * as its letters would announce a date that has passed.
 */
export function confirmPlacement(ctx: ServiceContext, placementId: number, options: { evenIfStarted?: boolean } = {}): BoardPlacement {
  return change(ctx, placementId, 'confirm', (state) => {
    refuseClosed(ctx, state)
    const { s } = ctx.conn.sqlite.prepare('SELECT starts_on AS s FROM placements WHERE id = ?').get(placementId) as { s: string }
    if (s <= isoToday(ctx.now()) && options.evenIfStarted !== true) {
      throw new UserError('planning.confirmStarted', { ...placementLabel(ctx, placementId), from: dayValue(s) })
    }
    ctx.conn.sqlite.prepare("UPDATE placements SET status = 'confirmed' WHERE id = ?").run(placementId)
    ctx.conn.sqlite.prepare("UPDATE nominations SET status = 'confirmed' WHERE id = ?").run(state.nominationId)
  })
}

/**
 * Records how the exchange went: it becomes completed, which is what the statistics count. Only an exchange that
 * was agreed (confirmed) can have happened; a mere proposal cannot be completed, nor can a withdrawn one.
 */
export function recordCompletion(ctx: ServiceContext, input: CompletionInput): BoardPlacement {
  const c = completionFields.parse(input)
  return change(ctx, c.placementId, 'complete', (state) => {
    refuseClosed(ctx, state, true)
    if (state.status === 'proposed') throw new UserError('planning.completionNeedsConfirmed', placementLabel(ctx, state.id))
    ctx.conn.sqlite
      .prepare(
        `UPDATE placements SET status = 'completed', days_actual = ?, participant_rating = ?, participant_feedback = ?, host_rating = ?,
                host_feedback = ? WHERE id = ?`,
      )
      .run(c.daysActual, c.participantRating, c.participantFeedback, c.hostRating, c.hostFeedback, c.placementId)
    ctx.conn.sqlite.prepare("UPDATE nominations SET status = 'completed' WHERE id = ?").run(state.nominationId)
  })
}

/** Takes a placement away; the nomination is open again for the next proposal. A completed exchange stays. */
export function removePlacement(ctx: ServiceContext, placementId: number): { removed: true } {
  return ctx.conn.sqlite.transaction(() => {
    const state = placementState(ctx, placementId)
    if (state.status === 'completed') throw new UserError('planning.placementClosed', { ...placementLabel(ctx, state.id), status: state.status })
    const before = read(ctx, placementId)
    ctx.conn.sqlite.prepare('DELETE FROM placements WHERE id = ?').run(placementId)
    ctx.conn.sqlite.prepare("UPDATE nominations SET status = 'nominated' WHERE id = ? AND status <> 'withdrawn'").run(state.nominationId)
    audit(ctx, 'placement', placementId, 'delete', before, null)
    return { removed: true as const }
  })()
}

/** The participant withdraws: the nomination and its placement (kept for the record) are withdrawn. */
export function withdrawNomination(ctx: ServiceContext, nominationId: number): { withdrawn: true } {
  const db = ctx.conn.sqlite
  return db.transaction(() => {
    const { status } = nominationRound(ctx, nominationId)
    if (status === 'completed') throw new UserError('planning.nominationCompleted', { name: nominationName(ctx, nominationId) })
    const placement = db.prepare('SELECT id FROM placements WHERE nomination_id = ?').get(nominationId) as { id: number } | undefined
    db.prepare("UPDATE nominations SET status = 'withdrawn' WHERE id = ?").run(nominationId)
    if (placement) db.prepare("UPDATE placements SET status = 'withdrawn', locked = 0 WHERE id = ?").run(placement.id)
    audit(ctx, 'nomination', nominationId, 'withdraw', { status }, { status: 'withdrawn', placement: placement?.id ?? null })
    return { withdrawn: true as const }
  })()
}
