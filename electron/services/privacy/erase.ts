import type { ErasurePlan, ErasureResult } from '../../../shared/domain/privacy'
import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { scrubFreedData } from '../../../db/scrub'
import { backupBeforeBulkChange } from '../settings/backups'
import { recordsOf } from './anonymise'
import { resolvePerson, type PersonSelector } from './people'
import { recordErasures } from './erasures'
import { identityOf, scrubRecords } from './scrub'
import { withdrawOpen } from './withdrawOpen'

const ids = (list: Array<number | string>) => JSON.stringify(list)

/**
 * Removes one person everywhere, in the caller's transaction. Decision: rows that statistics count stay, without
 * the person — their nominations and placements keep organisation, sectors and dates, team and workshop links
 * stay, so the yearly figures do not change; everything that identifies them or that they said goes (names,
 * e-mail, phone, job title, gender, notes, feedback, the text of letters, the same e-mail as a partner's contact,
 * their data in earlier audit entries). A record nothing counted refers to is deleted outright. What was still
 * open for them (nominations, proposed placements) is withdrawn, and a keyed hash of the e-mail is kept so that a
 * later import of the same person is stopped (see erasures.ts).
 */
export function eraseWithin(ctx: ServiceContext, selector: PersonSelector): ErasurePlan {
  const db = ctx.conn.sqlite
  const people = resolvePerson(ctx, selector)
  const personIds = people.map((p) => p.id)
  const emails = [...new Set(people.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])))]
  const records = recordsOf(ctx, personIds)
  const contacts = db
    .prepare(
      `SELECT c.id, c.full_name || ' (' || o.name || ')' AS label FROM contacts c JOIN organisations o ON o.id = c.organisation_id
        WHERE lower(c.email) IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
    )
    .all(ids(emails)) as Array<{ id: number; label: string }>
  const identity = identityOf(ctx, personIds, emails)
  const count = (sql: string, list: number[]) => (db.prepare(sql).pluck().get(ids(list)) as number) ?? 0
  const plan: ErasurePlan = {
    personIds,
    names: [...new Set(people.map((p) => [p.firstName, p.lastName].filter(Boolean).join(' ')).filter((n) => n !== ''))],
    emails,
    organisations: [...new Set(people.map((p) => p.organisation))],
    nominations: records.nominations.length,
    placements: records.placements.length,
    teamMemberships: count('SELECT count(*) FROM team_members WHERE person_id IN (SELECT value FROM json_each(?))', personIds),
    workshopAttendance: count('SELECT count(*) FROM workshop_attendance WHERE person_id IN (SELECT value FROM json_each(?))', personIds),
    letters: count('SELECT count(*) FROM letters WHERE placement_id IN (SELECT value FROM json_each(?))', records.placements),
    contacts: contacts.map((c) => c.label),
    auditEntries: 0,
    deletedPeople: 0,
    withdrawnNominations: 0,
    withdrawnPlacements: 0,
  }
  const withdrawn = withdrawOpen(ctx, personIds)
  plan.withdrawnNominations = withdrawn.nominations.length
  plan.withdrawnPlacements = withdrawn.placements.length
  recordErasures(ctx, emails)
  db.prepare(
    `UPDATE people SET first_name = NULL, last_name = NULL, email = NULL, phone = NULL, job_title = NULL, gender = NULL, sort_key = '',
            anonymised_at = coalesce(anonymised_at, ?)
      WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(ctx.now().toISOString(), ids(personIds))
  db.prepare('UPDATE nominations SET notes = NULL WHERE id IN (SELECT value FROM json_each(?))').run(ids(records.nominations))
  db.prepare(
    `UPDATE placements SET participant_feedback = NULL, host_feedback = NULL, override_reason = NULL
      WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(ids(records.placements))
  db.prepare("UPDATE letters SET html = '' WHERE placement_id IN (SELECT value FROM json_each(?))").run(ids(records.placements))
  db.prepare(
    `UPDATE contacts SET full_name = '—', job_title = NULL, email = NULL, phone = NULL, gender = NULL, active = 0, sort_key = ''
      WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(ids(contacts.map((c) => c.id)))
  plan.auditEntries = scrubRecords(ctx, identity, { person: personIds, nomination: records.nominations, contact: contacts.map((c) => c.id) })
  plan.deletedPeople = db
    .prepare(
      `DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))
          AND NOT EXISTS (SELECT 1 FROM nominations n WHERE n.person_id = people.id)
          AND NOT EXISTS (SELECT 1 FROM team_members m WHERE m.person_id = people.id)
          AND NOT EXISTS (SELECT 1 FROM workshop_attendance a WHERE a.person_id = people.id)`,
    )
    .run(ids(personIds)).changes
  // Only that an erasure happened and how much it touched: no id, name or address that could lead back to them.
  audit(ctx, 'person', null, 'erase', null, {
    people: personIds.length,
    nominations: plan.nominations,
    placements: plan.placements,
    teamMemberships: plan.teamMemberships,
    workshopAttendance: plan.workshopAttendance,
    letters: plan.letters,
    contacts: contacts.length,
    auditEntries: plan.auditEntries,
    deletedPeople: plan.deletedPeople,
    withdrawnNominations: plan.withdrawnNominations,
    withdrawnPlacements: plan.withdrawnPlacements,
  })
  return plan
}

class PreviewDone extends Error {
  constructor(readonly plan: ErasurePlan) {
    super('preview')
  }
}

/**
 * What an erasure would remove, found by doing it in a transaction that is then rolled back: the preview the
 * user confirms cannot differ from what the erasure does.
 */
export function previewErasure(ctx: ServiceContext, selector: PersonSelector): ErasurePlan {
  try {
    ctx.conn.sqlite.transaction(() => {
      throw new PreviewDone(eraseWithin(ctx, selector))
    })()
  } catch (error) {
    if (error instanceof PreviewDone) return error.plan
    throw error
  }
  throw new Error('unreachable: the preview transaction always throws')
}

/** Erases one person: refused input (nobody with that e-mail) changes nothing; otherwise a backup first, then one transaction. */
export async function erasePerson(ctx: ServiceContext, selector: PersonSelector): Promise<ErasureResult> {
  resolvePerson(ctx, selector)
  const backup = await backupBeforeBulkChange(ctx)
  const plan = ctx.conn.sqlite.transaction(() => eraseWithin(ctx, selector))()
  scrubFreedData(ctx.conn.sqlite)
  return { ...plan, backup }
}
