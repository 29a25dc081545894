import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const shop = sqliteTable('shop', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  phone: text('phone').notNull(),
  gstin: text('gstin'),
  stateCode: text('state_code').notNull(),
  composition: integer('composition', { mode: 'boolean' }).notNull(),
  roundOff: integer('round_off', { mode: 'boolean' }).notNull(),
  fyStartMonth: integer('fy_start_month').notNull(),
  upiVpa: text('upi_vpa'),
  receiptFooter: text('receipt_footer').notNull(),
  printer: text('printer').notNull(),
  poleDisplay: text('pole_display').notNull(),
  scanner: text('scanner').notNull(),
  createdAt: text('created_at').notNull(),
  legalName: text('legal_name').notNull(),
  upiPayee: text('upi_payee').notNull(),
  demo: integer('demo', { mode: 'boolean' }).notNull(),
  numbering: text('numbering').notNull(),
  counter: text('counter').notNull(),
});
