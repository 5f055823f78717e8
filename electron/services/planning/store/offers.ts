import { offerFields, type OfferInput } from '../../../../shared/api/planning'
import { dayValue } from '../../../../shared/domain/days'
import { UserError } from '../../../../shared/errors'
import type { BoardOffer } from '../../../../shared/planning/board'
import { parseRoundRules, roundRulesSchema, serializeRoundRules, type RoundRules, type RoundRulesInput } from '../../../../shared/planning/rules'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { getRound } from '../../rounds/rounds'
import { listOffers } from './board'

export function getRules(ctx: ServiceContext, roundId: number): RoundRules {
  getRound(ctx, roundId)
  return parseRoundRules((ctx.conn.sqlite.prepare('SELECT rules FROM rounds WHERE id = ?').get(roundId) as { rules: string | null }).rules)
}

export function setRules(ctx: ServiceContext, roundId: number, input: RoundRulesInput): RoundRules {
  const rules = roundRulesSchema.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const before = getRules(ctx, roundId)
    ctx.conn.sqlite.prepare('UPDATE rounds SET rules = ? WHERE id = ?').run(serializeRoundRules(rules), roundId)
    audit(ctx, 'round', roundId, 'rules', before, rules)
    return rules
  })()
}

/** An offer as messages name it: its host and period (an open side is left blank). */
function offerLabel(offer: BoardOffer): Record<string, string | number> {
  return { host: offer.organisationName, period: [offer.availableFrom, offer.availableTo].every((d) => d !== null) ? 'dated' : 'open',
    from: offer.availableFrom === null ? 0 : dayValue(offer.availableFrom), to: offer.availableTo === null ? 0 : dayValue(offer.availableTo) }
}

function offerIn(ctx: ServiceContext, roundId: number, id: number): BoardOffer {
  const offer = listOffers(ctx, roundId).find((o) => o.id === id)
  if (!offer) throw new UserError('planning.unknownOffer', {})
  return offer
}

/** Creates (id null) or changes an offer of places; the mentor must be a contact of the host. */
export function saveOffer(ctx: ServiceContext, roundId: number, id: number | null, input: OfferInput): BoardOffer {
  const o = offerFields.parse(input)
  const db = ctx.conn.sqlite
  return db.transaction(() => {
    getRound(ctx, roundId)
    if (!db.prepare('SELECT 1 FROM organisations WHERE id = ?').get(o.organisationId)) throw new UserError('planning.unknownOrganisation', { id: o.organisationId })
    if (o.mentorContactId !== null) {
      const mentor = db.prepare('SELECT organisation_id AS org FROM contacts WHERE id = ?').get(o.mentorContactId) as { org: number } | undefined
      if (mentor?.org !== o.organisationId) throw new UserError('planning.mentorNotOfHost', {}, { mentorContactId: { code: 'invalid', params: {} } })
    }
    const values = [o.organisationId, o.places, o.availableFrom, o.availableTo, o.department, o.mentorContactId, o.languages.join(',')]
    let offerId: number
    let before: BoardOffer | null = null
    if (id === null) {
      offerId = Number(
        db
          .prepare(
            `INSERT INTO offers (organisation_id, places, available_from, available_to, department, mentor_contact_id, languages, round_id)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...values, roundId).lastInsertRowid,
      )
    } else {
      before = offerIn(ctx, roundId, id)
      if (before.organisationId !== o.organisationId && before.used > 0) throw new UserError('planning.offerInUse', offerLabel(before))
      db.prepare(
        `UPDATE offers SET organisation_id = ?, places = ?, available_from = ?, available_to = ?, department = ?, mentor_contact_id = ?,
                languages = ? WHERE id = ?`,
      ).run(...values, id)
      offerId = id
    }
    const after = offerIn(ctx, roundId, offerId)
    audit(ctx, 'offer', offerId, id === null ? 'create' : 'update', before, after)
    return after
  })()
}

/** An offer that placements use stays (remove or move them first). */
export function removeOffer(ctx: ServiceContext, id: number): { removed: true } {
  const db = ctx.conn.sqlite
  return db.transaction(() => {
    const row = db.prepare('SELECT round_id AS roundId FROM offers WHERE id = ?').get(id) as { roundId: number } | undefined
    if (!row) throw new UserError('planning.unknownOffer', {})
    const before = offerIn(ctx, row.roundId, id)
    if (db.prepare('SELECT 1 FROM placements WHERE offer_id = ?').get(id)) throw new UserError('planning.offerInUse', offerLabel(before))
    db.prepare('DELETE FROM offers WHERE id = ?').run(id)
    audit(ctx, 'offer', id, 'delete', before, null)
    return { removed: true as const }
  })()
}
