-- 0015: khata reminder pay pages. A reminder sent by WhatsApp carries an https link to a page the
-- shop's host serves (the QR and a tap-to-pay link for the amount due); the link's key opens that one
-- customer's page and nothing else, until it expires. Only the key's hash is kept.
CREATE TABLE pay_links (
  token_hash TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  amount_paise INTEGER NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('en', 'hi')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX pay_links_customer ON pay_links (customer_id);
