import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Sums of posted bills per business date and IST hour, kept by triggers (migration 0013). */
export const salesHourly = sqliteTable(
  'sales_hourly',
  {
    date: text('date').notNull(),
    hour: integer('hour').notNull(),
    bills: integer('bills').notNull(),
    lines: integer('lines').notNull(),
    payablePaise: integer('payable_paise').notNull(),
    taxablePaise: integer('taxable_paise').notNull(),
    costPaise: integer('cost_paise').notNull(),
    discountPaise: integer('discount_paise').notNull(),
    cashPaise: integer('cash_paise').notNull(),
    upiPaise: integer('upi_paise').notNull(),
    cardPaise: integer('card_paise').notNull(),
    creditPaise: integer('credit_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.hour] })],
);

/** Sums of posted bill lines per business date and product, kept by triggers (migration 0013). */
export const productSalesDaily = sqliteTable(
  'product_sales_daily',
  {
    date: text('date').notNull(),
    productId: text('product_id').notNull(),
    lines: integer('lines').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    taxablePaise: integer('taxable_paise').notNull(),
    costPaise: integer('cost_paise').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.productId] })],
);

/** The owner's notes on anomaly alerts, by the alert's stable id (migration 0021). */
export const insightDismissals = sqliteTable('insight_dismissals', {
  alertId: text('alert_id').primaryKey(),
  note: text('note').notNull(),
  dismissedBy: text('dismissed_by').notNull(),
  dismissedAt: text('dismissed_at').notNull(),
});
