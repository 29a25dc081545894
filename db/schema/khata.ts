import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A khata reminder's pay page: the key's hash opens one customer's page until it expires. */
export const payLinks = sqliteTable('pay_links', {
  tokenHash: text('token_hash').primaryKey(),
  customerId: text('customer_id').notNull(),
  amountPaise: integer('amount_paise').notNull(),
  lang: text('lang', { enum: ['en', 'hi'] }).notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
});
