import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Unit } from '../../app/core/format/qty';
import { INVOICE_CLASSES } from '../../app/core/gst/classes';
import { lineTax } from './accounting';

export const numberSeries = sqliteTable(
  'number_series',
  {
    series: text('series').notNull(),
    docType: text('doc_type').notNull(),
    fy: text('fy').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.docType, t.fy] })],
);

export const invoices = sqliteTable('invoices', {
  id: text('id').primaryKey(),
  clientRef: text('client_ref').notNull(),
  number: text('number').notNull(),
  fy: text('fy').notNull(),
  docType: text('doc_type', { enum: ['tax_invoice', 'bill_of_supply'] }).notNull(),
  date: text('date').notNull(),
  createdAt: text('created_at').notNull(),
  userId: text('user_id').notNull(),
  deviceId: text('device_id').notNull(),
  customerId: text('customer_id'),
  supply: text('supply', { enum: ['intra', 'inter'] }).notNull(),
  placeOfSupply: text('place_of_supply').notNull(),
  amountPaise: integer('amount_paise').notNull(),
  discountPaise: integer('discount_paise').notNull(),
  taxablePaise: integer('taxable_paise').notNull(),
  cgstPaise: integer('cgst_paise').notNull(),
  sgstPaise: integer('sgst_paise').notNull(),
  igstPaise: integer('igst_paise').notNull(),
  cessPaise: integer('cess_paise').notNull(),
  valuePaise: integer('value_paise').notNull(),
  roundOffPaise: integer('round_off_paise').notNull(),
  payablePaise: integer('payable_paise').notNull(),
  costPaise: integer('cost_paise').notNull(),
  status: text('status', { enum: ['posted', 'cancelled'] }).notNull(),
  cancelledAt: text('cancelled_at'),
  cancelReason: text('cancel_reason'),
  cancelledBy: text('cancelled_by'),
  buyerName: text('buyer_name'),
  buyerGstin: text('buyer_gstin'),
  buyerState: text('buyer_state'),
  gstClass: text('gst_class', { enum: INVOICE_CLASSES }).notNull(),
});

export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    invoiceId: text('invoice_id').notNull(),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id').notNull(),
    name: text('name').notNull(),
    nameHi: text('name_hi'),
    hsn: text('hsn').notNull(),
    unit: text('unit').$type<Unit>().notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    unitPricePaise: integer('unit_price_paise').notNull(),
    mrpPaise: integer('mrp_paise'),
    amountPaise: integer('amount_paise').notNull(),
    discountPaise: integer('discount_paise').notNull(),
    billDiscountPaise: integer('bill_discount_paise').notNull(),
    ...lineTax,
    costPaise: integer('cost_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.invoiceId, t.lineNo] })],
);

export const payments = sqliteTable(
  'payments',
  {
    invoiceId: text('invoice_id').notNull(),
    seq: integer('seq').notNull(),
    method: text('method', { enum: ['cash', 'upi', 'card', 'credit'] }).notNull(),
    amountPaise: integer('amount_paise').notNull(),
    tenderedPaise: integer('tendered_paise').notNull(),
    changePaise: integer('change_paise').notNull(),
    reference: text('reference'),
  },
  (t) => [primaryKey({ columns: [t.invoiceId, t.seq] })],
);

export const heldBills = sqliteTable('held_bills', {
  id: text('id').primaryKey(),
  clientRef: text('client_ref').notNull(),
  heldAt: text('held_at').notNull(),
  userId: text('user_id').notNull(),
  deviceId: text('device_id').notNull(),
  customerName: text('customer_name'),
  itemCount: integer('item_count').notNull(),
  payablePaise: integer('payable_paise').notNull(),
  bill: text('bill').notNull(),
});

export const paperBooks = sqliteTable('paper_books', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  width: integer('width').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
});

export const paperBills = sqliteTable('paper_bills', {
  invoiceId: text('invoice_id').primaryKey(),
  bookId: text('book_id').notNull(),
  seq: integer('seq').notNull(),
  enteredAt: text('entered_at').notNull(),
  enteredBy: text('entered_by').notNull(),
});
