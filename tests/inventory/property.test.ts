import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { ApiError } from '../../app/core/contract';
import { trialBalanceDifference, unbalancedEntries } from '../support/accounting';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * Any sequence of purchases, sales, cancellations, purchase returns, adjustments and stock takes
 * keeps the kept balances equal to the sum of the moves (per product and per lot), lots with a
 * batch never below zero, the STOCK account equal to the value of the moves, and the books balanced.
 */
const PRODUCTS = ['prod-demo-016', 'prod-demo-005', 'prod-demo-014', 'prod-demo-019'] as const; // butter, loose sugar, biscuits, ghee
const LOOSE = new Set(['prod-demo-005']);

const qty = (p: string, n: number) => (LOOSE.has(p) ? n * 250 : n * 1000);
const product = fc.constantFrom(...PRODUCTS);
const op = fc.oneof(
  fc.record({
    kind: fc.constant('purchase' as const),
    p: product,
    n: fc.integer({ min: 1, max: 20 }),
    free: fc.integer({ min: 0, max: 2 }),
    cost: fc.integer({ min: 100, max: 70_000 }),
    days: fc.option(fc.integer({ min: 1, max: 400 })),
  }),
  fc.record({ kind: fc.constant('sale' as const), p: product, n: fc.integer({ min: 1, max: 8 }), p2: fc.option(product) }),
  fc.record({ kind: fc.constant('cancel' as const) }),
  fc.record({ kind: fc.constant('return' as const), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('adjust' as const), p: product, n: fc.integer({ min: -5, max: 5 }).filter((n) => n !== 0) }),
  fc.record({ kind: fc.constant('count' as const), p: product, n: fc.integer({ min: 0, max: 60 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const expected = new Set(['INSUFFICIENT_STOCK', 'INVALID_QUANTITY', 'ALREADY_CANCELLED', 'INVALID_INPUT', 'NOT_FOUND']);

async function apply(host: TestHost, m: ApiClient, o: Op, state: { bills: string[]; sales: string[]; n: number }) {
  const ref = () => `prop-${String(++state.n).padStart(6, '0')}`;
  switch (o.kind) {
    case 'purchase': {
      const expiry = o.days === null ? null : new Date(host.clock.now().getTime() + o.days * 86_400_000).toISOString().slice(0, 10);
      const bill = await m.call('purchasing.postBill', {
        supplierId: 'supp-demo-001',
        supplierInvoiceNo: ref(),
        supplierDate: '2026-11-24',
        lines: [{ productId: o.p, qtyMilli: qty(o.p, o.n), freeMilli: qty(o.p, o.free), unitCostPaise: o.cost, expiryDate: expiry }],
      });
      state.bills.push(bill.id);
      return;
    }
    case 'sale': {
      const lines = [{ productId: o.p, qtyMilli: qty(o.p, o.n) }, ...(o.p2 ? [{ productId: o.p2, qtyMilli: qty(o.p2, 1) }] : [])];
      const q = await m.call('billing.quote', { lines });
      const inv = await m.call('billing.postInvoice', { clientRef: ref(), lines, tenders: [{ method: 'upi', amountPaise: q.totals.payablePaise }] });
      state.sales.push(inv.id);
      return;
    }
    case 'cancel': {
      const id = state.sales.pop();
      if (id) await m.call('billing.cancelInvoice', { id, reason: 'property test' });
      return;
    }
    case 'return': {
      const id = state.bills.at(-1);
      if (!id) return;
      const bill = await m.call('purchasing.getBill', { id });
      const line = bill.lines[0]!;
      await m.call('purchasing.postReturn', { billId: id, lines: [{ batchId: line.batchId, qtyMilli: qty(line.productId, o.n) }], reason: 'property test' });
      return;
    }
    case 'adjust':
      await m.call('inventory.adjust', { lines: [{ productId: o.p, qtyMilli: qty(o.p, o.n), reason: o.n < 0 ? 'damage' : 'count' }] });
      return;
    case 'count': {
      const take = await m.call('inventory.openStockTake', { name: ref() });
      await m.call('inventory.recordCounts', { id: take.id, lines: [{ productId: o.p, countedMilli: qty(o.p, o.n) }] });
      await m.call('inventory.postStockTake', { id: take.id });
      return;
    }
  }
}

function checkInvariants(host: TestHost) {
  const db = host.store.raw;
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  expect(
    all(`SELECT l.product_id FROM stock_levels l LEFT JOIN (SELECT product_id, sum(qty_milli) q, sum(value_paise) v FROM stock_moves GROUP BY product_id) m ON m.product_id = l.product_id
    WHERE l.qty_milli IS NOT m.q OR l.value_paise IS NOT m.v`),
  ).toEqual([]);
  expect(
    all(`SELECT b.product_id, b.batch_id FROM batch_stock b LEFT JOIN (SELECT product_id, coalesce(batch_id, '') AS batch_id, sum(qty_milli) q, sum(value_paise) v FROM stock_moves GROUP BY 1, 2) m
    ON m.product_id = b.product_id AND m.batch_id = b.batch_id WHERE b.qty_milli IS NOT m.q OR b.value_paise IS NOT m.v`),
  ).toEqual([]);
  expect(all("SELECT product_id, batch_id, qty_milli FROM batch_stock WHERE batch_id <> '' AND qty_milli < 0")).toEqual([]);
  const stock = db.prepare("SELECT coalesce(sum(debit_paise) - sum(credit_paise), 0) AS v FROM journal_lines WHERE account_code = 'STOCK'").get() as {
    v: number;
  };
  const moved = db.prepare('SELECT coalesce(sum(value_paise), 0) AS v FROM stock_moves').get() as { v: number };
  expect(stock.v).toBe(moved.v);
  expect(trialBalanceDifference(db)).toBe(0);
  expect(unbalancedEntries(db)).toEqual([]);
}

describe('inventory invariants under random operations', () => {
  it('balances equal the sum of moves for every product and lot; the books agree', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('wavg' as const, 'fifo' as const),
        fc.constantFrom('warn' as const, 'block' as const),
        fc.array(op, { minLength: 5, maxLength: 25 }),
        async (valuation, negativeStock, ops) => {
          const host = makeTestHost();
          try {
            const owner = await host.as('owner');
            await owner.call('inventory.updateSettings', { valuation, negativeStock });
            const state = { bills: [] as string[], sales: [] as string[], n: 0 };
            for (const o of ops) {
              try {
                await apply(host, owner, o, state);
              } catch (e) {
                // A refused operation (not enough stock to write off or return) is fine; nothing may be half-written.
                if (!(e instanceof ApiError && expected.has(e.code))) throw e;
              }
              host.clock.advance(60_000);
            }
            checkInvariants(host);
          } finally {
            host.dispose();
          }
        },
      ),
      { numRuns: 40, seed: 4242 },
    );
  }, 180_000);
});
