-- 0012: demand forecasting. A run (on demand or nightly) trains on the sales history in a worker
-- thread and keeps, per product, the method it chose and its forecast for the coming days; the
-- owner's reorder drafts are kept until he places them as purchase orders or drops them.
CREATE TABLE forecast_runs (
  id TEXT PRIMARY KEY,
  trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'nightly')),
  requested_by TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  origin TEXT NOT NULL,
  horizon INTEGER NOT NULL,
  products INTEGER NOT NULL,
  seconds REAL,
  summary TEXT NOT NULL,
  error TEXT,
  model BLOB
) STRICT;
CREATE INDEX forecast_runs_started ON forecast_runs (started_at);

CREATE TABLE forecast_products (
  run_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  category TEXT NOT NULL,
  method TEXT NOT NULL,
  demand_class TEXT NOT NULL,
  enough_history INTEGER NOT NULL,
  dispersion REAL NOT NULL,
  backtest_error REAL,
  naive_error REAL,
  PRIMARY KEY (run_id, product_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE forecast_days (
  run_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  day TEXT NOT NULL,
  mean REAL NOT NULL,
  point REAL NOT NULL,
  lower REAL NOT NULL,
  upper REAL NOT NULL,
  PRIMARY KEY (run_id, product_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE forecast_supplier_terms (
  supplier_id TEXT PRIMARY KEY,
  lead_time_days INTEGER NOT NULL CHECK (lead_time_days BETWEEN 0 AND 90),
  review_days INTEGER NOT NULL CHECK (review_days BETWEEN 1 AND 90),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE forecast_drafts (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL,
  supplier_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'ordered', 'dropped')),
  po_id TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX forecast_drafts_status ON forecast_drafts (status);

CREATE TABLE forecast_draft_lines (
  draft_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  qty_milli INTEGER NOT NULL CHECK (qty_milli >= 0),
  suggested_milli INTEGER NOT NULL,
  unit_cost_paise INTEGER NOT NULL,
  reasons TEXT NOT NULL,
  PRIMARY KEY (draft_id, product_id)
) STRICT, WITHOUT ROWID;
