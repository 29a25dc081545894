-- 0031: a month-by-product summary of the bills' lines for the custom report builder, so a year of
-- 600k lines is read as a few tens of thousands of rows. Nothing writes it while a bill is posted:
-- it is brought up to date when read (db/repos/reports/sales-summary.ts), from the last invoice and
-- credit note folded in (their rowids only grow: both tables refuse deletes). A month whose count of
-- cancelled bills (doc_daily, kept by its triggers) differs from the count last seen is made again
-- from its lines. Returns are taken off the bill they return, in that bill's month.
CREATE TABLE sales_month_product (
  month TEXT NOT NULL,
  product_id TEXT NOT NULL,
  -- the greatest Hindi name the lines carried, shown when the product has none of its own
  name_hi TEXT,
  qty_milli INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  tax_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  -- bills with a line of this product this month: a bill is in one month, so these add up over months
  bills INTEGER NOT NULL,
  PRIMARY KEY (month, product_id)
) STRICT, WITHOUT ROWID;

-- Posted bills with lines per month (a bill counted once however many products it holds), and the
-- month's cancelled bills as doc_daily counted them when the month was last brought up to date.
CREATE TABLE sales_month_bills (
  month TEXT PRIMARY KEY,
  bills INTEGER NOT NULL,
  cancels_seen INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- How far the summary has read: the last invoice and credit note rowid folded in.
CREATE TABLE sales_summary_marks (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  invoice_rowid INTEGER NOT NULL,
  credit_note_rowid INTEGER NOT NULL
) STRICT;
INSERT INTO sales_summary_marks (id, invoice_rowid, credit_note_rowid) VALUES (1, 0, 0);
