-- 0010: the shop's own identity and numbering, set by the first-run set-up and Settings → Shop.
-- legal_name: the registered name printed on tax invoices and returns ('' = the trading name).
-- upi_payee: the name the customer's UPI app shows ('' = the trading name).
-- demo: the demo shop, marked DEMO on every screen and receipt; a real shop is set up in a new file.
-- numbering: JSON, per document kind the shop's own prefix and the width of its number
-- ('{}' = each counter's own series, C1/2627/00042).
ALTER TABLE shop ADD COLUMN legal_name TEXT NOT NULL DEFAULT '';
ALTER TABLE shop ADD COLUMN upi_payee TEXT NOT NULL DEFAULT '';
ALTER TABLE shop ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));
ALTER TABLE shop ADD COLUMN numbering TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(numbering));

-- A shop file made by an earlier first run holds the demo shop: it says so from now on.
UPDATE shop SET demo = 1 WHERE name = 'Sharma General Store' AND upi_vpa = 'sharmastore@upi';
