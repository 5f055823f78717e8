import type { AnonymisationResult } from '../../../shared/domain/privacy'
import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { scrubFreedData } from '../../../db/scrub'
import { backupBeforeBulkChange } from '../settings/backups'
import { planAnonymisation } from './plan'
import { identityOf, scrubRecords } from './scrub'

const ids = (list: number[]) => JSON.stringify(list)

/** Nominations and placements of the given people, for the records that hang off them. */
export function recordsOf(ctx: ServiceContext, personIds: number[]): { nominations: number[]; placements: number[] } {
  const nominations = ctx.conn.sqlite
    .prepare('SELECT id FROM nominations WHERE person_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(ids(personIds)) as number[]
  const placements = ctx.conn.sqlite
    .prepare('SELECT id FROM placements WHERE nomination_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(ids(nominations)) as number[]
  return { nominations, placements }
}

/**
 * Removes the personal data of a closed round's people: names, e-mail, phone and job title, the notes on their
 * nominations, the text of stored letters that name them, and their data in earlier audit entries. The rows stay
 * (organisation, sector, dates, team and workshop links), so every statistic counts exactly as before.
 * With `dueOnly`, only people whose retention period has passed in every round they were in.
 * A backup is made first; the change is one transaction.
 */
export async function anonymiseRound(ctx: ServiceContext, roundId: number, dueOnly: boolean): Promise<AnonymisationResult> {
  const preview = planAnonymisation(ctx, roundId, dueOnly)
  if (preview.people === 0) {
    const { personIds: _none, ...plan } = preview
    return { ...plan, backup: null }
  }
  const backup = await backupBeforeBulkChange(ctx)
  const at = ctx.now().toISOString()
  const plan = ctx.conn.sqlite.transaction(() => {
    // Planned again inside the transaction: what is changed is exactly what is counted in the audit entry.
    const { personIds, ...counts } = planAnonymisation(ctx, roundId, dueOnly)
    const identity = identityOf(ctx, personIds)
    const records = recordsOf(ctx, personIds)
    const db = ctx.conn.sqlite
    db.prepare(
      `UPDATE people SET first_name = NULL, last_name = NULL, email = NULL, phone = NULL, job_title = NULL, sort_key = '', anonymised_at = ?
        WHERE id IN (SELECT value FROM json_each(?))`,
    ).run(at, ids(personIds))
    db.prepare('UPDATE nominations SET notes = NULL WHERE id IN (SELECT value FROM json_each(?))').run(ids(records.nominations))
    db.prepare("UPDATE letters SET html = '' WHERE placement_id IN (SELECT value FROM json_each(?))").run(ids(records.placements))
    scrubRecords(ctx, identity, { person: personIds, nomination: records.nominations, contact: [] })
    audit(ctx, 'round', roundId, 'anonymise', null, {
      people: counts.people,
      participants: counts.participants,
      nominees: counts.nominees,
      dueOnly,
    })
    return counts
  })()
  scrubFreedData(ctx.conn.sqlite)
  return { ...plan, backup }
}
