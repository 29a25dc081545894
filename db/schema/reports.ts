import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The owner's saved custom reports (migration 0024); `spec` is re-checked by its schema on every read. */
export const customReports = sqliteTable('custom_reports', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  spec: text('spec').notNull(),
  savedBy: text('saved_by').notNull(),
  savedAt: text('saved_at').notNull(),
});
