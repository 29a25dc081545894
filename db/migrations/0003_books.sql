-- 0003: books of accounts, GST returns, khata, bank reconciliation and the audit hash chain (issue #3).
-- Every money document is still a balanced journal entry; the tables here are the documents that
-- were missing (vouchers, credit notes, statements), the summaries the reports read, and guards.

-- Chart of accounts: the group places an account in the trial balance, P&L, balance sheet and Tally.
ALTER TABLE accounts ADD COLUMN account_group TEXT NOT NULL DEFAULT 'current_assets';
ALTER TABLE accounts ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
UPDATE accounts SET account_group = CASE code
  WHEN 'CASH' THEN 'cash' WHEN 'BANK' THEN 'bank' WHEN 'UPI_CLEARING' THEN 'clearing' WHEN 'CARD_CLEARING' THEN 'clearing'
  WHEN 'DEBTORS' THEN 'debtors' WHEN 'STOCK' THEN 'stock'
  WHEN 'INPUT_CGST' THEN 'input_tax' WHEN 'INPUT_SGST' THEN 'input_tax' WHEN 'INPUT_IGST' THEN 'input_tax' WHEN 'INPUT_CESS' THEN 'input_tax'
  WHEN 'CREDITORS' THEN 'creditors'
  WHEN 'OUTPUT_CGST' THEN 'output_tax' WHEN 'OUTPUT_SGST' THEN 'output_tax' WHEN 'OUTPUT_IGST' THEN 'output_tax' WHEN 'OUTPUT_CESS' THEN 'output_tax'
  WHEN 'CAPITAL' THEN 'capital' WHEN 'DRAWINGS' THEN 'capital' WHEN 'SALES' THEN 'sales' WHEN 'ROUND_OFF' THEN 'indirect_income'
  WHEN 'COGS' THEN 'cost_of_sales' WHEN 'STOCK_ADJUSTMENT' THEN 'cost_of_sales' WHEN 'CASH_OVER_SHORT' THEN 'indirect_expenses'
  ELSE CASE type WHEN 'asset' THEN 'current_assets' WHEN 'liability' THEN 'current_liabilities' WHEN 'equity' THEN 'capital'
    WHEN 'income' THEN 'indirect_income' ELSE 'indirect_expenses' END
END;

-- The books' own settings, one row: the khata credit-limit policy, the closed period, GST options.
CREATE TABLE books_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  credit_policy TEXT NOT NULL DEFAULT 'warn' CHECK (credit_policy IN ('warn', 'block')),
  -- books are closed up to and including this date: nothing may be posted on or before it
  closed_upto TEXT,
  consolidate_small_b2c INTEGER NOT NULL DEFAULT 0 CHECK (consolidate_small_b2c IN (0, 1)),
  -- aggregate annual turnover of the previous year, when the owner states it (else from the books)
  aato_paise INTEGER CHECK (aato_paise IS NULL OR aato_paise >= 0),
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO books_settings (id, updated_at) VALUES (1, '2026-01-01T00:00:00.000Z');

-- Nothing is posted into a closed period, whichever code tries (the services say so first, kindly).
CREATE TRIGGER journal_entries_closed_period BEFORE INSERT ON journal_entries
WHEN NEW.date <= coalesce((SELECT closed_upto FROM books_settings WHERE id = 1), '')
BEGIN SELECT RAISE(ABORT, 'the books are closed for this date'); END;

-- Khata and payables are sub-ledgers: every line on the control accounts names its party.
CREATE TRIGGER journal_lines_party_required BEFORE INSERT ON journal_lines
WHEN NEW.account_code IN ('DEBTORS', 'CREDITORS') AND (NEW.party_id IS NULL OR NEW.party_id = '')
BEGIN SELECT RAISE(ABORT, 'a line on sundry debtors or creditors needs its customer or supplier'); END;

-- Daily totals per account and party, kept by a trigger in the same transaction as the lines:
-- the trial balance, P&L, balance sheet and ageing read thousands of these, not a million lines.
CREATE TABLE ledger_daily (
  account_code TEXT NOT NULL,
  party_id TEXT NOT NULL,
  date TEXT NOT NULL,
  debit_paise INTEGER NOT NULL,
  credit_paise INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  PRIMARY KEY (account_code, party_id, date)
) STRICT, WITHOUT ROWID;
CREATE INDEX ledger_daily_date ON ledger_daily (date);
INSERT INTO ledger_daily (account_code, party_id, date, debit_paise, credit_paise, lines)
  SELECT l.account_code, coalesce(l.party_id, ''), e.date, sum(l.debit_paise), sum(l.credit_paise), count(*)
  FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id GROUP BY 1, 2, 3;
CREATE TRIGGER journal_lines_daily AFTER INSERT ON journal_lines BEGIN
  INSERT INTO ledger_daily (account_code, party_id, date, debit_paise, credit_paise, lines)
  VALUES (NEW.account_code, coalesce(NEW.party_id, ''), (SELECT date FROM journal_entries WHERE id = NEW.entry_id), NEW.debit_paise, NEW.credit_paise, 1)
  ON CONFLICT (account_code, party_id, date) DO UPDATE SET
    debit_paise = debit_paise + excluded.debit_paise, credit_paise = credit_paise + excluded.credit_paise, lines = lines + 1;
END;
CREATE INDEX journal_entries_created ON journal_entries (created_at);

-- Money vouchers: receipts (khata payments), payments, expenses, contra, journal, cash counts.
CREATE TABLE vouchers (
  id TEXT PRIMARY KEY,
  client_ref TEXT UNIQUE,
  number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
  fy TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('receipt', 'payment', 'expense', 'contra', 'journal', 'register')),
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  party_type TEXT CHECK (party_type IS NULL OR party_type IN ('customer', 'supplier')),
  party_id TEXT,
  amount_paise INTEGER NOT NULL CHECK (amount_paise >= 0),
  method TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  narration TEXT NOT NULL DEFAULT '',
  reversed_at TEXT,
  reversed_by TEXT REFERENCES users (id),
  reverse_reason TEXT,
  UNIQUE (fy, number)
) STRICT;
CREATE INDEX vouchers_date ON vouchers (date);
CREATE INDEX vouchers_party ON vouchers (party_id) WHERE party_id IS NOT NULL;
CREATE TRIGGER vouchers_frozen BEFORE UPDATE ON vouchers
WHEN OLD.reversed_at IS NOT NULL OR NEW.reversed_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.fy IS NOT OLD.fy OR NEW.kind IS NOT OLD.kind OR NEW.date IS NOT OLD.date
  OR NEW.amount_paise IS NOT OLD.amount_paise OR NEW.party_id IS NOT OLD.party_id OR NEW.party_type IS NOT OLD.party_type
  OR NEW.user_id IS NOT OLD.user_id OR NEW.created_at IS NOT OLD.created_at OR NEW.method IS NOT OLD.method
  OR NEW.reference IS NOT OLD.reference OR NEW.narration IS NOT OLD.narration OR NEW.client_ref IS NOT OLD.client_ref
BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable: only a reversal may mark them'); END;
CREATE TRIGGER vouchers_no_delete BEFORE DELETE ON vouchers BEGIN SELECT RAISE(ABORT, 'vouchers are never deleted'); END;

-- The cash drawer: opened and closed with counted cash; the difference posts to cash over and short.
CREATE TABLE cash_registers (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  business_date TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL REFERENCES users (id),
  opening_counted_paise INTEGER NOT NULL CHECK (opening_counted_paise >= 0),
  opening_book_paise INTEGER NOT NULL,
  closed_at TEXT,
  closed_by TEXT REFERENCES users (id),
  closing_counted_paise INTEGER CHECK (closing_counted_paise IS NULL OR closing_counted_paise >= 0),
  closing_book_paise INTEGER,
  denominations TEXT CHECK (denominations IS NULL OR json_valid(denominations)),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed'))
) STRICT;
CREATE UNIQUE INDEX cash_registers_one_open ON cash_registers (status) WHERE status = 'open';
CREATE TRIGGER cash_registers_frozen BEFORE UPDATE ON cash_registers
WHEN OLD.status = 'closed' OR NEW.id IS NOT OLD.id OR NEW.opened_at IS NOT OLD.opened_at OR NEW.opening_counted_paise IS NOT OLD.opening_counted_paise
  OR NEW.opening_book_paise IS NOT OLD.opening_book_paise OR NEW.business_date IS NOT OLD.business_date
