import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
