import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Key/value settings; values are JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    user: text('user').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
    /** Null for an entry written in this file; 'restore' for one carried over from the file a restore replaced. */
    origin: text('origin'),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_at').on(t.at)],
)

export const letters = sqliteTable(
  'letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    placementId: integer('placement_id').notNull(),
    kind: text('kind', { enum: ['participant', 'host', 'home', 'certificate'] }).notNull(),
    language: text('language', { enum: ['sl', 'en'] }).notNull(),
    reference: text('reference').notNull().unique(),
    /** A letter issued again for the same placement and kind names the one it replaces and the officer's reason. */
    reissueOf: integer('reissue_of'),
    reissueReason: text('reissue_reason'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    contentHash: text('content_hash').notNull(),
    html: text('html').notNull(),
  },
  (t) => [index('letters_placement').on(t.placementId)],
)

export const letterTemplates = sqliteTable('letter_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['participant', 'host', 'home', 'certificate'] }).notNull(),
  language: text('language', { enum: ['sl', 'en'] }).notNull(),
  body: text('body').notNull(),
  updatedAt: text('updated_at').notNull(),
})

/**
 * Earlier proposals of a round (issue 14): before "Propose a plan" replaces unlocked proposals, they are kept here
 * as JSON so the previous proposal can be brought back in one step.
 */
export const proposalSnapshots = sqliteTable(
  'proposal_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    placements: text('placements').notNull(),
  },
  (t) => [index('proposal_snapshots_round').on(t.roundId, t.id)],
)
