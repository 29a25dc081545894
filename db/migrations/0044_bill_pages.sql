-- 0044: fewer pages written by every bill. First, the day totals keyed by date first. Keyed
-- account-first, each account a bill posts to (cash or UPI, sales, output CGST and SGST, cost of
-- goods, stock, round-off) had its row on a leaf of its own, so every bill rewrote about seven
-- pages of this table. Date-first, a day's rows sit together and a bill rewrites one page. The
-- reads, which all name an account, go through ledger_daily_account in the old key order; it
-- holds the key columns only, so it changes when a day's first line on an account adds a row,
-- not on every bill.
DROP TRIGGER journal_lines_daily;

CREATE TABLE ledger_daily_by_date (
  account_code TEXT NOT NULL,
  party_id TEXT NOT NULL,
  date TEXT NOT NULL,
  debit_paise INTEGER NOT NULL,
  credit_paise INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  PRIMARY KEY (date, account_code, party_id)
) STRICT, WITHOUT ROWID;
INSERT INTO ledger_daily_by_date (account_code, party_id, date, debit_paise, credit_paise, lines)
  SELECT account_code, party_id, date, debit_paise, credit_paise, lines FROM ledger_daily ORDER BY date, account_code, party_id;
DROP TABLE ledger_daily;
ALTER TABLE ledger_daily_by_date RENAME TO ledger_daily;
CREATE INDEX ledger_daily_account ON ledger_daily (account_code, party_id, date);

CREATE TRIGGER journal_lines_daily AFTER INSERT ON journal_lines BEGIN
  INSERT INTO ledger_daily (account_code, party_id, date, debit_paise, credit_paise, lines)
  VALUES (NEW.account_code, coalesce(NEW.party_id, ''), (SELECT date FROM journal_entries WHERE id = NEW.entry_id), NEW.debit_paise, NEW.credit_paise, 1)
  ON CONFLICT (date, account_code, party_id) DO UPDATE SET
    debit_paise = debit_paise + excluded.debit_paise, credit_paise = credit_paise + excluded.credit_paise, lines = lines + 1;
END;

-- A bill number is found through the (fy, number) key, one financial year at a time
-- (db/repos/billing/billing.ts idByNumber), so its own index, one more page every bill, goes.
DROP INDEX invoices_number;
