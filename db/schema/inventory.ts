import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const stockMoves = sqliteTable('stock_moves', {
  id: integer('id').primaryKey(),
  productId: text('product_id').notNull(),
  qtyMilli: integer('qty_milli').notNull(),
  valuePaise: integer('value_paise').notNull(),
  kind: text('kind').notNull(),
  refType: text('ref_type').notNull(),
  refId: text('ref_id').notNull(),
  at: text('at').notNull(),
});
