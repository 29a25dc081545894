import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';
import { seedBooks, type SeededBooks } from './books-seed';

/**
 * The insights job on the shop's own books: the loader reads bills, cancellations, discounts,
 * returns, drawer closes and stock counts on the worker's read-only connection; the host keeps the
 * report; the screens' methods word it in the caller's language; a dismissal is kept and audited.
 */
let host: TestHost;
let owner: ApiClient;
let ownerHi: ApiClient;
let staff: ApiClient;
let seeded: SeededBooks;

beforeAll(async () => {
  ({ host, owner, ownerHi, staff } = await hostWithClients({ owner: 'owner', ownerHi: ['owner', 'test-device-owner-hi', 'hi'], staff: 'staff' }));
  seeded = await seedBooks(host.clock, owner, staff);
}, 120_000);

afterAll(() => host?.dispose());

describe('the books’ loader', () => {
  it('reads every bill, cancellation, discount, return, drawer close and count', () => {
    const h = host.store.insights.history('2000-01-01');
    const { posted, cancelled, discounted, shrunk, days: DAYS } = seeded;
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

describe('the books’ loader beside the counter', () => {
  it('reads a week of bills at a time, pausing between, and loads the same history', () => {
    let pauses = 0;
    const paused = host.store.insights.history('2000-01-01', () => (pauses += 1));
    expect(paused).toEqual(host.store.insights.history('2000-01-01'));
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(seeded.days / 7));
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
    expect(status.last?.bills).toBeGreaterThanOrEqual(seeded.days * 6);
    expect(status.last?.asOf).toBe(host.clock.now().toISOString().slice(0, 10));

    const customers = await owner.call('insights.customers', {});
    expect(customers.segments.reduce((s, x) => s + x.customers, 0)).toBe(customers.top.length);
    expect(customers.top.map((c) => c.name)).toContain('Asha Rao');
    expect(customers.top.every((c) => c.r >= 1 && c.r <= 5 && c.f >= 1 && c.m <= 5)).toBe(true);

    const alerts = await owner.call('insights.alerts', {});
    const shrink = alerts.alerts.find((a) => a.type === 'shrinkage');
    expect(shrink?.subject).toBe(seeded.shrunk.name);
    expect(shrink?.text).toContain(seeded.shrunk.name);
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

  it('lists what needs the owner: undismissed alerts, backups, stock; each with its screen, in their language', async () => {
    const { notifications } = await owner.call('insights.notifications', {});
    const alerts = notifications.filter((n) => n.kind === 'anomaly');
    const report = await owner.call('insights.alerts', {});
    expect(alerts).toHaveLength(report.alerts.filter((a) => a.dismissal === null).length);
    expect(alerts.some((n) => n.text.includes(seeded.shrunk.name))).toBe(false);
    expect(alerts.every((n) => n.path === '/insights')).toBe(true);
    // The test shop has never been backed up.
    expect(notifications.find((n) => n.kind === 'backup')).toMatchObject({ severity: 'act', path: '/settings/shop' });
    expect(notifications[0]?.severity).toBe('act');
    const hi = await ownerHi.call('insights.notifications', {});
    expect(hi.notifications.map((n) => n.id)).toEqual(notifications.map((n) => n.id));
    expect(hi.notifications.every((n) => /[\u0900-\u097F]/.test(n.text))).toBe(true);
    await expect(staff.call('insights.notifications', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the cashier may not read or run them', async () => {
    await expect(staff.call('insights.customers', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(staff.call('insights.run', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
