import type { BoardMentor, BoardNomination, BoardOffer, BoardOrganisation, BoardPlacement, PlanningBoard } from '../../../../shared/planning/board'
import { earliestStart, isoToday } from '../../../../shared/planning/notice'
import { parseRoundRules } from '../../../../shared/planning/rules'
import type { PreferenceRank } from '../../../../shared/planning/types'
import type { ServiceContext } from '../../context'
import { getRound, roundExchanges } from '../../rounds/rounds'
import { splitLanguages } from './load'
import { readStoredProposal, type StoredProposal } from './proposal'

const PLACEMENT_COLUMNS = `p.id, p.nomination_id AS nominationId, p.host_organisation_id AS hostOrganisationId, h.name AS hostName,
  p.host_sector AS hostSector, p.offer_id AS offerId, p.mentor_contact_id AS mentorContactId, m.full_name AS mentorName,
  p.starts_on AS startsOn, p.ends_on AS endsOn, p.driver, p.status, p.locked, p.override_reason AS overrideReason, p.score,
  p.days_actual AS daysActual, p.participant_rating AS participantRating, p.participant_feedback AS participantFeedback,
  p.host_rating AS hostRating, p.host_feedback AS hostFeedback,
  CASE WHEN p.host_organisation_id = n.preference_1 THEN 1 WHEN p.host_organisation_id = n.preference_2 THEN 2
       WHEN p.host_organisation_id = n.preference_3 THEN 3 ELSE 0 END AS preferenceRank`
const PLACEMENT_FROM = `placements p JOIN organisations h ON h.id = p.host_organisation_id
  JOIN nominations n ON n.id = p.nomination_id LEFT JOIN contacts m ON m.id = p.mentor_contact_id`

type PlacementRow = Omit<BoardPlacement, 'locked' | 'explanation' | 'preferenceRank'> & { locked: number; preferenceRank: number }

function toPlacement(row: PlacementRow, stored: StoredProposal | null): BoardPlacement {
  const chosen = stored?.explanations[String(row.nominationId)]
  return {
    ...row,
    locked: row.locked === 1,
    preferenceRank: row.preferenceRank as PreferenceRank,
    explanation: chosen && chosen.host === row.hostOrganisationId ? chosen.explanation : null,
  }
}

export function getPlacement(ctx: ServiceContext, placementId: number): BoardPlacement | undefined {
  const row = ctx.conn.sqlite.prepare(`SELECT ${PLACEMENT_COLUMNS} FROM ${PLACEMENT_FROM} WHERE p.id = ?`).get(placementId) as PlacementRow | undefined
  if (!row) return undefined
  const roundId = (ctx.conn.sqlite.prepare('SELECT round_id AS roundId FROM placements WHERE id = ?').get(placementId) as { roundId: number }).roundId
  return toPlacement(row, readStoredProposal(ctx, roundId))
}

export function listOffers(ctx: ServiceContext, roundId: number): BoardOffer[] {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT o.id, o.organisation_id AS organisationId, g.name AS organisationName, g.sector, o.places,
              (SELECT count(*) FROM placements p WHERE p.offer_id = o.id AND p.status <> 'withdrawn') AS used,
              o.available_from AS availableFrom, o.available_to AS availableTo, o.department,
              o.mentor_contact_id AS mentorContactId, c.full_name AS mentorName, o.languages
         FROM offers o JOIN organisations g ON g.id = o.organisation_id LEFT JOIN contacts c ON c.id = o.mentor_contact_id
        WHERE o.round_id = ? ORDER BY g.sort_key, o.available_from, o.id`,
    )
    .all(roundId) as Array<Omit<BoardOffer, 'languages'> & { languages: string | null }>
  return rows.map((r) => ({ ...r, languages: splitLanguages(r.languages) }))
}

/** Everything the planning board shows for one round, in Slovenian alphabetical order of people and hosts. */
export function getBoard(ctx: ServiceContext, roundId: number): PlanningBoard {
  const round = getRound(ctx, roundId)
  const db = ctx.conn.sqlite
  const stored = readStoredProposal(ctx, roundId)
  const rules = parseRoundRules((db.prepare('SELECT rules FROM rounds WHERE id = ?').get(roundId) as { rules: string | null }).rules)
  const organisations = db.prepare("SELECT id, name, sector FROM organisations WHERE status <> 'former' ORDER BY sort_key").all() as BoardOrganisation[]
  const names = new Map(organisations.map((o) => [o.id, o]))
  for (const o of db.prepare("SELECT id, name, sector FROM organisations WHERE status = 'former'").all() as BoardOrganisation[]) names.set(o.id, o)

  const placements = new Map<number, BoardPlacement>()
  for (const row of db.prepare(`SELECT ${PLACEMENT_COLUMNS} FROM ${PLACEMENT_FROM} WHERE p.round_id = ?`).all(roundId) as PlacementRow[]) {
    placements.set(row.nominationId, toPlacement(row, stored))
  }
  const unplaced = new Map((stored?.unplaced ?? []).map((u) => [u.nominationId, u]))
  const rows = db
    .prepare(
      `SELECT n.id, n.person_id AS personId, NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), '') AS name,
              pe.organisation_id AS organisationId, o.name AS organisationName, o.sector, n.status, n.withdrawn_reason AS withdrawnReason,
              n.available_from AS availableFrom, n.available_to AS availableTo, n.duration_days AS durationDays,
              n.preference_1 AS p1, n.preference_2 AS p2, n.preference_3 AS p3, n.challenge_id AS challengeId
         FROM nominations n JOIN people pe ON pe.id = n.person_id JOIN organisations o ON o.id = pe.organisation_id
        WHERE n.round_id = ? ORDER BY pe.sort_key, n.id`,
    )
    .all(roundId) as Array<Omit<BoardNomination, 'preferences' | 'placement' | 'unplaced'> & { p1: number | null; p2: number | null; p3: number | null }>
  const nominations: BoardNomination[] = rows.map(({ p1, p2, p3, ...n }) => {
    const placement = placements.get(n.id) ?? null
    return {
      ...n,
      preferences: [p1, p2, p3].filter((p): p is number => p !== null).map((id) => names.get(id) ?? { id, name: `#${id}`, sector: 'company' }),
      placement,
      unplaced: placement === null && n.status !== 'withdrawn' ? (unplaced.get(n.id) ?? null) : null,
    }
  })
  const mentors = db
    .prepare("SELECT id, organisation_id AS organisationId, full_name AS fullName FROM contacts WHERE role = 'mentor' AND active = 1 ORDER BY sort_key")
    .all() as BoardMentor[]
  return {
    round,
    rules,
    offers: listOffers(ctx, roundId),
    nominations,
    organisations,
    mentors,
    exchanges: roundExchanges(ctx, roundId),
    lastProposal: stored ? { at: stored.at, optimal: stored.optimal, placed: stored.placed, score: stored.score } : null,
    today: isoToday(ctx.now()),
    earliestStart: earliestStart(isoToday(ctx.now()), rules.noticeWorkingDays),
  }
}
