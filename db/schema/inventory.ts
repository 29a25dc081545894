import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const stockMoves = sqliteTable('stock_moves', {
  id: integer('id').primaryKey(),
  productId: text('product_id').notNull(),
  qtyMilli: integer('qty_milli').notNull(),
  valuePaise: integer('value_paise').notNull(),
  kind: text('kind').notNull(),
  refType: text('ref_type').notNull(),
  refId: text('ref_id').notNull(),
  at: text('at').notNull(),
  batchId: text('batch_id'),
  reason: text('reason'),
});

export const batches = sqliteTable('batches', {
  id: text('id').primaryKey(),
  productId: text('product_id').notNull(),
  batchNo: text('batch_no').notNull(),
  mfgDate: text('mfg_date'),
  expiryDate: text('expiry_date'),
  mrpPaise: integer('mrp_paise'),
  unitCostPaise: integer('unit_cost_paise').notNull(),
  supplierId: text('supplier_id'),
  receivedAt: text('received_at').notNull(),
});

/** Kept by the stock_moves_balance trigger; read-only for code. */
export const stockLevels = sqliteTable('stock_levels', {
  productId: text('product_id').primaryKey(),
  qtyMilli: integer('qty_milli').notNull(),
  valuePaise: integer('value_paise').notNull(),
});

export const batchStock = sqliteTable(
  'batch_stock',
  {
    productId: text('product_id').notNull(),
    batchId: text('batch_id').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    valuePaise: integer('value_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.batchId] })],
);

export const stockSettings = sqliteTable('stock_settings', {
  id: integer('id').primaryKey(),
  settings: text('settings').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const stockTakes = sqliteTable('stock_takes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  status: text('status', { enum: ['open', 'posted', 'cancelled'] }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  postedAt: text('posted_at'),
});

export const stockTakeLines = sqliteTable(
  'stock_take_lines',
  {
    takeId: text('take_id').notNull(),
    productId: text('product_id').notNull(),
    countedMilli: integer('counted_milli').notNull(),
    countedBy: text('counted_by').notNull(),
    countedAt: text('counted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.takeId, t.productId] })],
);
