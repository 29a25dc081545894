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
