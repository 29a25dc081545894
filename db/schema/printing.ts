import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const printJobs = sqliteTable('print_jobs', {
  id: integer('id').primaryKey(),
  invoiceId: text('invoice_id').notNull(),
  copy: text('copy', { enum: ['original', 'duplicate'] }).notNull(),
  status: text('status', { enum: ['pending', 'printed', 'failed', 'disabled'] }).notNull(),
  attempts: integer('attempts').notNull(),
  lastError: text('last_error'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const printAttempts = sqliteTable('print_attempts', {
  id: integer('id').primaryKey(),
  jobId: integer('job_id').notNull(),
  attempt: integer('attempt').notNull(),
  startedAt: text('started_at').notNull(),
  ms: integer('ms').notNull(),
  outcome: text('outcome', { enum: ['printed', 'failed', 'partial'] }).notNull(),
  error: text('error'),
});

export const shareLinks = sqliteTable('share_links', {
  tokenHash: text('token_hash').primaryKey(),
  invoiceId: text('invoice_id').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
});
