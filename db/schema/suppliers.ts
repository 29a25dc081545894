import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const suppliers = sqliteTable('suppliers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  gstin: text('gstin'),
  stateCode: text('state_code').notNull(),
  paymentTermsDays: integer('payment_terms_days').notNull(),
  phone: text('phone').notNull(),
  address: text('address').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
});
