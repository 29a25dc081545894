import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// The books (issue #3): db/migrations/0003_books.sql.
export const booksSettings = sqliteTable('books_settings', {
  id: integer('id').primaryKey(),
  creditPolicy: text('credit_policy', { enum: ['warn', 'block'] }).notNull(),
  closedUpto: text('closed_upto'),
  consolidateSmallB2c: integer('consolidate_small_b2c', { mode: 'boolean' }).notNull(),
  aatoPaise: integer('aato_paise'),
  updatedAt: text('updated_at').notNull(),
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
  (t) => [primaryKey({ columns: [t.accountCode, t.partyId, t.date] })],
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

const heads = {
  taxablePaise: integer('taxable_paise').notNull(),
  cgstPaise: integer('cgst_paise').notNull(),
  sgstPaise: integer('sgst_paise').notNull(),
  igstPaise: integer('igst_paise').notNull(),
  cessPaise: integer('cess_paise').notNull(),
};

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
    unit: text('unit').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    gstRateBp: integer('gst_rate_bp').notNull(),
    cessRateBp: integer('cess_rate_bp').notNull(),
    ...heads,
    totalPaise: integer('total_paise').notNull(),
    costPaise: integer('cost_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.creditNoteId, t.lineNo] })],
);

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

export const bankStatements = sqliteTable('bank_statements', {
  id: text('id').primaryKey(),
  accountCode: text('account_code').notNull(),
  fileName: text('file_name').notNull(),
  importedAt: text('imported_at').notNull(),
  importedBy: text('imported_by').notNull(),
  fromDate: text('from_date').notNull(),
  toDate: text('to_date').notNull(),
  lines: integer('lines').notNull(),
  closingBalancePaise: integer('closing_balance_paise'),
});

export const bankLines = sqliteTable('bank_lines', {
  id: text('id').primaryKey(),
  statementId: text('statement_id').notNull(),
  accountCode: text('account_code').notNull(),
  lineNo: integer('line_no').notNull(),
  date: text('date').notNull(),
  valueDate: text('value_date'),
  narration: text('narration').notNull(),
  reference: text('reference').notNull(),
  amountPaise: integer('amount_paise').notNull(),
  balancePaise: integer('balance_paise'),
  lineKey: text('line_key').notNull(),
});

export const bankMatches = sqliteTable('bank_matches', {
  bankLineId: text('bank_line_id').primaryKey(),
  entryId: text('entry_id').notNull(),
  seq: integer('seq').notNull(),
  how: text('how', { enum: ['auto', 'manual', 'posted'] }).notNull(),
  matchedAt: text('matched_at').notNull(),
  matchedBy: text('matched_by'),
});

export const clearingSettlements = sqliteTable(
  'clearing_settlements',
  {
    accountCode: text('account_code').notNull(),
    businessDate: text('business_date').notNull(),
    entryId: text('entry_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountCode, t.businessDate] })],
);

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
    class: text('class', { enum: ['b2b', 'b2cl', 'b2cs'] }).notNull(),
    supply: text('supply').notNull(),
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
