import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    sector: text('sector', { enum: ['ministry', 'public-body', 'company', 'ngo', 'association'] }).notNull(),
    taxNumber: text('tax_number'),
    taxNumberForeign: integer('tax_number_foreign', { mode: 'boolean' }).notNull().default(false),
    registrationNumber: text('registration_number'),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    country: text('country').notNull().default('SI'),
    website: text('website'),
    partnerSince: integer('partner_since'),
    status: text('status', { enum: ['active', 'paused', 'former'] }).notNull().default('active'),
    notes: text('notes'),
    /** Slovenian-alphabet sort key of the name (see shared/text/sortKey.ts); SQLite has no sl collation here. */
    sortKey: text('sort_key').notNull(),
    /** Name folded for search and duplicate detection: lower case, no diacritics, no legal-form suffix. */
    searchKey: text('search_key').notNull(),
    /** Folded name, short name, tax number and city: what the search box matches. */
    searchText: text('search_text').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    index('organisations_sort_key').on(t.sortKey),
    index('organisations_search_key').on(t.searchKey),
    index('organisations_sector_status').on(t.sector, t.status),
    uniqueIndex('organisations_tax_number').on(t.taxNumber).where(sql`tax_number IS NOT NULL`),
  ],
)

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ['coordinator', 'mentor', 'signatory', 'other'] }).notNull(),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    language: text('language', { enum: ['sl', 'en'] }).notNull().default('sl'),
    /** Grammatical gender for salutations in letters ("Spoštovani"/"Spoštovana"); never guessed. */
    gender: text('gender', { enum: ['m', 'f', 'x'] }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortKey: text('sort_key').notNull(),
  },
  (t) => [index('contacts_organisation').on(t.organisationId, t.sortKey)],
)

/** Pairs of organisations that must not exchange people (regulator/regulated, competitors). */
export const conflicts = sqliteTable(
  'conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationA: integer('organisation_a').notNull().references(() => organisations.id),
    organisationB: integer('organisation_b').notNull().references(() => organisations.id),
    reason: text('reason').notNull(),
  },
  (t) => [uniqueIndex('conflicts_pair').on(t.organisationA, t.organisationB)],
)
