import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { organisations } from './partners'
import { rounds } from './rounds'

/**
 * What each organisation did in each round and year, per sector stored on its placements, kept by triggers on
 * placements (migration 0003): the counted placements it sent and hosted, and the latest of them (by start,
 * then id), whose row gives the organisation's sector in a period. The organisation figures and growth since
 * 2015 read these few rows instead of grouping every placement since the pilot. Only counted placements
 * (confirmed, completed) are here.
 */
export const organisationActivity = sqliteTable(
  'organisation_activity',
  {
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    /** The year the placements start (a stay over new year counts in the year it starts). */
    year: integer('year').notNull(),
    /** The sector stored on the placements (home sector when sent, host sector when hosted). */
    sector: text('sector').notNull(),
    latestOn: text('latest_on').notNull(),
    latestId: integer('latest_id').notNull(),
    sent: integer('sent').notNull(),
    hosted: integer('hosted').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.year, t.roundId, t.sector] }),
    index('organisation_activity_year').on(t.year, t.organisationId, t.sector, t.latestOn, t.latestId, t.sent, t.hosted),
    index('organisation_activity_round').on(t.roundId, t.organisationId),
  ],
)
