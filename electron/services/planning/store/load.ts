import type { Sector } from '../../../../shared/domain/enums'
import type { Round } from '../../../../shared/domain/rounds'
import { earliestStart, isoToday } from '../../../../shared/planning/notice'
import { parseRoundRules } from '../../../../shared/planning/rules'
import type { LockedPlacement, PlanningInstance, PlanningNomination, PlanningOffer } from '../../../../shared/planning/types'
import type { ServiceContext } from '../../context'
import { getRound } from '../../rounds/rounds'

/**
 * A round as the planning engine sees it, read straight from SQLite with a handful of prepared statements (the
 * end-to-end figure of the benchmark includes this). Withdrawn nominations are left out. Placements the user
 * locked, confirmed or completed are kept as they are: they go to the engine as locks and hold their places. So is
 * a proposal that started before today: moving it would move an exchange under way, or into the past (one that starts
 * today may still be re-planned, to today or later).
 */
export interface LoadedRound {
  round: Round
  instance: PlanningInstance
  /** Today by the service's clock; a proposed placement that starts before it is kept as it is. */
  today: string
}

export function loadRoundInstance(ctx: ServiceContext, roundId: number): LoadedRound {
  const round = getRound(ctx, roundId)
  const db = ctx.conn.sqlite
  const today = isoToday(ctx.now())
  const rulesRow = db.prepare('SELECT rules FROM rounds WHERE id = ?').get(roundId) as { rules: string | null }
  const organisations = db.prepare('SELECT id, name, sector FROM organisations').all() as Array<{ id: number; name: string; sector: Sector }>

  const nominationRows = db
    .prepare(
      `SELECT n.id, n.person_id AS personId, p.organisation_id AS organisationId, n.available_from AS availableFrom,
              n.available_to AS availableTo, n.duration_days AS durationDays, n.preference_1 AS p1, n.preference_2 AS p2,
              n.preference_3 AS p3, n.challenge_id AS challengeId
         FROM nominations n JOIN people p ON p.id = n.person_id
        WHERE n.round_id = ? AND n.status <> 'withdrawn'
        ORDER BY n.id`,
    )
    .raw()
    .all(roundId) as Array<[number, number, number, string | null, string | null, number | null, number | null, number | null, number | null, number | null]>
  const nominations: PlanningNomination[] = nominationRows.map(([id, personId, organisationId, availableFrom, availableTo, durationDays, p1, p2, p3, challengeId]) => {
    const preferences: number[] = []
    if (p1 !== null) preferences.push(p1)
    if (p2 !== null) preferences.push(p2)
    if (p3 !== null) preferences.push(p3)
    return { id, personId, organisationId, availableFrom, availableTo, durationDays, preferences, challengeId }
  })

  const offerRows = db
    .prepare(
      `SELECT id, organisation_id, places, available_from, available_to, department, mentor_contact_id, languages
         FROM offers WHERE round_id = ? ORDER BY id`,
    )
    .raw()
    .all(roundId) as Array<[number, number, number, string | null, string | null, string | null, number | null, string | null]>
  const offers: PlanningOffer[] = offerRows.map(([id, organisationId, places, from, to, department, mentorContactId, languages]) => ({
    id, organisationId, places, from, to, department, mentorContactId, languages: splitLanguages(languages),
  }))

  const conflicts = db.prepare('SELECT organisation_a AS organisationA, organisation_b AS organisationB, reason FROM conflicts').all() as PlanningInstance['conflicts']

  const locked = db
    .prepare(
      `SELECT p.nomination_id AS nominationId, p.host_organisation_id AS hostOrganisationId, p.offer_id AS offerId,
              p.starts_on AS "from", p.ends_on AS "to"
         FROM placements p JOIN nominations n ON n.id = p.nomination_id
        WHERE p.round_id = ? AND n.status <> 'withdrawn' AND p.status <> 'withdrawn'
          AND (p.locked = 1 OR p.status IN ('confirmed', 'completed') OR p.starts_on < ?)
        ORDER BY p.nomination_id`,
    )
    .all(roundId, today) as LockedPlacement[]
  const rules = parseRoundRules(rulesRow.rules)

  return {
    round,
    today,
    instance: {
      rules,
      earliestStart: earliestStart(today, rules.noticeWorkingDays),
      period: { from: round.startsOn, to: round.endsOn },
      organisations,
      nominations,
      offers,
      conflicts,
      locked,
    },
  }
}

export function splitLanguages(languages: string | null): string[] {
  return (languages ?? '').split(/[,;\s]+/).map((l) => l.trim().toLowerCase()).filter((l) => l !== '')
}
