import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const accounts = sqliteTable('accounts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  type: text('type', { enum: ['asset', 'liability', 'equity', 'income', 'expense'] }).notNull(),
  system: integer('system', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  accountGroup: text('account_group').notNull(),
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
