import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The embedded relay's update log (db/sync-log.ts writes it with its own statements). */
export const syncUpdates = sqliteTable('sync_updates', {
  seq: integer('seq').primaryKey(),
  room: text('room').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
});
