import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { DEMO_PRODUCTS } from '../accounting/model';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * The insights job on the shop's own books: the loader reads bills, cancellations, discounts,
 * returns, drawer closes and stock counts on the worker's read-only connection; the host keeps the
 * report; the screens' methods word it in the caller's language; a dismissal is kept and audited.
 */
let host: TestHost;
let owner: ApiClient;
let ownerHi: ApiClient;
let staff: ApiClient;
const DAY = 86_400_000;
const DAYS = 14;
const posted: string[] = [];
let cancelled = 0;
let discounted = 0;
let shrunk = { productId: '', name: '', lostMilli: 0 };

async function count(takeName: string, lose: (productId: string) => number) {
  const take = await owner.call('inventory.openStockTake', { name: takeName });
  const products = await Promise.all(DEMO_PRODUCTS.map((id) => owner.call('catalog.get', { id })));
  const lines = products.map((p) => ({ productId: p.id, countedMilli: Math.max(0, p.onHandMilli - lose(p.id)) }));
  await owner.call('inventory.recordCounts', { id: take.id, lines });
  await owner.call('inventory.postStockTake', { id: take.id });
}

beforeAll(async () => {
  host = makeTestHost();
  owner = await host.as('owner');
  ownerHi = await host.as('owner', 'test-device-owner-hi', 'hi');
  staff = await host.as('staff');
  const people = [];
  for (const [i, name] of ['Asha Rao', 'Bilal Khan', 'Chitra Nair', 'Deepak Jain', 'Esha Kapoor'].entries())
    people.push(await owner.call('customers.add', { name, phone: `98100000${10 + i}`, creditLimitPaise: 0, gstin: null, stateCode: null, address: '' }));
  const costly = await Promise.all(DEMO_PRODUCTS.map((id) => owner.call('catalog.get', { id })));
  const target = costly.sort((a, b) => b.costPaise - a.costPaise)[0];
  if (!target) throw new Error('the demo shop has no products');
  const start = host.clock.now().getTime();
  for (let day = 0; day < DAYS; day++) {
    host.clock.set(new Date(start + day * DAY).toISOString());
    // The first count finds 40 more of the costly product than the books knew (so it never runs out here).
    if (day === 1) await count('Shelf count 1', (id) => (id === target.id ? -40_000 : 0));
    await staff.call('accounting.openRegister', { countedPaise: 0 });
    for (let i = 0; i < 6; i++) {
      host.clock.advance(20 * 60_000);
      const who = people[(day + i) % people.length];
      const lines = [DEMO_PRODUCTS[i % 4] ?? '', DEMO_PRODUCTS[4 + ((day + i) % 3)] ?? ''].map((productId) => ({ productId, qtyMilli: 1000 }));
      if (i === 0) lines.push({ productId: target.id, qtyMilli: 1000 });
      const discount = i === 5 && day % 2 === 0 ? 500 : 0;
      const quote = await owner.call('billing.quote', { lines, billDiscountPaise: discount, ...(who && i % 2 === 0 ? { customerId: who.id } : {}) });
      const bill = await owner.call('billing.postInvoice', {
        clientRef: `books-job-${day}-${i}`,
        lines,
        billDiscountPaise: discount,
        ...(who && i % 2 === 0 ? { customerId: who.id } : {}),
        tenders: [{ method: 'cash', amountPaise: quote.totals.payablePaise }],
      });
      posted.push(bill.id);
      if (discount > 0) discounted++;
    }
    if (day === 5) {
      await owner.call('billing.cancelInvoice', { id: posted[posted.length - 1] ?? '', reason: 'Customer left without paying' });
      cancelled++;
    }
    if (day === 6)
      await owner.call('accounting.creditNote', {
        clientRef: 'books-job-return-1',
        invoiceId: posted[posted.length - 2] ?? '',
        lines: [{ lineNo: 1, qtyMilli: 1000 }],
        refund: 'cash',
        reason: 'Pack torn',
      });
    const register = await staff.call('accounting.register', {});
    const book = register.bookCashPaise;
    await staff.call('accounting.closeRegister', { countedPaise: day === DAYS - 1 ? Math.max(0, book - 100_000) : book });
  }
  shrunk = { productId: target.id, name: target.name, lostMilli: 5000 };
  await count('Shelf count 2', (id) => (id === target.id ? 5000 : 0));
}, 120_000);

afterAll(() => host?.dispose());

