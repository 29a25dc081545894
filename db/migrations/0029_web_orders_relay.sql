-- 0029: a web order keeps the words of the slot the customer chose (slots are renumbered when the
-- owner edits them), and an order taken by the cloud relay keeps the relay's id, so the counter
-- can send its status back there.
ALTER TABLE web_orders ADD COLUMN slot_label TEXT NOT NULL DEFAULT '';
ALTER TABLE web_orders ADD COLUMN slot_label_hi TEXT NOT NULL DEFAULT '';
ALTER TABLE web_orders ADD COLUMN relay_id TEXT;
CREATE UNIQUE INDEX web_orders_relay ON web_orders (relay_id) WHERE relay_id IS NOT NULL;
-- Orders placed before keep the words their slot has in the saved settings now.
UPDATE web_orders SET
  slot_label = coalesce((SELECT json_extract(s.value, '$.label') FROM web_shop w, json_each(w.settings, '$.slots') s WHERE w.id = 1 AND json_extract(s.value, '$.id') = web_orders.slot), ''),
  slot_label_hi = coalesce((SELECT json_extract(s.value, '$.labelHi') FROM web_shop w, json_each(w.settings, '$.slots') s WHERE w.id = 1 AND json_extract(s.value, '$.id') = web_orders.slot), '')
WHERE slot <> '';
