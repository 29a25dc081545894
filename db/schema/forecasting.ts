import { blob, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const forecastRuns = sqliteTable('forecast_runs', {
  id: text('id').primaryKey(),
  trigger: text('trigger', { enum: ['manual', 'nightly'] }).notNull(),
  requestedBy: text('requested_by'),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
  origin: text('origin').notNull(),
  horizon: integer('horizon').notNull(),
  products: integer('products').notNull(),
  seconds: real('seconds'),
  summary: text('summary').notNull(),
  error: text('error'),
  model: blob('model', { mode: 'buffer' }),
});

export const forecastProducts = sqliteTable(
  'forecast_products',
  {
    runId: text('run_id').notNull(),
    productId: text('product_id').notNull(),
    category: text('category').notNull(),
    method: text('method').notNull(),
    demandClass: text('demand_class').notNull(),
    enoughHistory: integer('enough_history', { mode: 'boolean' }).notNull(),
    dispersion: real('dispersion').notNull(),
    backtestError: real('backtest_error'),
    naiveError: real('naive_error'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.productId] })],
);

export const forecastDays = sqliteTable(
  'forecast_days',
  {
    runId: text('run_id').notNull(),
    productId: text('product_id').notNull(),
    day: text('day').notNull(),
    mean: real('mean').notNull(),
    point: real('point').notNull(),
    lower: real('lower').notNull(),
    upper: real('upper').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.productId, t.day] })],
);

export const forecastSupplierTerms = sqliteTable('forecast_supplier_terms', {
  supplierId: text('supplier_id').primaryKey(),
  leadTimeDays: integer('lead_time_days').notNull(),
  reviewDays: integer('review_days').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const forecastDrafts = sqliteTable('forecast_drafts', {
  id: text('id').primaryKey(),
  runId: text('run_id').notNull(),
  supplierId: text('supplier_id').notNull(),
  status: text('status', { enum: ['draft', 'ordered', 'dropped'] }).notNull(),
  poId: text('po_id'),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const forecastDraftLines = sqliteTable(
  'forecast_draft_lines',
  {
    draftId: text('draft_id').notNull(),
    productId: text('product_id').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    suggestedMilli: integer('suggested_milli').notNull(),
    unitCostPaise: integer('unit_cost_paise').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.productId] })],
);