describe('the books’ loader', () => {
  it('reads every bill, cancellation, discount, return, drawer close and count', () => {
    const h = host.store.insights.history('2000-01-01');
    const ours = h.bills.filter((b) => posted.includes(b.id));
    expect(ours).toHaveLength(DAYS * 6);
    expect(ours.filter((b) => b.cancelled)).toHaveLength(cancelled);
    expect(ours.every((b) => b.lines.length >= 2 && b.lines.every((l) => l.qtyMilli === 1000))).toBe(true);
    expect(h.actions.filter((a) => a.kind === 'cancel')).toHaveLength(cancelled);
    expect(h.actions.filter((a) => a.kind === 'discount')).toHaveLength(discounted);
    expect(h.actions.filter((a) => a.kind === 'return')).toHaveLength(1);
    expect(h.registerCloses).toHaveLength(DAYS);
    const last = h.registerCloses[h.registerCloses.length - 1];
    expect(last && last.expectedPaise - last.countedPaise).toBe(100_000);
    const target = h.stockCounts.filter((c) => c.productId === shrunk.productId);
    expect(target).toHaveLength(2);
    expect(target[0] && target[0].expectedMilli - target[0].countedMilli).toBe(-40_000);
    expect(target[1] && target[1].expectedMilli - target[1].countedMilli).toBe(shrunk.lostMilli);
    expect(h.customers.map((c) => c.name)).toContain('Asha Rao');
  });
});

describe('the insights job through the API', () => {
  it('runs in the worker, keeps its report, and words it in the caller’s language', async () => {
    expect((await owner.call('insights.status', {})).last).toBeNull();
    expect(await owner.call('insights.run', {})).toEqual({ started: true });
    expect((await owner.call('insights.run', {})).started).toBe(false);
    await host.insights?.idle();
    const status = await owner.call('insights.status', {});
    expect(status.failedAt).toBeNull();
    expect(status.last?.bills).toBeGreaterThanOrEqual(DAYS * 6);
    expect(status.last?.asOf).toBe(host.clock.now().toISOString().slice(0, 10));

    const customers = await owner.call('insights.customers', {});
    expect(customers.segments.reduce((s, x) => s + x.customers, 0)).toBe(customers.top.length);
    expect(customers.top.map((c) => c.name)).toContain('Asha Rao');
    expect(customers.top.every((c) => c.r >= 1 && c.r <= 5 && c.f >= 1 && c.m <= 5)).toBe(true);

    const alerts = await owner.call('insights.alerts', {});
    const shrink = alerts.alerts.find((a) => a.type === 'shrinkage');
    expect(shrink?.subject).toBe(shrunk.name);
    expect(shrink?.text).toContain(shrunk.name);
    expect(shrink?.dismissal).toBeNull();
    const hi = await ownerHi.call('insights.alerts', {});
    expect(hi.alerts.find((a) => a.id === shrink?.id)?.text).toMatch(/[\u0900-\u097F]/);

    const prices = await owner.call('insights.prices', {});
    for (const s of prices.suggestions) expect(s.text.length).toBeGreaterThan(0);
  }, 60_000);

  it('keeps a dismissal with its note, audits it, and refuses an alert that is not there', async () => {
    const { alerts } = await owner.call('insights.alerts', {});
    const shrink = alerts.find((a) => a.type === 'shrinkage');
    if (!shrink) throw new Error('no shrinkage alert');
    await owner.call('insights.dismissAlert', { alertId: shrink.id, note: 'Counted again: 5 packs were in the back room' });
    const after = (await owner.call('insights.alerts', {})).alerts.find((a) => a.id === shrink.id);
    expect(after?.dismissal?.note).toBe('Counted again: 5 packs were in the back room');
    expect(after?.dismissal?.by).toMatch(/Owner/);
    const audit = host.store.audit.list({ from: null, to: null, entity: 'insight_alert', entityId: shrink.id, limit: 5 });
    expect(audit).toHaveLength(1);
    const gone = await ownerHi.call('insights.dismissAlert', { alertId: 'shrinkage:nothing:2020-01-01', note: 'not here' }).catch((e: unknown) => e);
    expect(gone).toMatchObject({ code: 'NOT_FOUND' });
    expect(String((gone as Error).message)).not.toMatch(/shrinkage:nothing/);
    const short = await owner.call('insights.dismissAlert', { alertId: shrink.id, note: ' ' }).catch((e: unknown) => e);
    expect(short).toMatchObject({ code: 'BAD_PARAMS' });
  });

  it('the cashier may not read or run them', async () => {
    await expect(staff.call('insights.customers', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(staff.call('insights.run', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
