-- 0001: the counter billing spine. One file is one shop; every table is STRICT.
-- Posted documents are immutable: triggers refuse edits, corrections are new rows.

CREATE TABLE shop (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  gstin TEXT,
  state_code TEXT NOT NULL CHECK (length(state_code) = 2),
  composition INTEGER NOT NULL DEFAULT 0 CHECK (composition IN (0, 1)),
  round_off INTEGER NOT NULL DEFAULT 1 CHECK (round_off IN (0, 1)),
  fy_start_month INTEGER NOT NULL DEFAULT 4 CHECK (fy_start_month BETWEEN 1 AND 12),
  upi_vpa TEXT,
  receipt_footer TEXT NOT NULL DEFAULT '',
  printer TEXT NOT NULL DEFAULT '{"kind":"none"}' CHECK (json_valid(printer)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('staff', 'manager', 'owner')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 5),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE products (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_hi TEXT,
  alt_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(alt_names)),
  hsn TEXT NOT NULL,
  gst_rate_bp INTEGER NOT NULL CHECK (gst_rate_bp BETWEEN 0 AND 10000),
  cess_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (cess_rate_bp BETWEEN 0 AND 10000),
  mrp_paise INTEGER CHECK (mrp_paise IS NULL OR mrp_paise >= 0),
  price_paise INTEGER NOT NULL CHECK (price_paise >= 0),
  cost_paise INTEGER NOT NULL DEFAULT 0 CHECK (cost_paise >= 0),
  unit TEXT NOT NULL,
  loose INTEGER NOT NULL DEFAULT 0 CHECK (loose IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (mrp_paise IS NULL OR price_paise <= mrp_paise)
) STRICT;

CREATE TABLE product_barcodes (
  barcode TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products (id)
) STRICT, WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes (product_id);

-- Search keys (name, Hindi/alt names, folded Hinglish spelling, consonant skeleton) are
-- computed by app/core/catalog/phonetic.ts and kept in step by the catalog repo.
CREATE VIRTUAL TABLE products_fts USING fts5 (
  name, alt, fold, skel,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TABLE customers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  gstin TEXT,
  state_code TEXT,
  address TEXT NOT NULL DEFAULT '',
  credit_limit_paise INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit_paise >= 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX customers_phone ON customers (phone) WHERE phone <> '';
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);

CREATE TABLE number_series (
  series TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  fy TEXT NOT NULL,
  last INTEGER NOT NULL CHECK (last > 0),
  PRIMARY KEY (series, doc_type, fy)
) STRICT, WITHOUT ROWID;

CREATE TABLE invoices (
  id TEXT PRIMARY KEY,
  client_ref TEXT NOT NULL UNIQUE,
  number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
  fy TEXT NOT NULL,
  doc_type TEXT NOT NULL CHECK (doc_type IN ('tax_invoice', 'bill_of_supply')),
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  customer_id TEXT REFERENCES customers (id),
  supply TEXT NOT NULL CHECK (supply IN ('intra', 'inter')),
  place_of_supply TEXT NOT NULL,
  amount_paise INTEGER NOT NULL,
  discount_paise INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  value_paise INTEGER NOT NULL,
  round_off_paise INTEGER NOT NULL,
  payable_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
  cancelled_at TEXT,
  cancel_reason TEXT,
  cancelled_by TEXT REFERENCES users (id),
  UNIQUE (fy, number)
) STRICT;
CREATE INDEX invoices_date ON invoices (date, created_at);
CREATE INDEX invoices_customer ON invoices (customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE invoice_lines (
  invoice_id TEXT NOT NULL REFERENCES invoices (id),
  line_no INTEGER NOT NULL,
  product_id TEXT NOT NULL REFERENCES products (id),
  name TEXT NOT NULL,
  name_hi TEXT,
  hsn TEXT NOT NULL,
  unit TEXT NOT NULL,
  qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
  unit_price_paise INTEGER NOT NULL,
  mrp_paise INTEGER,
  amount_paise INTEGER NOT NULL,
  discount_paise INTEGER NOT NULL,
  bill_discount_paise INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  gst_rate_bp INTEGER NOT NULL,
  cess_rate_bp INTEGER NOT NULL,
  cgst_paise INTEGER NOT NULL,
  sgst_paise INTEGER NOT NULL,
  igst_paise INTEGER NOT NULL,
  cess_paise INTEGER NOT NULL,
  total_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  PRIMARY KEY (invoice_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX invoice_lines_product ON invoice_lines (product_id);

CREATE TABLE payments (
  invoice_id TEXT NOT NULL REFERENCES invoices (id),
  seq INTEGER NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card', 'credit')),
  amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
  tendered_paise INTEGER NOT NULL,
  change_paise INTEGER NOT NULL CHECK (change_paise >= 0),
  reference TEXT,
  PRIMARY KEY (invoice_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE stock_moves (
  id INTEGER PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products (id),
  qty_milli INTEGER NOT NULL CHECK (qty_milli <> 0),
  value_paise INTEGER NOT NULL,
  kind TEXT NOT NULL,
  ref_type TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX stock_moves_product ON stock_moves (product_id);
CREATE INDEX stock_moves_ref ON stock_moves (ref_id);

CREATE TABLE accounts (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  system INTEGER NOT NULL DEFAULT 0 CHECK (system IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE journal_entries (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  voucher_type TEXT NOT NULL,
  ref_type TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  narration TEXT NOT NULL,
  reverses_id TEXT REFERENCES journal_entries (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX journal_entries_date ON journal_entries (date);
CREATE INDEX journal_entries_ref ON journal_entries (ref_id);

CREATE TABLE journal_lines (
  entry_id TEXT NOT NULL REFERENCES journal_entries (id),
  seq INTEGER NOT NULL,
  account_code TEXT NOT NULL REFERENCES accounts (code),
  debit_paise INTEGER NOT NULL CHECK (debit_paise >= 0),
  credit_paise INTEGER NOT NULL CHECK (credit_paise >= 0),
  party_id TEXT,
  PRIMARY KEY (entry_id, seq),
  CHECK ((debit_paise = 0) <> (credit_paise = 0))
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_lines_account ON journal_lines (account_code);
CREATE INDEX journal_lines_party ON journal_lines (party_id) WHERE party_id IS NOT NULL;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;

-- Events for other devices (sync): written in the same transaction as the change they announce.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  topic TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  sent_at TEXT
) STRICT;

CREATE TABLE print_jobs (
  id INTEGER PRIMARY KEY,
  invoice_id TEXT NOT NULL REFERENCES invoices (id),
  copy TEXT NOT NULL CHECK (copy IN ('original', 'duplicate')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'printed', 'failed', 'disabled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX print_jobs_invoice ON print_jobs (invoice_id);
CREATE INDEX print_jobs_pending ON print_jobs (status) WHERE status = 'pending';

-- Immutability of posted records.
CREATE TRIGGER invoices_frozen BEFORE UPDATE ON invoices
WHEN OLD.status = 'cancelled'
  OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.fy IS NOT OLD.fy OR NEW.date IS NOT OLD.date
  OR NEW.client_ref IS NOT OLD.client_ref OR NEW.doc_type IS NOT OLD.doc_type OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.supply IS NOT OLD.supply OR NEW.place_of_supply IS NOT OLD.place_of_supply
  OR NEW.taxable_paise IS NOT OLD.taxable_paise OR NEW.value_paise IS NOT OLD.value_paise OR NEW.payable_paise IS NOT OLD.payable_paise
  OR NEW.cgst_paise IS NOT OLD.cgst_paise OR NEW.sgst_paise IS NOT OLD.sgst_paise OR NEW.igst_paise IS NOT OLD.igst_paise OR NEW.cess_paise IS NOT OLD.cess_paise
  OR NEW.amount_paise IS NOT OLD.amount_paise OR NEW.discount_paise IS NOT OLD.discount_paise OR NEW.round_off_paise IS NOT OLD.round_off_paise
  OR NEW.cost_paise IS NOT OLD.cost_paise OR NEW.user_id IS NOT OLD.user_id OR NEW.device_id IS NOT OLD.device_id OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'posted invoices are immutable: only cancellation may change them'); END;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices BEGIN SELECT RAISE(ABORT, 'invoices are never deleted'); END;
CREATE TRIGGER invoice_lines_frozen BEFORE UPDATE ON invoice_lines BEGIN SELECT RAISE(ABORT, 'invoice lines are immutable'); END;
CREATE TRIGGER invoice_lines_no_delete BEFORE DELETE ON invoice_lines BEGIN SELECT RAISE(ABORT, 'invoice lines are never deleted'); END;
CREATE TRIGGER payments_frozen BEFORE UPDATE ON payments BEGIN SELECT RAISE(ABORT, 'payments are immutable'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments BEGIN SELECT RAISE(ABORT, 'payments are never deleted'); END;
CREATE TRIGGER stock_moves_frozen BEFORE UPDATE ON stock_moves BEGIN SELECT RAISE(ABORT, 'stock moves are append-only'); END;
CREATE TRIGGER stock_moves_no_delete BEFORE DELETE ON stock_moves BEGIN SELECT RAISE(ABORT, 'stock moves are append-only'); END;
CREATE TRIGGER journal_entries_frozen BEFORE UPDATE ON journal_entries BEGIN SELECT RAISE(ABORT, 'journal entries are immutable; post a reversal'); END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries BEGIN SELECT RAISE(ABORT, 'journal entries are never deleted'); END;
CREATE TRIGGER journal_lines_frozen BEFORE UPDATE ON journal_lines BEGIN SELECT RAISE(ABORT, 'journal lines are immutable; post a reversal'); END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines BEGIN SELECT RAISE(ABORT, 'journal lines are never deleted'); END;
CREATE TRIGGER audit_log_frozen BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
