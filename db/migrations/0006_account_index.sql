-- 0006: the journal's account index leaves out the accounts nearly every bill posts to (issue #2's
-- post-bill target). A bill's eight journal lines each went to a different page of it: about ten
-- WAL pages a bill. Their ledgers are read by date instead; the list is EVERY_BILL_ACCOUNTS in
-- db/repos/account-lines.ts (a test holds the two together).
DROP INDEX journal_lines_account;
CREATE INDEX journal_lines_account ON journal_lines (account_code)
  WHERE account_code NOT IN ('CASH', 'UPI_CLEARING', 'SALES', 'OUTPUT_CGST', 'OUTPUT_SGST', 'ROUND_OFF', 'COGS', 'STOCK');
