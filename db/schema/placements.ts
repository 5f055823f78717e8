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
  },
  (t) => [
    index('placements_round').on(t.roundId, t.status),
    index('placements_home').on(t.homeOrganisationId),
    index('placements_host').on(t.hostOrganisationId),
    index('placements_starts_on').on(t.startsOn),
    // Statistics (issue 7): every figure filters counted placements by start date; with every column the
    // figures read in the index, they are answered from the index alone, without visiting the table.
    index('placements_stats').on(
      t.status, t.startsOn, t.homeSector, t.hostSector, t.driver, t.homeOrganisationId, t.hostOrganisationId,
      t.nominationId, t.endsOn, t.daysActual, t.participantRating, t.hostRating,
    ),
    // New partners: the first counted placement an organisation sent or hosted.
    index('placements_home_first').on(t.homeOrganisationId, t.status, t.startsOn),
    index('placements_host_first').on(t.hostOrganisationId, t.status, t.startsOn),
    // Organisations taking part (issue 7 performance): read in (organisation, sector) order, each side's
    // placements are grouped per organisation and sector without sorting the period's rows first.
    index('placements_home_sector').on(t.homeOrganisationId, t.homeSector, t.status, t.startsOn),
    index('placements_host_sector').on(t.hostOrganisationId, t.hostSector, t.status, t.startsOn),
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