BEGIN SELECT RAISE(ABORT, 'a closed register is immutable'); END;
CREATE TRIGGER cash_registers_no_delete BEFORE DELETE ON cash_registers BEGIN SELECT RAISE(ABORT, 'registers are never deleted'); END;

-- Daily GST summary of bills and credit notes by table (b2b, b2cl, b2cs), place of supply, HSN,
-- unit and rate, kept by triggers as bills, cancellations and credit notes are written: GSTR-1's
-- b2cs, nil and HSN tables and GSTR-3B read a few thousand rows a year from it. app/core/gst/
-- return-docs.ts summarize() is the same rule in TypeScript, and a test holds the two together.
CREATE TABLE gst_daily (
  date TEXT NOT NULL,
  doc TEXT NOT NULL CHECK (doc IN ('invoice', 'credit_note')),
  doc_type TEXT NOT NULL CHECK (doc_type IN ('tax_invoice', 'bill_of_supply')),
  class TEXT NOT NULL CHECK (class IN ('b2b', 'b2cl', 'b2cs')),
  supply TEXT NOT NULL,
  pos TEXT NOT NULL,
  hsn TEXT NOT NULL,
  unit TEXT NOT NULL,
  gst_rate_bp INTEGER NOT NULL,
  cess_rate_bp INTEGER NOT NULL,
  name TEXT NOT NULL,
  lines INTEGER NOT NULL,
  qty_milli INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  PRIMARY KEY (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp)
) STRICT, WITHOUT ROWID;
INSERT INTO gst_daily
  SELECT i.date, 'invoice', i.doc_type,
    CASE WHEN coalesce(c.gstin, '') <> '' THEN 'b2b' WHEN i.supply = 'inter' AND i.payable_paise > 10000000 THEN 'b2cl' ELSE 'b2cs' END,
    i.supply, i.place_of_supply, l.hsn, l.unit, l.gst_rate_bp, l.cess_rate_bp, min(l.name), count(*), sum(l.qty_milli),
    sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise), sum(l.igst_paise), sum(l.cess_paise)
  FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id LEFT JOIN customers c ON c.id = i.customer_id
  WHERE i.status = 'posted'
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
CREATE TRIGGER invoice_lines_gst_daily AFTER INSERT ON invoice_lines BEGIN
  INSERT INTO gst_daily
  SELECT i.date, 'invoice', i.doc_type,
    CASE WHEN coalesce(c.gstin, '') <> '' THEN 'b2b' WHEN i.supply = 'inter' AND i.payable_paise > 10000000 THEN 'b2cl' ELSE 'b2cs' END,
    i.supply, i.place_of_supply, NEW.hsn, NEW.unit, NEW.gst_rate_bp, NEW.cess_rate_bp, NEW.name, 1, NEW.qty_milli,
    NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise, NEW.igst_paise, NEW.cess_paise
  FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.id = NEW.invoice_id
  ON CONFLICT (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp) DO UPDATE SET
    name = min(name, excluded.name), lines = lines + excluded.lines, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise,
    igst_paise = igst_paise + excluded.igst_paise, cess_paise = cess_paise + excluded.cess_paise;
