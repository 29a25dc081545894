import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey(),
  at: text('at').notNull(),
  userId: text('user_id'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  beforeJson: text('before_json'),
  afterJson: text('after_json'),
  prevHash: text('prev_hash'),
  hash: text('hash'),
});

export const outbox = sqliteTable('outbox', {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull(),
  at: text('at').notNull(),
  topic: text('topic').notNull(),
  payload: text('payload').notNull(),
  sentAt: text('sent_at'),
});
