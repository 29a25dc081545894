import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ACCOUNT_GROUP_CODES } from '../../app/core/contract/vocabulary';
import type { Unit } from '../../app/core/format/qty';
import { INVOICE_CLASSES } from '../../app/core/gst/classes';

export const accounts = sqliteTable('accounts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  type: text('type', { enum: ['asset', 'liability', 'equity', 'income', 'expense'] }).notNull(),
  system: integer('system', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  accountGroup: text('account_group', { enum: ACCOUNT_GROUP_CODES }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
});

export const journalEntries = sqliteTable('journal_entries', {
  id: text('id').primaryKey(),
  date: text('date').notNull(),
  voucherType: text('voucher_type').notNull(),
  refType: text('ref_type').notNull(),
  refId: text('ref_id').notNull(),
  narration: text('narration').notNull(),
  reversesId: text('reverses_id'),
  createdAt: text('created_at').notNull(),
  narrationKey: text('narration_key'),
  narrationParams: text('narration_params'),
});

export const journalLines = sqliteTable(
  'journal_lines',
  {
    entryId: text('entry_id').notNull(),
    seq: integer('seq').notNull(),
    accountCode: text('account_code').notNull(),
    debitPaise: integer('debit_paise').notNull(),
    creditPaise: integer('credit_paise').notNull(),
    partyId: text('party_id'),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.seq] })],
);

/** The tax heads of a document or a summary row. */
export const heads = {
  taxablePaise: integer('taxable_paise').notNull(),
  cgstPaise: integer('cgst_paise').notNull(),
  sgstPaise: integer('sgst_paise').notNull(),
  igstPaise: integer('igst_paise').notNull(),
  cessPaise: integer('cess_paise').notNull(),
};

/** The tax columns of a document line (a bill's, a purchase bill's, a credit note's): its rates, its heads and its total. */
export const lineTax = {
  gstRateBp: integer('gst_rate_bp').notNull(),
  cessRateBp: integer('cess_rate_bp').notNull(),
  ...heads,
  totalPaise: integer('total_paise').notNull(),
};

/** The names of `lineTax`, for the repos that write or read them all. */
export const LINE_TAX_COLUMNS = Object.keys(lineTax) as (keyof typeof lineTax)[];

// The table keeps the name migration 0003 gave it.
export const accountingSettings = sqliteTable('books_settings', {
  id: integer('id').primaryKey(),
  creditPolicy: text('credit_policy', { enum: ['warn', 'block'] }).notNull(),
  closedUpto: text('closed_upto'),
  consolidateSmallB2c: integer('consolidate_small_b2c', { mode: 'boolean' }).notNull(),
  aatoPaise: integer('aato_paise'),
  updatedAt: text('updated_at').notNull(),
});

/** Each account's running totals (0034), for the books' range check on every posting. */
export const ledgerTotals = sqliteTable('ledger_totals', {
  accountCode: text('account_code').primaryKey(),
  debitPaise: integer('debit_paise').notNull(),
  creditPaise: integer('credit_paise').notNull(),
  lines: integer('lines').notNull(),
});

export const ledgerDaily = sqliteTable(
  'ledger_daily',
  {
    accountCode: text('account_code').notNull(),
    partyId: text('party_id').notNull(),
    date: text('date').notNull(),
    debitPaise: integer('debit_paise').notNull(),
    creditPaise: integer('credit_paise').notNull(),
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.accountCode, t.partyId] })],
);

export const vouchers = sqliteTable('vouchers', {
  id: text('id').primaryKey(),
  clientRef: text('client_ref'),
  number: text('number').notNull(),
  fy: text('fy').notNull(),
  kind: text('kind', { enum: ['receipt', 'payment', 'expense', 'contra', 'journal', 'register'] }).notNull(),
  date: text('date').notNull(),
  createdAt: text('created_at').notNull(),
  userId: text('user_id').notNull(),
  partyType: text('party_type', { enum: ['customer', 'supplier'] }),
  partyId: text('party_id'),
  amountPaise: integer('amount_paise').notNull(),
  method: text('method').notNull(),
  reference: text('reference').notNull(),
  narration: text('narration').notNull(),
  reversedAt: text('reversed_at'),
  reversedBy: text('reversed_by'),
  reverseReason: text('reverse_reason'),
});

export const cashRegisters = sqliteTable('cash_registers', {
  id: text('id').primaryKey(),
  deviceId: text('device_id').notNull(),
  businessDate: text('business_date').notNull(),
  openedAt: text('opened_at').notNull(),
  openedBy: text('opened_by').notNull(),
  openingCountedPaise: integer('opening_counted_paise').notNull(),
  openingBookPaise: integer('opening_book_paise').notNull(),
  closedAt: text('closed_at'),
  closedBy: text('closed_by'),
  closingCountedPaise: integer('closing_counted_paise'),
  closingBookPaise: integer('closing_book_paise'),
  denominations: text('denominations'),
  status: text('status', { enum: ['open', 'closed'] }).notNull(),
});

export const creditNotes = sqliteTable('credit_notes', {
  id: text('id').primaryKey(),
  clientRef: text('client_ref').notNull(),
  number: text('number').notNull(),
  fy: text('fy').notNull(),
  date: text('date').notNull(),
  createdAt: text('created_at').notNull(),
  userId: text('user_id').notNull(),
  deviceId: text('device_id').notNull(),
  invoiceId: text('invoice_id').notNull(),
  customerId: text('customer_id'),
  docType: text('doc_type', { enum: ['tax_invoice', 'bill_of_supply'] }).notNull(),
  supply: text('supply', { enum: ['intra', 'inter'] }).notNull(),
  placeOfSupply: text('place_of_supply').notNull(),
  reason: text('reason').notNull(),
  refundMethod: text('refund_method', { enum: ['cash', 'upi', 'card', 'bank', 'credit'] }).notNull(),
  ...heads,
  valuePaise: integer('value_paise').notNull(),
  roundOffPaise: integer('round_off_paise').notNull(),
  totalPaise: integer('total_paise').notNull(),
  costPaise: integer('cost_paise').notNull(),
  buyerName: text('buyer_name'),
  buyerGstin: text('buyer_gstin'),
  buyerState: text('buyer_state'),
  gstClass: text('gst_class', { enum: INVOICE_CLASSES }).notNull(),
});

export const creditNoteLines = sqliteTable(
  'credit_note_lines',
  {
    creditNoteId: text('credit_note_id').notNull(),
    lineNo: integer('line_no').notNull(),
    invoiceLineNo: integer('invoice_line_no').notNull(),
    productId: text('product_id').notNull(),
    name: text('name').notNull(),
    hsn: text('hsn').notNull(),
    unit: text('unit').$type<Unit>().notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    ...lineTax,
    costPaise: integer('cost_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.creditNoteId, t.lineNo] })],
);