END;
CREATE TRIGGER invoices_cancelled_gst_daily AFTER UPDATE OF status ON invoices WHEN OLD.status = 'posted' AND NEW.status = 'cancelled' BEGIN
  INSERT INTO gst_daily
  SELECT NEW.date, 'invoice', NEW.doc_type,
    CASE WHEN coalesce(c.gstin, '') <> '' THEN 'b2b' WHEN NEW.supply = 'inter' AND NEW.payable_paise > 10000000 THEN 'b2cl' ELSE 'b2cs' END,
    NEW.supply, NEW.place_of_supply, l.hsn, l.unit, l.gst_rate_bp, l.cess_rate_bp, l.name, -1, -l.qty_milli,
    -l.taxable_paise, -l.cgst_paise, -l.sgst_paise, -l.igst_paise, -l.cess_paise
  FROM invoice_lines l LEFT JOIN customers c ON c.id = NEW.customer_id WHERE l.invoice_id = NEW.id
  ON CONFLICT (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp) DO UPDATE SET
    lines = lines + excluded.lines, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise,
    igst_paise = igst_paise + excluded.igst_paise, cess_paise = cess_paise + excluded.cess_paise;
END;

-- GSTR-1 table 13 (documents issued) per day and series: first and last numbers, how many, how many
-- cancelled, and how many numbers rule 46 would refuse, so a year's table is a few hundred rows
-- read, not every bill. The series is the number without its trailing digits (as in docSeries).
CREATE TABLE doc_daily (
  date TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  prefix TEXT NOT NULL,
  total INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  first_seq INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  first TEXT NOT NULL,
  last TEXT NOT NULL,
  bad INTEGER NOT NULL,
  PRIMARY KEY (date, doc_type, prefix)
) STRICT, WITHOUT ROWID;
INSERT INTO doc_daily (date, doc_type, prefix, total, cancelled, first_seq, last_seq, first, last, bad)
  SELECT date, doc_type, prefix, 1, status = 'cancelled', seq, seq, number, number, bad FROM (
    SELECT date, doc_type, status, number, rtrim(number, '0123456789') AS prefix,
      CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) AS seq,
      (length(number) > 16 OR number GLOB '*[^A-Za-z0-9/-]*') AS bad
    FROM invoices) WHERE true
  ON CONFLICT (date, doc_type, prefix) DO UPDATE SET
    total = total + 1, cancelled = cancelled + excluded.cancelled, bad = bad + excluded.bad,
    first = CASE WHEN excluded.first_seq < first_seq THEN excluded.first ELSE first END, first_seq = min(first_seq, excluded.first_seq),
    last = CASE WHEN excluded.last_seq > last_seq THEN excluded.last ELSE last END, last_seq = max(last_seq, excluded.last_seq);
CREATE TRIGGER invoices_doc_daily AFTER INSERT ON invoices BEGIN
  INSERT INTO doc_daily (date, doc_type, prefix, total, cancelled, first_seq, last_seq, first, last, bad)
  VALUES (NEW.date, NEW.doc_type, rtrim(NEW.number, '0123456789'), 1, 0,
    CAST(substr(NEW.number, length(rtrim(NEW.number, '0123456789')) + 1) AS INTEGER), CAST(substr(NEW.number, length(rtrim(NEW.number, '0123456789')) + 1) AS INTEGER),
    NEW.number, NEW.number, (length(NEW.number) > 16 OR NEW.number GLOB '*[^A-Za-z0-9/-]*'))
  ON CONFLICT (date, doc_type, prefix) DO UPDATE SET
    total = total + 1, bad = bad + excluded.bad,
    first = CASE WHEN excluded.first_seq < first_seq THEN excluded.first ELSE first END, first_seq = min(first_seq, excluded.first_seq),
    last = CASE WHEN excluded.last_seq > last_seq THEN excluded.last ELSE last END, last_seq = max(last_seq, excluded.last_seq);
END;
CREATE TRIGGER invoices_cancelled_doc_daily AFTER UPDATE OF status ON invoices WHEN OLD.status = 'posted' AND NEW.status = 'cancelled' BEGIN
  UPDATE doc_daily SET cancelled = cancelled + 1 WHERE date = NEW.date AND doc_type = NEW.doc_type AND prefix = rtrim(NEW.number, '0123456789');
END;
-- The few inter-state bills over ₹1 lakh that GSTR-1 lists one by one (b2cl) without reading every bill.
CREATE INDEX invoices_b2cl ON invoices (date) WHERE supply = 'inter' AND payable_paise > 10000000;

