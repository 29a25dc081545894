-- 0002: catalogue, inventory and purchasing (issue #4). One file, as agreed with issue #3.
-- Stock is still never a number someone writes: stock_moves is the append-only ledger, and the
-- per-product and per-batch balances below are kept by a trigger on every move, in the same
-- transaction, so "stock on hand for all products" reads one small table instead of millions of moves.

-- Catalogue: where a product sits on the shelf and in the books.
ALTER TABLE products ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN sub_category TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN brand TEXT NOT NULL DEFAULT '';
-- pack size as printed ("500 g", "1 L", "12 x 100 g"), for people and labels
ALTER TABLE products ADD COLUMN pack_size TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN image_url TEXT;
ALTER TABLE products ADD COLUMN reorder_level_milli INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level_milli >= 0);
ALTER TABLE products ADD COLUMN reorder_qty_milli INTEGER NOT NULL DEFAULT 0 CHECK (reorder_qty_milli >= 0);
-- the weighing scale's PLU for loose goods (digits only), unique per shop
ALTER TABLE products ADD COLUMN plu TEXT;
CREATE UNIQUE INDEX products_plu ON products (plu) WHERE plu IS NOT NULL;
CREATE INDEX products_category ON products (category, sub_category);

-- A barcode may stand for a pack of several base units (a box of 12): qty_milli of the base unit.
ALTER TABLE product_barcodes ADD COLUMN qty_milli INTEGER NOT NULL DEFAULT 1000 CHECK (qty_milli > 0);

-- Units a product is also bought or sold in, with their size in the base unit (box = 12 pcs).
CREATE TABLE product_units (
  product_id TEXT NOT NULL REFERENCES products (id),
  name TEXT NOT NULL,
  qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
  PRIMARY KEY (product_id, name)
) STRICT, WITHOUT ROWID;

-- Settings of this area (negative stock, valuation, expiry alerts, weighing-scale layout, labels).
CREATE TABLE stock_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE suppliers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  gstin TEXT,
  state_code TEXT NOT NULL CHECK (length(state_code) = 2),
  payment_terms_days INTEGER NOT NULL DEFAULT 0 CHECK (payment_terms_days BETWEEN 0 AND 365),
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX suppliers_gstin ON suppliers (gstin) WHERE gstin IS NOT NULL;
CREATE INDEX suppliers_name ON suppliers (name COLLATE NOCASE);

-- A lot of one product: every receipt (purchase line, opening stock) makes one, with its own cost
-- and printed MRP; batch number and expiry when the pack has them.
CREATE TABLE batches (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products (id),
  batch_no TEXT NOT NULL DEFAULT '',
  mfg_date TEXT,
  expiry_date TEXT,
  mrp_paise INTEGER CHECK (mrp_paise IS NULL OR mrp_paise >= 0),
  -- cost of one base unit (per 1000 milli-units), free goods included
  unit_cost_paise INTEGER NOT NULL CHECK (unit_cost_paise >= 0),
  supplier_id TEXT REFERENCES suppliers (id),
  received_at TEXT NOT NULL,
  CHECK (mfg_date IS NULL OR expiry_date IS NULL OR mfg_date <= expiry_date)
) STRICT;
CREATE INDEX batches_product ON batches (product_id, expiry_date);
CREATE INDEX batches_expiry ON batches (expiry_date) WHERE expiry_date IS NOT NULL;

-- Moves now say which lot they touch and why (adjustments: damage, theft, expiry, count).
ALTER TABLE stock_moves ADD COLUMN batch_id TEXT REFERENCES batches (id);
ALTER TABLE stock_moves ADD COLUMN reason TEXT;
CREATE INDEX stock_moves_product_at ON stock_moves (product_id, id);

