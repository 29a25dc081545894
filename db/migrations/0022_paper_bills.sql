-- 0022: bills written by hand. A paper book has its own series (a prefix no counter and no series
-- of the shop's uses); a bill entered from it is an ordinary invoice (same books, stock and returns)
-- with a row here saying which book and number it came from and who entered it, when (late).
CREATE TABLE paper_books (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 60),
  prefix TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(prefix) BETWEEN 1 AND 14),
  width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 10),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE TABLE paper_bills (
  invoice_id TEXT PRIMARY KEY REFERENCES invoices (id),
  book_id TEXT NOT NULL REFERENCES paper_books (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  entered_at TEXT NOT NULL,
  entered_by TEXT NOT NULL REFERENCES users (id),
  UNIQUE (book_id, seq)
) STRICT;
