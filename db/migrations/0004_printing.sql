-- 0004: counter hardware and printing (issue #5).
-- Settings for the pole display and the scanner live beside the printer's, as JSON the contract
-- parses with defaults. Every print attempt is kept (append-only), so a receipt that partly came
-- out is known and the next copy says DUPLICATE. Share links let a customer open one invoice PDF.

ALTER TABLE shop ADD COLUMN pole_display TEXT NOT NULL DEFAULT '{"kind":"none"}' CHECK (json_valid(pole_display));
ALTER TABLE shop ADD COLUMN scanner TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(scanner));

CREATE TABLE print_attempts (
  id INTEGER PRIMARY KEY,
  job_id INTEGER NOT NULL REFERENCES print_jobs (id),
  attempt INTEGER NOT NULL CHECK (attempt >= 1),
  started_at TEXT NOT NULL,
  ms INTEGER NOT NULL CHECK (ms >= 0),
  -- partial: bytes reached the printer but the receipt may be cut short (link dropped, paper ran out)
  outcome TEXT NOT NULL CHECK (outcome IN ('printed', 'failed', 'partial')),
  error TEXT,
  UNIQUE (job_id, attempt)
) STRICT;
CREATE INDEX print_attempts_job ON print_attempts (job_id);
CREATE TRIGGER print_attempts_frozen BEFORE UPDATE ON print_attempts BEGIN SELECT RAISE(ABORT, 'print attempts are append-only'); END;
CREATE TRIGGER print_attempts_no_delete BEFORE DELETE ON print_attempts BEGIN SELECT RAISE(ABORT, 'print attempts are append-only'); END;

CREATE TABLE share_links (
  token_hash TEXT PRIMARY KEY,
  invoice_id TEXT NOT NULL REFERENCES invoices (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX share_links_invoice ON share_links (invoice_id);
