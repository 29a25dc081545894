import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { OrderLine } from '../../app/core/contract/areas/orders';

/** Settings → Web shop, one row of JSON parsed by the contract's schema with defaults. */
export const webShop = sqliteTable('web_shop', {
  id: integer('id').primaryKey(),
  settings: text('settings').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Orders from the web catalog, written by the host only, priced at the counter's prices. */
export const webOrders = sqliteTable('web_orders', {
  id: text('id').primaryKey(),
  number: text('number').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  requestHash: text('request_hash').notNull(),
  viewKeyHash: text('view_key_hash').notNull(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  fulfilment: text('fulfilment', { enum: ['pickup', 'delivery'] }).notNull(),
  address: text('address').notNull(),
  addressKey: text('address_key').notNull(),
  slot: text('slot').notNull(),
  slotLabel: text('slot_label').notNull(),
  slotLabelHi: text('slot_label_hi').notNull(),
  payment: text('payment', { enum: ['upi', 'cod'] }).notNull(),
  lang: text('lang', { enum: ['en', 'hi'] }).notNull(),
  lines: text('lines', { mode: 'json' }).$type<OrderLine[]>().notNull(),
  itemsPaise: integer('items_paise').notNull(),
  feePaise: integer('fee_paise').notNull(),
  totalPaise: integer('total_paise').notNull(),
  status: text('status', { enum: ['placed', 'accepted', 'packed', 'out', 'ready', 'delivered', 'collected', 'cancelled'] }).notNull(),
  reason: text('reason'),
  billNumber: text('bill_number'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull(),
  /** the cloud relay's id of an order taken there; null for one placed on the shop's Wi-Fi */
  relayId: text('relay_id'),
});

/** One pending OTP per phone; a verified code becomes a short-lived token (hashes only). */
export const webOtps = sqliteTable('web_otps', {
  phone: text('phone').primaryKey(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull(),
  sends: integer('sends').notNull(),
  windowStart: text('window_start').notNull(),
  expiresAt: text('expires_at').notNull(),
  tokenHash: text('token_hash'),
  tokenExpiresAt: text('token_expires_at'),
});
