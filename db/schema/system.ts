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
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_at').on(t.at)],
)

export const letters = sqliteTable(
  'letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    placementId: integer('placement_id').notNull(),
    kind: text('kind', { enum: ['participant', 'host', 'home'] }).notNull(),
    language: text('language', { enum: ['sl', 'en'] }).notNull(),
    reference: text('reference').notNull().unique(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    contentHash: text('content_hash').notNull(),
    html: text('html').notNull(),
  },
  (t) => [index('letters_placement').on(t.placementId)],
)

export const letterTemplates = sqliteTable('letter_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['participant', 'host', 'home'] }).notNull(),
  language: text('language', { enum: ['sl', 'en'] }).notNull(),
  body: text('body').notNull(),
  updatedAt: text('updated_at').notNull(),
})
