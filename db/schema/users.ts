import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['staff', 'manager', 'accountant', 'owner'] }).notNull(),
  pinHash: text('pin_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  failedAttempts: integer('failed_attempts').notNull(),
  lockedUntil: text('locked_until'),
  lockouts: integer('lockouts').notNull(),
  createdAt: text('created_at').notNull(),
});

export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  retiredAt: text('retired_at'),
  lastUsedAt: text('last_used_at'),
});

export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull(),
  userId: text('user_id').notNull(),
  deviceId: text('device_id').notNull(),
  createdAt: text('created_at').notNull(),
  lastSeenAt: text('last_seen_at').notNull(),
});

export const deviceCodes = sqliteTable('device_codes', {
  codeHash: text('code_hash').primaryKey(),
  name: text('name').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const recoveryCodes = sqliteTable('recovery_codes', {
  id: text('id').primaryKey(),
  codeHash: text('code_hash').notNull(),
  createdAt: text('created_at').notNull(),
  usedAt: text('used_at'),
});
