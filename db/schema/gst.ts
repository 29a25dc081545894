import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { INVOICE_CLASSES } from '../../app/core/gst/classes';
import { heads } from './accounting';

export const gstRates = sqliteTable(
  'gst_rates',
  {
    hsn: text('hsn').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    gstRateBp: integer('gst_rate_bp').notNull(),
    cessRateBp: integer('cess_rate_bp').notNull(),
    note: text('note').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.hsn, t.effectiveFrom] })],
);

export const consolidatedInvoices = sqliteTable('consolidated_invoices', {
  id: text('id').primaryKey(),
  number: text('number').notNull(),
  fy: text('fy').notNull(),
  date: text('date').notNull(),
  createdAt: text('created_at').notNull(),
  userId: text('user_id').notNull(),
  bills: integer('bills').notNull(),
  ...heads,
  valuePaise: integer('value_paise').notNull(),
});

export const consolidatedMembers = sqliteTable('consolidated_members', {
  invoiceId: text('invoice_id').primaryKey(),
  consolidatedId: text('consolidated_id').notNull(),
});

export const docDaily = sqliteTable(
  'doc_daily',
  {
    date: text('date').notNull(),
    docType: text('doc_type').notNull(),
    prefix: text('prefix').notNull(),
    total: integer('total').notNull(),
    cancelled: integer('cancelled').notNull(),
    firstSeq: integer('first_seq').notNull(),
    lastSeq: integer('last_seq').notNull(),
    first: text('first').notNull(),
    last: text('last').notNull(),
    bad: integer('bad').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.docType, t.prefix] })],
);

export const gstDaily = sqliteTable(
  'gst_daily',
  {
    date: text('date').notNull(),
    doc: text('doc', { enum: ['invoice', 'credit_note'] }).notNull(),
    docType: text('doc_type', { enum: ['tax_invoice', 'bill_of_supply'] }).notNull(),
    class: text('class', { enum: INVOICE_CLASSES }).notNull(),
    supply: text('supply', { enum: ['intra', 'inter'] }).notNull(),
    pos: text('pos').notNull(),
    hsn: text('hsn').notNull(),
    unit: text('unit').notNull(),
    gstRateBp: integer('gst_rate_bp').notNull(),
    cessRateBp: integer('cess_rate_bp').notNull(),
    name: text('name').notNull(),
    lines: integer('lines').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    ...heads,
  },
  (t) => [primaryKey({ columns: [t.date, t.doc, t.docType, t.class, t.supply, t.pos, t.hsn, t.unit, t.gstRateBp, t.cessRateBp] })],
);

/** The GST portal's HSN master: each code's official description (the HSN summary names codes by it). */
export const hsnMaster = sqliteTable('hsn_master', {
  code: text('code').primaryKey(),
  description: text('description').notNull(),
});
