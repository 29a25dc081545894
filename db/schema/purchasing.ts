import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { lineTax } from './accounting';

export const purchaseOrders = sqliteTable('purchase_orders', {
  id: text('id').primaryKey(),
  number: text('number').notNull(),
  supplierId: text('supplier_id').notNull(),
  date: text('date').notNull(),
  status: text('status', { enum: ['open', 'partial', 'received', 'cancelled'] }).notNull(),
  notes: text('notes').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
});

export const purchaseOrderLines = sqliteTable(
  'purchase_order_lines',
  {
    poId: text('po_id').notNull(),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    unitCostPaise: integer('unit_cost_paise').notNull(),
    receivedMilli: integer('received_milli').notNull(),
  },
  (t) => [primaryKey({ columns: [t.poId, t.lineNo] })],
);

export const purchaseBills = sqliteTable('purchase_bills', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['bill', 'return'] }).notNull(),
  number: text('number').notNull(),
  supplierId: text('supplier_id').notNull(),
  date: text('date').notNull(),
  supplierDate: text('supplier_date'),
  againstId: text('against_id'),
  poId: text('po_id'),
  supply: text('supply', { enum: ['intra', 'inter'] }).notNull(),
  taxablePaise: integer('taxable_paise').notNull(),
  cgstPaise: integer('cgst_paise').notNull(),
  sgstPaise: integer('sgst_paise').notNull(),
  igstPaise: integer('igst_paise').notNull(),
  cessPaise: integer('cess_paise').notNull(),
  roundOffPaise: integer('round_off_paise').notNull(),
  totalPaise: integer('total_paise').notNull(),
  reason: text('reason').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
});

export const purchaseLines = sqliteTable(
  'purchase_lines',
  {
    billId: text('bill_id').notNull(),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id').notNull(),
    batchId: text('batch_id').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    freeMilli: integer('free_milli').notNull(),
    unitCostPaise: integer('unit_cost_paise').notNull(),
    discountPaise: integer('discount_paise').notNull(),
    ...lineTax,
  },
  (t) => [primaryKey({ columns: [t.billId, t.lineNo] })],
);
