import { sql } from 'drizzle-orm'
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { contacts, organisations } from './partners'
import { nominations, people } from './people'
import { challenges, rounds, workshops } from './rounds'

export const offers = sqliteTable(
  'offers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    places: integer('places').notNull(),
    availableFrom: text('available_from'),
    availableTo: text('available_to'),
    department: text('department'),
    mentorContactId: integer('mentor_contact_id').references(() => contacts.id),
    languages: text('languages'),
    importBatchId: integer('import_batch_id'),
  },
  (t) => [index('offers_round').on(t.roundId, t.organisationId)],
)

/** The statistics' partial indexes hold counted placements only (shared/stats/definitions.ts COUNTED_STATUSES). */
const COUNTED_ONLY = sql`status IN ('confirmed', 'completed')`

/** One person at one host for given dates. Sector fields are copied at placement time so statistics survive sector changes. */
export const placements = sqliteTable(
  'placements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    nominationId: integer('nomination_id').notNull().references(() => nominations.id),
    homeOrganisationId: integer('home_organisation_id').notNull().references(() => organisations.id),
    hostOrganisationId: integer('host_organisation_id').notNull().references(() => organisations.id),
    homeSector: text('home_sector').notNull(),
    hostSector: text('host_sector').notNull(),
    offerId: integer('offer_id').references(() => offers.id),
    mentorContactId: integer('mentor_contact_id').references(() => contacts.id),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    driver: text('driver', { enum: ['process', 'project', 'practice'] }),
    status: text('status', { enum: ['proposed', 'confirmed', 'withdrawn', 'completed'] }).notNull().default('proposed'),
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    overrideReason: text('override_reason'),
    daysActual: integer('days_actual'),
    participantRating: integer('participant_rating'),
    participantFeedback: text('participant_feedback'),
    hostRating: integer('host_rating'),
    hostFeedback: text('host_feedback'),
    score: real('score'),
    // Copies for statistics (issue 7), kept by triggers of migration 0003 from the nomination and the person: the
    // figures over 100,000 placements then count people and genders from an index instead of looking up two
    // other tables per placement. No foreign key: they are copies, never written by the application.
    personId: integer('person_id'),
    gender: text('gender', { enum: ['m', 'f', 'x'] }),
  },
  (t) => [
    index('placements_round').on(t.roundId, t.status),
    index('placements_starts_on').on(t.startsOn),
    // Statistics (issue 7). Each figure over 100,000 placements reads one of these indexes without visiting the
    // table, and those that group read the groups in index order instead of sorting (migration 0003):
    // counted placements (only those: partial indexes) by start day and by end day: totals and person-days, one
    // range in day order;
    index('placements_counted_starts').on(t.startsOn, t.endsOn, t.daysActual, t.status).where(COUNTED_ONLY),
    index('placements_counted_ends').on(t.endsOn, t.startsOn, t.status).where(COUNTED_ONLY),
    // participants by home sector, direction, driver and gender in one pass;
    index('placements_breakdown').on(t.status, t.homeSector, t.hostSector, t.driver, t.gender, t.startsOn),
    // feedback by the pair of ratings.
    index('placements_feedback').on(t.status, t.participantRating, t.hostRating, t.startsOn),
    // An organisation's placements on either side (foreign keys; organisation_activity's triggers recount with them).
    index('placements_home_first').on(t.homeOrganisationId, t.status, t.startsOn),
    index('placements_host_first').on(t.hostOrganisationId, t.status, t.startsOn),
    // Distinct people counted in person order without a sort; the gender trigger finds a person's placements.
    index('placements_person').on(t.personId, t.status, t.startsOn),
    uniqueIndex('placements_nomination').on(t.nominationId),
  ],
)

export const teams = sqliteTable(
  'teams',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    challengeId: integer('challenge_id').notNull().references(() => challenges.id),
    name: text('name').notNull(),
  },
  (t) => [index('teams_round').on(t.roundId)],
)

export const teamMembers = sqliteTable(
  'team_members',
  {
    teamId: integer('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id),
  },
  (t) => [uniqueIndex('team_members_pk').on(t.teamId, t.personId)],
)

export const workshopAttendance = sqliteTable(
  'workshop_attendance',
  {
    workshopId: integer('workshop_id').notNull().references(() => workshops.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id),
    attended: integer('attended', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('workshop_attendance_pk').on(t.workshopId, t.personId)],
)
