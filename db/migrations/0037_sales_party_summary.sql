-- 0037: a summary of the bills by day and by who and how: customer, cashier and tender, for the
-- custom report's groupings and filters that are a bill's own (day, week, month, customer, cashier,
-- tender), so a year of 600k lines is read as a few tens of thousands of rows. Like the month summary
-- (0031) nothing writes it while a bill is posted: it is brought up to date when read
-- (db/repos/reports/party-summary.ts) from the last invoice and credit note folded in, and a day whose
-- count of cancelled bills (doc_daily) moved is made again from its bills. Returns come off the bill
-- they return, on that bill's day.
CREATE TABLE sales_day_party (
  date TEXT NOT NULL,
  -- '' for a bill without a customer (a key column cannot be NULL here)
  customer_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  -- the one way the bill was paid, 'mixed' when split across ways, 'none' when unpaid
  tender TEXT NOT NULL,
  bills INTEGER NOT NULL,
  qty_milli INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  tax_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  PRIMARY KEY (date, customer_id, user_id, tender)
) STRICT, WITHOUT ROWID;

-- Each day with bills folded in, and its cancelled bills as doc_daily counted them when last seen.
CREATE TABLE sales_party_days (
  date TEXT PRIMARY KEY,
  cancels_seen INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- How far this summary has read: the last invoice and credit note rowid folded in.
CREATE TABLE sales_party_marks (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  invoice_rowid INTEGER NOT NULL,
  credit_note_rowid INTEGER NOT NULL
) STRICT;
INSERT INTO sales_party_marks (id, invoice_rowid, credit_note_rowid) VALUES (1, 0, 0);
