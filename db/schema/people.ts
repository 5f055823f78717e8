import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { organisations } from './partners'
import { rounds, challenges } from './rounds'

/** Employees nominated for exchanges. Personal fields are nulled on anonymisation; the row stays for statistics. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    firstName: text('first_name'),
    lastName: text('last_name'),
    email: text('email'),
    phone: text('phone'),
    jobTitle: text('job_title'),
    gender: text('gender', { enum: ['m', 'f', 'x'] }),
    language: text('language', { enum: ['sl', 'en'] }).notNull().default('sl'),
    sortKey: text('sort_key').notNull().default(''),
    anonymisedAt: text('anonymised_at'),
  },
  (t) => [index('people_organisation').on(t.organisationId), index('people_email').on(t.email)],
)

export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['nominations', 'partners', 'offers'] }).notNull(),
  roundId: integer('round_id').references(() => rounds.id),
  fileName: text('file_name').notNull(),
  sheetName: text('sheet_name'),
  importedAt: text('imported_at').notNull(),
  summary: text('summary').notNull(),
  undoneAt: text('undone_at'),
})

export const nominations = sqliteTable(
  'nominations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    personId: integer('person_id').notNull().references(() => people.id),
    availableFrom: text('available_from'),
    availableTo: text('available_to'),
    durationDays: integer('duration_days'),
    preference1: integer('preference_1').references(() => organisations.id),
    preference2: integer('preference_2').references(() => organisations.id),
    preference3: integer('preference_3').references(() => organisations.id),
    challengeId: integer('challenge_id').references(() => challenges.id),
    status: text('status', { enum: ['nominated', 'proposed', 'confirmed', 'withdrawn', 'completed'] })
      .notNull()
      .default('nominated'),
    /** Whether letters may go out now: consent given and not withdrawn (issue 14). Kept with the three fields below. */
    consent: integer('consent', { mode: 'boolean' }).notNull().default(false),
    /** The day consent was received (YYYY-MM-DD), and how: a signed form, an e-mail, or a column of the imported file. */
    consentOn: text('consent_on'),
    consentMethod: text('consent_method', { enum: ['form', 'email', 'file'] }),
    /** The day consent was withdrawn; letters are refused from then on. */
    consentWithdrawnOn: text('consent_withdrawn_on'),
    /** Why and when a nomination was withdrawn ('erasure' when the person was erased; otherwise the officer's words). */
    withdrawnReason: text('withdrawn_reason'),
    withdrawnOn: text('withdrawn_on'),
    notes: text('notes'),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
  },
  (t) => [index('nominations_round').on(t.roundId, t.status), index('nominations_person').on(t.personId)],
)

/**
 * People erased on request (issue 14): a keyed one-way hash of the e-mail address only, so an import row for the
 * same person is recognised and refused unless the officer overrides it. Nothing else about the person is kept.
 */
export const erasures = sqliteTable('erasures', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  emailHash: text('email_hash').notNull().unique(),
  erasedAt: text('erased_at').notNull(),
})
