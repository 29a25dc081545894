-- 0034: each account's running totals, kept by a trigger in the same transaction as its journal
-- lines. Every posting checks that no account leaves the books' range (app/core/accounting/posting.ts
-- checkBooksRange); summed from ledger_daily that read every day of an account's history on every
-- bill (0.3 ms a bill on a year's file, growing each year). Here it is one row an account, a single
-- small page a bill. Journal lines are never updated or deleted, so inserts are all it follows.
CREATE TABLE ledger_totals (
  account_code TEXT PRIMARY KEY,
  debit_paise INTEGER NOT NULL,
  credit_paise INTEGER NOT NULL,
  lines INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO ledger_totals (account_code, debit_paise, credit_paise, lines)
  SELECT account_code, sum(debit_paise), sum(credit_paise), count(*) FROM journal_lines GROUP BY account_code;

CREATE TRIGGER journal_lines_totals AFTER INSERT ON journal_lines BEGIN
  INSERT INTO ledger_totals (account_code, debit_paise, credit_paise, lines) VALUES (NEW.account_code, NEW.debit_paise, NEW.credit_paise, 1)
  ON CONFLICT (account_code) DO UPDATE SET
    debit_paise = debit_paise + excluded.debit_paise, credit_paise = credit_paise + excluded.credit_paise, lines = lines + 1;
END;
