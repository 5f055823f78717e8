import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['call', 'rolling'] }).notNull().default('call'),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    status: text('status', { enum: ['draft', 'open', 'planning', 'confirmed', 'closed'] }).notNull().default('draft'),
    notes: text('notes'),
    /** Planning rules for this round as JSON (sector rule, reciprocity, ...); defaults live in the planning service. */
    rules: text('rules'),
  },
  (t) => [index('rounds_starts_on').on(t.startsOn)],
)

export const challenges = sqliteTable(
  'challenges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
  },
  (t) => [index('challenges_round').on(t.roundId)],
)

export const workshops = sqliteTable(
  'workshops',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    heldOn: text('held_on'),
    capacity: integer('capacity'),
  },
  (t) => [index('workshops_round').on(t.roundId)],
)