-- Balances, kept by the trigger below; never written by code. batch_id '' holds moves without a lot.
CREATE TABLE stock_levels (
  product_id TEXT PRIMARY KEY REFERENCES products (id),
  qty_milli INTEGER NOT NULL,
  value_paise INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE batch_stock (
  product_id TEXT NOT NULL REFERENCES products (id),
  batch_id TEXT NOT NULL,
  qty_milli INTEGER NOT NULL,
  value_paise INTEGER NOT NULL,
  PRIMARY KEY (product_id, batch_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER stock_moves_balance AFTER INSERT ON stock_moves
BEGIN
  INSERT INTO stock_levels (product_id, qty_milli, value_paise) VALUES (NEW.product_id, NEW.qty_milli, NEW.value_paise)
    ON CONFLICT (product_id) DO UPDATE SET qty_milli = qty_milli + excluded.qty_milli, value_paise = value_paise + excluded.value_paise;
  INSERT INTO batch_stock (product_id, batch_id, qty_milli, value_paise) VALUES (NEW.product_id, coalesce(NEW.batch_id, ''), NEW.qty_milli, NEW.value_paise)
    ON CONFLICT (product_id, batch_id) DO UPDATE SET qty_milli = qty_milli + excluded.qty_milli, value_paise = value_paise + excluded.value_paise;
END;

-- Balances of moves written before this migration.
INSERT INTO stock_levels (product_id, qty_milli, value_paise)
  SELECT product_id, sum(qty_milli), sum(value_paise) FROM stock_moves GROUP BY product_id;
INSERT INTO batch_stock (product_id, batch_id, qty_milli, value_paise)
  SELECT product_id, '', sum(qty_milli), sum(value_paise) FROM stock_moves GROUP BY product_id;

-- Purchase bills (goods received with the supplier's invoice) and purchase returns (debit notes).
CREATE TABLE purchase_orders (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 16),
  supplier_id TEXT NOT NULL REFERENCES suppliers (id),
  date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'partial', 'received', 'cancelled')),
  notes TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id, date);

CREATE TABLE purchase_order_lines (
  po_id TEXT NOT NULL REFERENCES purchase_orders (id),
  line_no INTEGER NOT NULL,
  product_id TEXT NOT NULL REFERENCES products (id),
  qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
  unit_cost_paise INTEGER NOT NULL CHECK (unit_cost_paise >= 0),
  received_milli INTEGER NOT NULL DEFAULT 0 CHECK (received_milli >= 0),
  PRIMARY KEY (po_id, line_no)
) STRICT, WITHOUT ROWID;

CREATE TABLE purchase_bills (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('bill', 'return')),
  -- the supplier's invoice number (bill), or our debit note number (return)
  number TEXT NOT NULL,
  supplier_id TEXT NOT NULL REFERENCES suppliers (id),
  date TEXT NOT NULL,
  supplier_date TEXT,
  against_id TEXT REFERENCES purchase_bills (id),
  po_id TEXT REFERENCES purchase_orders (id),
  supply TEXT NOT NULL CHECK (supply IN ('intra', 'inter')),
  taxable_paise INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  round_off_paise INTEGER NOT NULL,
  total_paise INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  UNIQUE (supplier_id, kind, number)
) STRICT;
CREATE INDEX purchase_bills_date ON purchase_bills (date);

CREATE TABLE purchase_lines (
  bill_id TEXT NOT NULL REFERENCES purchase_bills (id),
  line_no INTEGER NOT NULL,
  product_id TEXT NOT NULL REFERENCES products (id),
  batch_id TEXT NOT NULL REFERENCES batches (id),
  qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
  free_milli INTEGER NOT NULL DEFAULT 0 CHECK (free_milli >= 0),
  unit_cost_paise INTEGER NOT NULL CHECK (unit_cost_paise >= 0),
  discount_paise INTEGER NOT NULL CHECK (discount_paise >= 0),
  taxable_paise INTEGER NOT NULL,
  gst_rate_bp INTEGER NOT NULL,
  cess_rate_bp INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  total_paise INTEGER NOT NULL,
  PRIMARY KEY (bill_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX purchase_lines_batch ON purchase_lines (batch_id);

-- Stock takes: a count sheet is open while people count (on the counter PC or a tablet), then posted once.
CREATE TABLE stock_takes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'posted', 'cancelled')),
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  posted_at TEXT
) STRICT;

CREATE TABLE stock_take_lines (
  take_id TEXT NOT NULL REFERENCES stock_takes (id),
  product_id TEXT NOT NULL REFERENCES products (id),
  counted_milli INTEGER NOT NULL CHECK (counted_milli >= 0),
  counted_by TEXT NOT NULL REFERENCES users (id),
  counted_at TEXT NOT NULL,
  PRIMARY KEY (take_id, product_id)
) STRICT, WITHOUT ROWID;

-- Catalogue imports: the uploaded file is kept until it is committed, so a preview and the commit
-- read the same bytes, and a committed file is never imported twice.
CREATE TABLE catalog_imports (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  status TEXT NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'committed')),
  result TEXT CHECK (result IS NULL OR json_valid(result)),
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  committed_at TEXT
) STRICT;

CREATE TRIGGER purchase_bills_frozen BEFORE UPDATE ON purchase_bills BEGIN SELECT RAISE(ABORT, 'posted purchase documents are immutable; post a return'); END;
CREATE TRIGGER purchase_bills_no_delete BEFORE DELETE ON purchase_bills BEGIN SELECT RAISE(ABORT, 'purchase documents are never deleted'); END;
CREATE TRIGGER purchase_lines_frozen BEFORE UPDATE ON purchase_lines BEGIN SELECT RAISE(ABORT, 'purchase lines are immutable'); END;
CREATE TRIGGER purchase_lines_no_delete BEFORE DELETE ON purchase_lines BEGIN SELECT RAISE(ABORT, 'purchase lines are never deleted'); END;
CREATE TRIGGER stock_take_lines_posted BEFORE UPDATE ON stock_take_lines
WHEN (SELECT status FROM stock_takes WHERE id = OLD.take_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'a posted stock take is immutable'); END;
CREATE TRIGGER stock_takes_posted BEFORE UPDATE ON stock_takes WHEN OLD.status <> 'open'
BEGIN SELECT RAISE(ABORT, 'a posted stock take is immutable'); END;
