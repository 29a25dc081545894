import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The owner's saved custom reports (migration 0024); `spec` is re-checked by its schema on every read. */
export const customReports = sqliteTable('custom_reports', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  spec: text('spec').notNull(),
  savedBy: text('saved_by').notNull(),
  savedAt: text('saved_at').notNull(),
});

/** A month's bill lines by product for the custom report, brought up to date when read (migration 0031). */
export const salesMonthProduct = sqliteTable(
  'sales_month_product',
  {
    month: text('month').notNull(),
    productId: text('product_id').notNull(),
    nameHi: text('name_hi'),
    qtyMilli: integer('qty_milli').notNull(),
    taxablePaise: integer('taxable_paise').notNull(),
    taxPaise: integer('tax_paise').notNull(),
    costPaise: integer('cost_paise').notNull(),
    bills: integer('bills').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.productId] })],
);

/** A month's posted bills with lines, and its cancelled bills as last seen (migration 0031). */
export const salesMonthBills = sqliteTable('sales_month_bills', {
  month: text('month').primaryKey(),
  bills: integer('bills').notNull(),
  cancelsSeen: integer('cancels_seen').notNull(),
});

/** How far the month summary has read the invoices and credit notes (migration 0031). */
export const salesSummaryMarks = sqliteTable('sales_summary_marks', {
  id: integer('id').primaryKey(),
  invoiceRowid: integer('invoice_rowid').notNull(),
  creditNoteRowid: integer('credit_note_rowid').notNull(),
});

/** The bills by day, customer, cashier and tender for the custom report, brought up to date when read (migration 0037). */
export const salesDayParty = sqliteTable(
  'sales_day_party',
  {
    date: text('date').notNull(),
    customerId: text('customer_id').notNull(),
    userId: text('user_id').notNull(),
    tender: text('tender').notNull(),
    bills: integer('bills').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    taxablePaise: integer('taxable_paise').notNull(),
    taxPaise: integer('tax_paise').notNull(),
    costPaise: integer('cost_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.customerId, t.userId, t.tender] })],
);

/** Each day folded into the day summary, with its cancelled bills as last seen (migration 0037). */
export const salesPartyDays = sqliteTable('sales_party_days', {
  date: text('date').primaryKey(),
  cancelsSeen: integer('cancels_seen').notNull(),
});

/** How far the day summary has read the invoices and credit notes (migration 0037). */
export const salesPartyMarks = sqliteTable('sales_party_marks', {
  id: integer('id').primaryKey(),
  invoiceRowid: integer('invoice_rowid').notNull(),
  creditNoteRowid: integer('credit_note_rowid').notNull(),
});

/** The bills' lines by product, HSN, day and bill for the custom report, brought up to date when read (migration 0042). */
export const salesProductLines = sqliteTable(
  'sales_product_lines',
  {
    productId: text('product_id').notNull(),
    hsn: text('hsn').notNull(),
    date: text('date').notNull(),
    bill: integer('bill').notNull(),
    nameHi: text('name_hi'),
    qtyMilli: integer('qty_milli').notNull(),
    taxablePaise: integer('taxable_paise').notNull(),
    taxPaise: integer('tax_paise').notNull(),
    costPaise: integer('cost_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.hsn, t.date, t.bill] })],
);

/** Every product and HSN pair in the lines summary (migration 0042). */
export const salesProductHsn = sqliteTable('sales_product_hsn', { productId: text('product_id').notNull(), hsn: text('hsn').notNull() }, (t) => [
  primaryKey({ columns: [t.productId, t.hsn] }),
]);

/** Each day folded into the lines summary, with its cancelled bills as last seen (migration 0042). */
export const salesProductDays = sqliteTable('sales_product_days', {
  date: text('date').primaryKey(),
  cancelsSeen: integer('cancels_seen').notNull(),
});

/** How far the lines summary has read the invoices and credit notes (migration 0042). */
export const salesProductMarks = sqliteTable('sales_product_marks', {
  id: integer('id').primaryKey(),
  invoiceRowid: integer('invoice_rowid').notNull(),
  creditNoteRowid: integer('credit_note_rowid').notNull(),
});
