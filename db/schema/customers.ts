import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const customers = sqliteTable('customers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  gstin: text('gstin'),
  stateCode: text('state_code'),
  address: text('address').notNull(),
  creditLimitPaise: integer('credit_limit_paise').notNull(),
  createdAt: text('created_at').notNull(),
});
