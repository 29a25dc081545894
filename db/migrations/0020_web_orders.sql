-- 0020: the customer web catalog. Settings → Web shop (one row of JSON, parsed with defaults by
-- the contract), the orders customers post (a server-written inbox: the customer never writes a
-- row directly; prices and stock are the counter's), and phone OTPs (only hashes are kept).
CREATE TABLE web_shop (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  settings TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE web_orders (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  request_hash TEXT NOT NULL,
  view_key_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  fulfilment TEXT NOT NULL CHECK (fulfilment IN ('pickup', 'delivery')),
  address TEXT NOT NULL,
  address_key TEXT NOT NULL,
  slot TEXT NOT NULL,
  payment TEXT NOT NULL CHECK (payment IN ('upi', 'cod')),
  lang TEXT NOT NULL CHECK (lang IN ('en', 'hi')),
  lines TEXT NOT NULL,
  items_paise INTEGER NOT NULL CHECK (items_paise >= 0),
  fee_paise INTEGER NOT NULL CHECK (fee_paise >= 0),
  total_paise INTEGER NOT NULL CHECK (total_paise >= 0),
  status TEXT NOT NULL CHECK (status IN ('placed', 'accepted', 'packed', 'out', 'ready', 'delivered', 'collected', 'cancelled')),
  reason TEXT,
  bill_number TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX web_orders_phone ON web_orders (phone, created_at);
CREATE INDEX web_orders_address ON web_orders (address_key, created_at);
CREATE INDEX web_orders_status ON web_orders (status, created_at);

CREATE TABLE web_otps (
  phone TEXT PRIMARY KEY,
  code_hash TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  sends INTEGER NOT NULL,
  window_start TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  token_hash TEXT,
  token_expires_at TEXT
) STRICT;
