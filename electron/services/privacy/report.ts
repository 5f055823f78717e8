import type { RetentionSettings } from '../../../shared/domain/privacy'
import type { ServiceContext } from '../context'
import { recordsOf } from './anonymise'
import { resolvePerson, type PersonSelector } from './people'
import { getRetention } from './retention'

export interface ReportLetter { reference: string; kind: string; language: string; createdAt: string; createdBy: string }
export interface ReportPlacement {
  host: string; home: string; startsOn: string; endsOn: string; status: string; driver: string | null; mentor: string | null
  daysActual: number | null; participantRating: number | null; participantFeedback: string | null
  hostRating: number | null; hostFeedback: string | null; letters: ReportLetter[]
}
export interface ReportNomination {
  round: string; status: string; availableFrom: string | null; availableTo: string | null; durationDays: number | null
  preferences: string[]; challenge: string | null; consent: boolean; notes: string | null
  importedFrom: string | null; importedAt: string | null; placement: ReportPlacement | null
}
export interface ReportPerson {
  id: number; firstName: string | null; lastName: string | null; email: string | null; phone: string | null
  jobTitle: string | null; gender: string | null; language: string; organisation: string; anonymisedAt: string | null
  nominations: ReportNomination[]
  teams: Array<{ round: string; team: string; challenge: string }>
  workshops: Array<{ round: string; workshop: string; heldOn: string | null; attended: boolean }>
}
export interface ReportContact {
  organisation: string; fullName: string; role: string; jobTitle: string | null; email: string | null; phone: string | null; active: boolean
}

/** Everything the database holds about one person, as the access request (GDPR art. 15) must show it. */
export interface PersonReport {
  generatedAt: string
  controller: string
  retention: RetentionSettings
  people: ReportPerson[]
  contacts: ReportContact[]
  /** Changes to their records: when, by whom, what kind. */
  changes: Array<{ at: string; user: string; entity: string; action: string }>
}

export function personReport(ctx: ServiceContext, selector: PersonSelector): PersonReport {
  const db = ctx.conn.sqlite
  const records = resolvePerson(ctx, selector)
  const people = records.map((record): ReportPerson => {
    const person = db
      .prepare(
        `SELECT pe.id, pe.first_name AS firstName, pe.last_name AS lastName, pe.email, pe.phone, pe.job_title AS jobTitle,
                pe.gender, pe.language, o.name AS organisation, pe.anonymised_at AS anonymisedAt
           FROM people pe JOIN organisations o ON o.id = pe.organisation_id WHERE pe.id = ?`,
      )
      .get(record.id) as Omit<ReportPerson, 'nominations' | 'teams' | 'workshops'>
    const nominations = db
      .prepare(
        `SELECT n.id, r.name AS round, n.status, n.available_from AS availableFrom, n.available_to AS availableTo,
                n.duration_days AS durationDays, n.consent, n.notes, c.title AS challenge,
                (SELECT json_group_array(o.name) FROM organisations o WHERE o.id IN (n.preference_1, n.preference_2, n.preference_3)) AS preferences,
                b.file_name AS importedFrom, b.imported_at AS importedAt
           FROM nominations n JOIN rounds r ON r.id = n.round_id
           LEFT JOIN challenges c ON c.id = n.challenge_id LEFT JOIN import_batches b ON b.id = n.import_batch_id
          WHERE n.person_id = ? ORDER BY r.starts_on, n.id`,
      )
      .all(record.id) as Array<Omit<ReportNomination, 'placement' | 'preferences' | 'consent'> & { id: number; preferences: string; consent: number }>
    return {
      ...person,
      nominations: nominations.map(({ id, preferences, consent, ...n }) => ({
        ...n,
        consent: consent === 1,
        preferences: JSON.parse(preferences) as string[],
        placement: placementOf(ctx, id),
      })),
      teams: db
        .prepare(
          `SELECT r.name AS round, t.name AS team, c.title AS challenge FROM team_members m JOIN teams t ON t.id = m.team_id
             JOIN rounds r ON r.id = t.round_id JOIN challenges c ON c.id = t.challenge_id WHERE m.person_id = ? ORDER BY r.starts_on`,
        )
        .all(record.id) as ReportPerson['teams'],
      workshops: (
        db
          .prepare(
            `SELECT r.name AS round, w.title AS workshop, w.held_on AS heldOn, a.attended FROM workshop_attendance a
               JOIN workshops w ON w.id = a.workshop_id JOIN rounds r ON r.id = w.round_id WHERE a.person_id = ? ORDER BY w.held_on`,
          )
          .all(record.id) as Array<Omit<ReportPerson['workshops'][number], 'attended'> & { attended: number }>
      ).map((w) => ({ ...w, attended: w.attended === 1 })),
    }
  })
  const emails = [...new Set(records.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])))]
  const contacts = (
    db
      .prepare(
        `SELECT o.name AS organisation, c.full_name AS fullName, c.role, c.job_title AS jobTitle, c.email, c.phone, c.active
           FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE lower(c.email) IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(emails)) as Array<Omit<ReportContact, 'active'> & { active: number }>
  ).map((c) => ({ ...c, active: c.active === 1 }))
  const personIds = records.map((r) => r.id)
  const { nominations, placements } = recordsOf(ctx, personIds)
  // Their exchanges are theirs too: a move or a confirmation changed where and when they went.
  const changes = db
    .prepare(
      `SELECT at, user, entity, action FROM audit_log
        WHERE (entity = 'person' AND entity_id IN (SELECT value FROM json_each(?)))
           OR (entity = 'nomination' AND entity_id IN (SELECT value FROM json_each(?)))
           OR (entity = 'placement' AND entity_id IN (SELECT value FROM json_each(?)))
        ORDER BY at, id`,
    )
    .all(JSON.stringify(personIds), JSON.stringify(nominations), JSON.stringify(placements)) as PersonReport['changes']
  const ministry = db.prepare("SELECT value FROM settings WHERE key = 'ministry'").pluck().get() as string | undefined
  return {
    generatedAt: ctx.now().toISOString(),
    controller: ministry ? ((JSON.parse(ministry) as { name?: string }).name ?? '') : '',
    retention: getRetention(ctx),
    people,
    contacts,
    changes,
  }
}

function placementOf(ctx: ServiceContext, nominationId: number): ReportPlacement | null {
  const db = ctx.conn.sqlite
  const row = db
    .prepare(
      `SELECT p.id, host.name AS host, home.name AS home, p.starts_on AS startsOn, p.ends_on AS endsOn, p.status, p.driver,
              m.full_name AS mentor, p.days_actual AS daysActual, p.participant_rating AS participantRating,
              p.participant_feedback AS participantFeedback, p.host_rating AS hostRating, p.host_feedback AS hostFeedback
         FROM placements p JOIN organisations host ON host.id = p.host_organisation_id
         JOIN organisations home ON home.id = p.home_organisation_id LEFT JOIN contacts m ON m.id = p.mentor_contact_id
        WHERE p.nomination_id = ?`,
    )
    .get(nominationId) as (Omit<ReportPlacement, 'letters'> & { id: number }) | undefined
  if (!row) return null
  const { id, ...placement } = row
  const letters = db
    .prepare(
      `SELECT reference, kind, language, created_at AS createdAt, created_by AS createdBy FROM letters WHERE placement_id = ? ORDER BY created_at`,
    )
    .all(id) as ReportLetter[]
  return { ...placement, letters }
}
