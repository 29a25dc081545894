-- 0043: the parties' day totals (khata customers on DEBTORS, suppliers on CREDITORS) with their
-- amounts, in the order the khata reads them: party, then date. Khata ageing and the khata list
-- sum each party's days and walk its newest bills back until the amount due is covered; through
-- ledger_daily_account (key columns only) every one of those days was a lookup into the date-first
-- table. Only rows that name a party are in it, so a walk-in bill, which names none, writes nothing
-- here; a khata bill or a supplier's bill rewrites its party's leaf.
CREATE INDEX ledger_daily_party ON ledger_daily (account_code, party_id, date, debit_paise, credit_paise) WHERE party_id <> '';