-- Sales returns: a credit note against one bill, stock back at the bill's cost.
CREATE TABLE credit_notes (
  id TEXT PRIMARY KEY,
  client_ref TEXT NOT NULL UNIQUE,
  number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
  fy TEXT NOT NULL,
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  invoice_id TEXT NOT NULL REFERENCES invoices (id),
  customer_id TEXT REFERENCES customers (id),
  doc_type TEXT NOT NULL CHECK (doc_type IN ('tax_invoice', 'bill_of_supply')),
  supply TEXT NOT NULL CHECK (supply IN ('intra', 'inter')),
  place_of_supply TEXT NOT NULL,
  reason TEXT NOT NULL,
  refund_method TEXT NOT NULL CHECK (refund_method IN ('cash', 'upi', 'card', 'bank', 'credit')),
  taxable_paise INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  value_paise INTEGER NOT NULL,
  round_off_paise INTEGER NOT NULL,
  total_paise INTEGER NOT NULL CHECK (total_paise >= 0),
  cost_paise INTEGER NOT NULL,
  UNIQUE (fy, number)
) STRICT;
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);
CREATE INDEX credit_notes_date ON credit_notes (date);

CREATE TABLE credit_note_lines (
  credit_note_id TEXT NOT NULL REFERENCES credit_notes (id),
  line_no INTEGER NOT NULL,
  invoice_line_no INTEGER NOT NULL,
  product_id TEXT NOT NULL REFERENCES products (id),
  name TEXT NOT NULL,
  hsn TEXT NOT NULL,
  unit TEXT NOT NULL,
  qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
  gst_rate_bp INTEGER NOT NULL,
  cess_rate_bp INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  total_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  PRIMARY KEY (credit_note_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER credit_notes_frozen BEFORE UPDATE ON credit_notes BEGIN SELECT RAISE(ABORT, 'credit notes are immutable'); END;
CREATE TRIGGER credit_notes_no_delete BEFORE DELETE ON credit_notes BEGIN SELECT RAISE(ABORT, 'credit notes are never deleted'); END;
CREATE TRIGGER credit_note_lines_frozen BEFORE UPDATE ON credit_note_lines BEGIN SELECT RAISE(ABORT, 'credit note lines are immutable'); END;
CREATE TRIGGER credit_note_lines_no_delete BEFORE DELETE ON credit_note_lines BEGIN SELECT RAISE(ABORT, 'credit note lines are never deleted'); END;

CREATE TRIGGER credit_note_lines_gst_daily AFTER INSERT ON credit_note_lines BEGIN
  INSERT INTO gst_daily
  SELECT n.date, 'credit_note', n.doc_type,
    CASE WHEN coalesce(c.gstin, '') <> '' THEN 'b2b' WHEN n.supply = 'inter' AND i.payable_paise > 10000000 THEN 'b2cl' ELSE 'b2cs' END,
    n.supply, n.place_of_supply, NEW.hsn, NEW.unit, NEW.gst_rate_bp, NEW.cess_rate_bp, NEW.name, 1, NEW.qty_milli,
    NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise, NEW.igst_paise, NEW.cess_paise
  FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id LEFT JOIN customers c ON c.id = i.customer_id WHERE n.id = NEW.credit_note_id
  ON CONFLICT (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp) DO UPDATE SET
    name = min(name, excluded.name), lines = lines + excluded.lines, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise,
    igst_paise = igst_paise + excluded.igst_paise, cess_paise = cess_paise + excluded.cess_paise;
END;

-- GST rates by HSN with the date they take effect (GST 2.0 from 22-09-2025; older rows stay for old bills).
CREATE TABLE gst_rates (
  hsn TEXT NOT NULL CHECK (hsn GLOB '[0-9][0-9][0-9][0-9]*' AND length(hsn) IN (4, 6, 8)),
  effective_from TEXT NOT NULL,
  gst_rate_bp INTEGER NOT NULL CHECK (gst_rate_bp BETWEEN 0 AND 10000),
  cess_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (cess_rate_bp BETWEEN 0 AND 10000),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (hsn, effective_from)
) STRICT, WITHOUT ROWID;

-- The day's consolidated tax invoice for small B2C bills (s.31(3)(b)): the slips it covers.
CREATE TABLE consolidated_invoices (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
  fy TEXT NOT NULL,
  date TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  bills INTEGER NOT NULL CHECK (bills > 0),
  taxable_paise INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  value_paise INTEGER NOT NULL,
  UNIQUE (fy, number)
) STRICT;
CREATE TABLE consolidated_members (
  invoice_id TEXT PRIMARY KEY REFERENCES invoices (id),
  consolidated_id TEXT NOT NULL REFERENCES consolidated_invoices (id)
) STRICT, WITHOUT ROWID;
CREATE INDEX consolidated_members_of ON consolidated_members (consolidated_id);
CREATE TRIGGER consolidated_invoices_frozen BEFORE UPDATE ON consolidated_invoices BEGIN SELECT RAISE(ABORT, 'consolidated invoices are immutable'); END;
CREATE TRIGGER consolidated_invoices_no_delete BEFORE DELETE ON consolidated_invoices BEGIN SELECT RAISE(ABORT, 'consolidated invoices are never deleted'); END;
CREATE TRIGGER consolidated_members_frozen BEFORE UPDATE ON consolidated_members BEGIN SELECT RAISE(ABORT, 'consolidated invoices are immutable'); END;
CREATE TRIGGER consolidated_members_no_delete BEFORE DELETE ON consolidated_members BEGIN SELECT RAISE(ABORT, 'consolidated invoices are never deleted'); END;

-- Bank statements as imported; a line's key makes a second import of the same lines a duplicate.
CREATE TABLE bank_statements (
  id TEXT PRIMARY KEY,
  account_code TEXT NOT NULL REFERENCES accounts (code),
  file_name TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL REFERENCES users (id),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  lines INTEGER NOT NULL,
  closing_balance_paise INTEGER
) STRICT;
CREATE TABLE bank_lines (
  id TEXT PRIMARY KEY,
  statement_id TEXT NOT NULL REFERENCES bank_statements (id),
  account_code TEXT NOT NULL REFERENCES accounts (code),
  line_no INTEGER NOT NULL,
  date TEXT NOT NULL,
  value_date TEXT,
  narration TEXT NOT NULL,
  reference TEXT NOT NULL,
  -- signed: a deposit is positive, a withdrawal negative
  amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
  balance_paise INTEGER,
  line_key TEXT NOT NULL,
  UNIQUE (account_code, line_key)
) STRICT;
CREATE INDEX bank_lines_account_date ON bank_lines (account_code, date);
CREATE TRIGGER bank_lines_frozen BEFORE UPDATE ON bank_lines BEGIN SELECT RAISE(ABORT, 'imported statement lines are immutable'); END;
-- A statement line matched to the journal line (entry, seq) on the bank account that it is.
CREATE TABLE bank_matches (
  bank_line_id TEXT PRIMARY KEY REFERENCES bank_lines (id),
  entry_id TEXT NOT NULL REFERENCES journal_entries (id),
  seq INTEGER NOT NULL,
  how TEXT NOT NULL CHECK (how IN ('auto', 'manual', 'posted')),
  matched_at TEXT NOT NULL,
  matched_by TEXT
) STRICT;
CREATE UNIQUE INDEX bank_matches_book_line ON bank_matches (entry_id, seq);
-- Which days' UPI and card collections a settlement entry moved from clearing to the bank.
CREATE TABLE clearing_settlements (
  account_code TEXT NOT NULL REFERENCES accounts (code),
  business_date TEXT NOT NULL,
  entry_id TEXT NOT NULL REFERENCES journal_entries (id),
  PRIMARY KEY (account_code, business_date)
) STRICT, WITHOUT ROWID;

-- The audit log becomes a hash chain: each row carries the hash of the row before it and its own.
-- Rows written before this migration are sealed, not rewritten (they are immutable): the first
-- row the app appends after it is an 'audit.seal' row whose record holds a digest of all of them.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64
  OR NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'audit rows must extend the hash chain'); END;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
