-- 0042: the bills' lines by product, HSN, day and bill for the custom report's questions about what
-- was sold (product, category, brand, supplier, HSN) that the month summary (0031) cannot answer: a
-- bill count by category, brand, supplier or HSN, a day or week series filtered by what a product
-- is, a period without a whole month. Kept in product order, so a report grouped by what a product
-- is reads one product after another and never sorts the lines. Like the other summaries nothing
-- writes it while a bill is posted: it is brought up to date when read
-- (db/repos/reports/product-lines.ts) from the last invoice and credit note folded in, and a day
-- whose count of cancelled bills (doc_daily) moved is made again from its bills. Returns come off
-- the line they return.
CREATE TABLE sales_product_lines (
  product_id TEXT NOT NULL,
  hsn TEXT NOT NULL,
  date TEXT NOT NULL,
  -- the bill's invoice rowid: bills are never deleted, so their rowids stay put, and a number is
  -- counted once per group far faster than an id
  bill INTEGER NOT NULL,
  -- the greatest Hindi name the bill's lines of this product carried
  name_hi TEXT,
  qty_milli INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  tax_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  PRIMARY KEY (product_id, hsn, date, bill)
) STRICT, WITHOUT ROWID;

-- Every product and HSN pair sold: the report walks these in the order of its grouping.
CREATE TABLE sales_product_hsn (
  product_id TEXT NOT NULL,
  hsn TEXT NOT NULL,
  PRIMARY KEY (product_id, hsn)
) STRICT, WITHOUT ROWID;

-- Each day with bills folded in, and its cancelled bills as doc_daily counted them when last seen.
CREATE TABLE sales_product_days (
  date TEXT PRIMARY KEY,
  cancels_seen INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- How far this summary has read: the last invoice and credit note rowid folded in.
CREATE TABLE sales_product_marks (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  invoice_rowid INTEGER NOT NULL,
  credit_note_rowid INTEGER NOT NULL
) STRICT;
INSERT INTO sales_product_marks (id, invoice_rowid, credit_note_rowid) VALUES (1, 0, 0);
