import type Database from 'better-sqlite3'

/**
 * Prepared inserts (named parameters) for every table the demo fills. The handbook measured drizzle's
 * batched insert several times slower than prepared statements in one transaction, and the demo writes a few
 * thousand rows on first start, so it uses the latter. Booleans are bound as 0/1 (SQLite has no boolean).
 */
type Bit = 0 | 1

export interface OrganisationRow {
  name: string; shortName: string | null; sector: string; taxNumber: string | null; registrationNumber: string | null
  street: string | null; postcode: string | null; city: string | null; website: string | null; partnerSince: number | null
  status: string; notes: string | null; sortKey: string; searchKey: string; searchText: string; createdAt: string
}
export interface ContactRow {
  organisationId: number; fullName: string; role: string; jobTitle: string | null; email: string | null
  phone: string | null; language: 'sl' | 'en'; gender: 'm' | 'f'; active: Bit; sortKey: string
}
export interface PersonRow {
  organisationId: number; firstName: string; lastName: string; email: string; phone: string | null
  jobTitle: string | null; gender: 'm' | 'f'; language: 'sl' | 'en'; sortKey: string
}
export interface RoundRow {
  name: string; kind: string; startsOn: string; endsOn: string; status: string; notes: string | null
  /** The round's rules as stored (JSON), here its sector rule. */
  rules: string
}
export interface NominationRow {
  roundId: number; personId: number; availableFrom: string; availableTo: string; durationDays: number
  preference1: number | null; preference2: number | null; preference3: number | null; challengeId: number | null
  status: string; notes: string | null
}
export interface OfferRow {
  roundId: number; organisationId: number; places: number; availableFrom: string; availableTo: string
  department: string | null; mentorContactId: number | null; languages: string
}
export interface PlacementRow {
  roundId: number; nominationId: number; homeOrganisationId: number; hostOrganisationId: number
  homeSector: string; hostSector: string; offerId: number | null; mentorContactId: number | null
  startsOn: string; endsOn: string; driver: string | null; status: string; locked: Bit; daysActual: number | null
  participantRating: number | null; participantFeedback: string | null; hostRating: number | null; hostFeedback: string | null
}

const SQL = {
  organisations: `INSERT INTO organisations (name, short_name, sector, tax_number, tax_number_foreign, registration_number,
      street, postcode, city, country, website, partner_since, status, notes, sort_key, search_key, search_text, created_at, updated_at)
    VALUES (@name, @shortName, @sector, @taxNumber, 0, @registrationNumber, @street, @postcode, @city, 'SI', @website,
      @partnerSince, @status, @notes, @sortKey, @searchKey, @searchText, @createdAt, @createdAt)`,
  contacts: `INSERT INTO contacts (organisation_id, full_name, role, job_title, email, phone, language, gender, active, sort_key)
    VALUES (@organisationId, @fullName, @role, @jobTitle, @email, @phone, @language, @gender, @active, @sortKey)`,
  conflicts: 'INSERT INTO conflicts (organisation_a, organisation_b, reason) VALUES (@organisationA, @organisationB, @reason)',
  people: `INSERT INTO people (organisation_id, first_name, last_name, email, phone, job_title, gender, language, sort_key)
    VALUES (@organisationId, @firstName, @lastName, @email, @phone, @jobTitle, @gender, @language, @sortKey)`,
  rounds: `INSERT INTO rounds (name, kind, starts_on, ends_on, status, notes, rules)
    VALUES (@name, @kind, @startsOn, @endsOn, @status, @notes, @rules)`,
  challenges: 'INSERT INTO challenges (round_id, title, description) VALUES (@roundId, @title, @description)',
  workshops: 'INSERT INTO workshops (round_id, title, held_on, capacity) VALUES (@roundId, @title, @heldOn, @capacity)',
  nominations: `INSERT INTO nominations (round_id, person_id, available_from, available_to, duration_days, preference_1,
      preference_2, preference_3, challenge_id, status, consent, notes, import_batch_id)
    VALUES (@roundId, @personId, @availableFrom, @availableTo, @durationDays, @preference1, @preference2, @preference3,
      @challengeId, @status, 1, @notes, NULL)`,
  offers: `INSERT INTO offers (round_id, organisation_id, places, available_from, available_to, department, mentor_contact_id, languages, import_batch_id)
    VALUES (@roundId, @organisationId, @places, @availableFrom, @availableTo, @department, @mentorContactId, @languages, NULL)`,
  placements: `INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector,
      offer_id, mentor_contact_id, starts_on, ends_on, driver, status, locked, override_reason, days_actual,
      participant_rating, participant_feedback, host_rating, host_feedback, score)
    VALUES (@roundId, @nominationId, @homeOrganisationId, @hostOrganisationId, @homeSector, @hostSector, @offerId,
      @mentorContactId, @startsOn, @endsOn, @driver, @status, @locked, NULL, @daysActual, @participantRating,
      @participantFeedback, @hostRating, @hostFeedback, NULL)`,
  teams: 'INSERT INTO teams (round_id, challenge_id, name) VALUES (@roundId, @challengeId, @name)',
  teamMembers: 'INSERT INTO team_members (team_id, person_id) VALUES (@teamId, @personId)',
  workshopAttendance: 'INSERT INTO workshop_attendance (workshop_id, person_id, attended) VALUES (@workshopId, @personId, @attended)',
} as const

export type DemoTable = keyof typeof SQL
export type DemoCounts = Record<DemoTable, number>

export interface DemoWriter {
  organisation(row: OrganisationRow): number
  contact(row: ContactRow): number
  conflict(row: { organisationA: number; organisationB: number; reason: string }): number
  person(row: PersonRow): number
  round(row: RoundRow): number
  challenge(row: { roundId: number; title: string; description: string | null }): number
  workshop(row: { roundId: number; title: string; heldOn: string; capacity: number }): number
  nomination(row: NominationRow): number
  offer(row: OfferRow): number
  placement(row: PlacementRow): number
  team(row: { roundId: number; challengeId: number; name: string }): number
  teamMember(row: { teamId: number; personId: number }): void
  attendance(row: { workshopId: number; personId: number; attended: Bit }): void
  readonly counts: DemoCounts
}

export function createWriter(sqlite: Database.Database): DemoWriter {
  const counts = Object.fromEntries(Object.keys(SQL).map((table) => [table, 0])) as DemoCounts
  const statements = Object.fromEntries(
    Object.entries(SQL).map(([table, sql]) => [table, sqlite.prepare(sql)]),
  ) as Record<DemoTable, Database.Statement>
  const insert = (table: DemoTable, row: object): number => {
    counts[table]++
    return Number(statements[table].run(row).lastInsertRowid)
  }
  return {
    organisation: (row) => insert('organisations', row),
    contact: (row) => insert('contacts', row),
    conflict: (row) => insert('conflicts', row),
    person: (row) => insert('people', row),
    round: (row) => insert('rounds', row),
    challenge: (row) => insert('challenges', row),
    workshop: (row) => insert('workshops', row),
    nomination: (row) => insert('nominations', row),
    offer: (row) => insert('offers', row),
    placement: (row) => insert('placements', row),
    team: (row) => insert('teams', row),
    teamMember: (row) => void insert('teamMembers', row),
    attendance: (row) => void insert('workshopAttendance', row),
    counts,
  }
}
