import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { checkAfterCommands, commandArb, type World } from '../accounting/model';

/**
 * The dashboard reads trigger-kept sums (migration 0013); whatever business happened (sales on any
 * tender, returns, cancellations, khata receipts, expenses, register counts, days passing), its
 * figures for a period equal the books' (trial balance) and the registers' (sales register, the
 * bills' payments) for the same dates.
 */
const movement = (rows: Array<{ code: string; debitPaise: number; creditPaise: number; closingPaise: number }>, code: string) =>
  rows
    .filter((r) => r.code === code)
    .reduce((s, r) => ({ dr: s.dr + r.debitPaise, cr: s.cr + r.creditPaise, closing: s.closing + r.closingPaise }), { dr: 0, cr: 0, closing: 0 });

async function checkPeriod(w: World, manager: ApiClient, period: 'day' | 'week' | 'month' | 'fy', date: string) {
  const d = await manager.call('insights.dashboard', { period, date });
  const { from, to } = d.current;
  const tb = await manager.call('accounting.trialBalance', { from, to });
  const sales = movement(tb.rows, 'SALES');
  const returns = movement(tb.rows, 'SALES_RETURNS');
  const cogs = movement(tb.rows, 'COGS');
  const booksSales = sales.cr - sales.dr + (returns.cr - returns.dr);
  expect(d.figures.salesPaise.current).toBe(booksSales);
  expect(d.figures.marginPaise.current).toBe(booksSales - (cogs.dr - cogs.cr));
  const debtors = movement(tb.rows, 'DEBTORS');
  expect(d.duesGivenPaise).toBe(debtors.dr);
  expect(d.duesCollectedPaise).toBe(debtors.cr);
  expect(d.cashInDrawerPaise).toBe(movement(tb.rows, 'CASH').closing);

  const register = await manager.call('accounting.salesRegister', { from, to });
  const bills = register.rows.filter((r) => r.kind === 'invoice' && r.status === 'posted');
  const notes = register.rows.filter((r) => r.kind === 'credit_note');
  expect(d.figures.bills.current).toBe(bills.length);
  const paid = bills.reduce((s, r) => s + r.totalPaise, 0);
  expect(d.figures.averageBillPaise.current).toBe(bills.length ? Math.round(paid / bills.length) : 0);
  expect(d.returns.count).toBe(notes.length);
  expect(d.returns.totalPaise).toBe(notes.reduce((s, r) => s - r.totalPaise, 0));

  const raw = w.host.store.raw;
  const tenders = raw
    .prepare(
      `SELECT p.method AS method, sum(p.amount_paise) AS paise, 0 AS lines FROM payments p JOIN invoices i ON i.id = p.invoice_id
       WHERE i.status = 'posted' AND i.date BETWEEN ? AND ? GROUP BY p.method`,
    )
    .all(from, to) as Array<{ method: string; paise: number }>;
  const tender = (m: string) => tenders.find((t) => t.method === m)?.paise ?? 0;
  expect(d.payments).toEqual({ cashPaise: tender('cash'), upiPaise: tender('upi'), cardPaise: tender('card'), creditPaise: tender('credit') });
  const lines = (
    raw
      .prepare(`SELECT count(*) AS n FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.status = 'posted' AND i.date BETWEEN ? AND ?`)
      .get(from, to) as { n: number }
  ).n;
  expect(d.figures.itemsPerBillMilli.current).toBe(bills.length ? Math.round((lines * 1000) / bills.length) : 0);
  if (period !== 'day') expect(d.trend.reduce((s, b) => s + b.currentPaise, 0)).toBe(booksSales);
  const productSales = (
    raw
      .prepare(
        `SELECT coalesce(sum(l.taxable_paise), 0) AS v FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.status = 'posted' AND i.date BETWEEN ? AND ?`,
      )
      .get(from, to) as { v: number }
  ).v;
  if (d.topProducts.length < 10) expect(d.topProducts.reduce((s, p) => s + p.salesPaise, 0)).toBe(productSales);
}

describe('the dashboard equals the books and the registers', () => {
  it('for a day, a week, a month and the year, over random days of bills, returns and khata', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 5, maxLength: 40 }), (commands) =>
        checkAfterCommands(commands, async (w) => {
          const dates = (
            w.host.store.raw.prepare('SELECT DISTINCT date FROM invoices UNION SELECT DISTINCT date FROM credit_notes').all() as Array<{ date: string }>
          ).map((r) => r.date);
          for (const date of dates.slice(0, 3)) {
            for (const period of ['day', 'week', 'month', 'fy'] as const) await checkPeriod(w, w.manager, period, date);
          }
        }),
      ),
      { numRuns: 20 },
    );
  }, 240_000);
});
