import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docSeries } from '../../app/core/gst/return-docs';
import { trialBalanceDifference, unbalancedEntries } from '../support/accounting';
import { checkAfterCommands, commandArb, type World } from './model';

/**
 * Any sequence of sales, returns, cancellations, receipts, payments, expenses, contra and cash
 * register counts leaves: every entry balanced and the trial balance at zero; the debtors control
 * account equal to the sum of the khata balances; the stock account equal to the value of the
 * stock moves (the inventory valuation). books-stock-properties.test.ts adds purchases, debit
 * notes, supplier payments and stock adjustments to the same commands.
 */
async function checkBooks(w: World) {
  const raw = w.host.store.raw;
  expect(unbalancedEntries(raw)).toEqual([]);
  expect(trialBalanceDifference(raw)).toBe(0);
  // to the end of the year: the clock moves on by hours and the shop's day is in IST
  const tb = await w.manager.call('accounting.trialBalance', { from: '2026-04-01', to: '2027-03-31' });
  expect(tb.totals.closingDebitPaise).toBe(tb.totals.closingCreditPaise);
  const debtors = tb.rows.filter((r) => r.code === 'DEBTORS').reduce((s, r) => s + r.closingPaise, 0);
  const khata = await w.manager.call('khata.customers', { limit: 1000 });
  expect(debtors).toBe(khata.reduce((s, c) => s + c.balancePaise, 0));
  const stock = tb.rows.filter((r) => r.code === 'STOCK').reduce((s, r) => s + r.closingPaise, 0);
  const valuation = (raw.prepare('SELECT coalesce(sum(value_paise), 0) AS v FROM stock_moves').get() as { v: number }).v;
  expect(stock).toBe(valuation);
  // GSTR-1 table 13 from the trigger-kept doc_daily equals the rule applied to the documents themselves
  const bills = raw.prepare("SELECT number, status FROM invoices WHERE doc_type = 'tax_invoice'").all() as Array<{ number: string; status: string }>;
  const notes = raw.prepare("SELECT number FROM credit_notes WHERE doc_type = 'tax_invoice'").all() as Array<{ number: string }>;
  const key = (s: { kind: string; series: string }) => `${s.kind}|${s.series}`;
  const sorted = <T extends { kind: string; series: string }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  expect(sorted(w.host.store.gst.series('2026-04-01', '2027-03-31'))).toEqual(sorted(docSeries(bills, notes)));
}

describe('the books stay whole under any sequence of business', () => {
  it('trial balance zero, debtors = Σ khata, stock = valuation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 5, maxLength: 40 }), (commands) => checkAfterCommands(commands, checkBooks)),
      { numRuns: 30 },
    );
  }, 240_000);
});
