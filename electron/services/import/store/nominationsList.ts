import type { NominationEntry } from '../../../../shared/domain/imports'
import type { ServiceContext } from '../../context'

/** The nominations of a round, in Slovenian alphabetical order of the surname. */
export function listNominations(ctx: ServiceContext, roundId: number): NominationEntry[] {
  const rows = ctx.conn.sqlite
    .prepare(
      `SELECT n.id, n.person_id AS personId, p.first_name AS firstName, p.last_name AS lastName, p.email, p.organisation_id AS organisationId,
         o.name AS organisation, n.available_from AS availableFrom, n.available_to AS availableTo, n.duration_days AS durationDays,
         n.status, n.withdrawn_reason AS withdrawnReason, n.consent, n.consent_on AS consentOn, n.consent_method AS consentMethod,
         n.consent_withdrawn_on AS consentWithdrawnOn, n.import_batch_id AS importBatchId
       FROM nominations n JOIN people p ON p.id = n.person_id JOIN organisations o ON o.id = p.organisation_id
       WHERE n.round_id = ? ORDER BY p.sort_key, n.id`,
    )
    .all(roundId) as Array<Omit<NominationEntry, 'consent'> & { consent: number }>
  return rows.map((r) => ({ ...r, consent: r.consent === 1 }))
}
