import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable('products', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameHi: text('name_hi'),
  altNames: text('alt_names').notNull(),
  hsn: text('hsn').notNull(),
  gstRateBp: integer('gst_rate_bp').notNull(),
  cessRateBp: integer('cess_rate_bp').notNull(),
  mrpPaise: integer('mrp_paise'),
  pricePaise: integer('price_paise').notNull(),
  costPaise: integer('cost_paise').notNull(),
  unit: text('unit').notNull(),
  loose: integer('loose', { mode: 'boolean' }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const productBarcodes = sqliteTable('product_barcodes', {
  barcode: text('barcode').primaryKey(),
  productId: text('product_id').notNull(),
});
