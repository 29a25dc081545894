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

/** The cloud relay the counter bridges to and the shop's signing key (one row, id 1). */
export const syncCloud = sqliteTable('sync_cloud', {
  id: integer('id').primaryKey(),
  relayUrl: text('relay_url').notNull(),
  privateKeyPem: text('private_key_pem').notNull(),
  publicKey: text('public_key').notNull(),
  configuredAt: text('configured_at').notNull(),
});
