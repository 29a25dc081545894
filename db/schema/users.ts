import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['staff', 'manager', 'owner'] }).notNull(),
  pinHash: text('pin_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  failedAttempts: integer('failed_attempts').notNull(),
  lockedUntil: text('locked_until'),
  createdAt: text('created_at').notNull(),
});

export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
});

export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull(),
  deviceId: text('device_id').notNull(),
  createdAt: text('created_at').notNull(),
});
