-- 0011: bills put on hold at the counter live on the host, so any device of the shop can resume
-- them and a browser profile wiped clean loses none. `bill` is the open bill as the counter keeps
-- it (JSON, checked against the contract when read); a resumed bill's row is deleted.
CREATE TABLE held_bills (
  id TEXT PRIMARY KEY,
  client_ref TEXT NOT NULL UNIQUE,
  held_at TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  customer_name TEXT,
  item_count INTEGER NOT NULL,
  payable_paise INTEGER NOT NULL,
  bill TEXT NOT NULL
) STRICT;
CREATE INDEX held_bills_held_at ON held_bills (held_at);
CREATE INDEX invoices_number ON invoices (number);
