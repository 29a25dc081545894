import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The embedded relay's update log (db/sync-log.ts writes it with its own statements). */
export const syncUpdates = sqliteTable('sync_updates', {
  seq: integer('seq').primaryKey(),
  room: text('room').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
});

/** Commands from devices' outboxes as the counter applied them, one row per command uuid. */
export const syncCommands = sqliteTable('sync_commands', {
  commandId: text('command_id').primaryKey(),
  deviceId: text('device_id').notNull(),
  method: text('method').notNull(),
  userId: text('user_id').notNull(),
  status: text('status', { enum: ['applied', 'refused'] }).notNull(),
  reference: text('reference'),
  messageEn: text('message_en'),
  messageHi: text('message_hi'),
  flagged: integer('flagged', { mode: 'boolean' }).notNull(),
  queuedAt: text('queued_at').notNull(),
  appliedAt: text('applied_at').notNull(),
});
