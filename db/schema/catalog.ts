import { blob, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Uqc } from '../../app/core/contract/vocabulary';
import type { Unit } from '../../app/core/format/qty';

export const products = sqliteTable('products', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameHi: text('name_hi'),
  altNames: text('alt_names', { mode: 'json' }).$type<string[]>().notNull(),
  hsn: text('hsn').notNull(),
  uqc: text('uqc').$type<Uqc>(),
  gstRateBp: integer('gst_rate_bp').notNull(),
  cessRateBp: integer('cess_rate_bp').notNull(),
  mrpPaise: integer('mrp_paise'),
  pricePaise: integer('price_paise').notNull(),
  costPaise: integer('cost_paise').notNull(),
  unit: text('unit').$type<Unit>().notNull(),
  loose: integer('loose', { mode: 'boolean' }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  category: text('category').notNull(),
  subCategory: text('sub_category').notNull(),
  brand: text('brand').notNull(),
  packSize: text('pack_size').notNull(),
  imageUrl: text('image_url'),
  reorderLevelMilli: integer('reorder_level_milli').notNull(),
  reorderQtyMilli: integer('reorder_qty_milli').notNull(),
  plu: text('plu'),
});

export const productBarcodes = sqliteTable('product_barcodes', {
  barcode: text('barcode').primaryKey(),
  productId: text('product_id').notNull(),
  qtyMilli: integer('qty_milli').notNull(),
});

export const productUnits = sqliteTable(
  'product_units',
  {
    productId: text('product_id').notNull(),
    name: text('name').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.name] })],
);

export const catalogImports = sqliteTable('catalog_imports', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  status: text('status', { enum: ['uploaded', 'committed'] }).notNull(),
  result: text('result', { mode: 'json' }).$type<unknown>(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  committedAt: text('committed_at'),
});

/** An uploaded file's chunks in the order they came (`start` is the byte they begin at). */
export const catalogImportChunks = sqliteTable('catalog_import_chunks', {
  importId: text('import_id').notNull(),
  start: integer('start').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
});

export const catalogImportRows = sqliteTable('catalog_import_rows', {
  productId: text('product_id').primaryKey(),
  importId: text('import_id').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
});
