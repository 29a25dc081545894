import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CommandOutcome } from '../../../app/core/contract/sync-documents';
import { applierPace, type ApplierPace, type PaceOptions } from '../../../app/host/sync/applier-pace';
import { createApplier, type Applier } from '../../../app/host/sync/outbox-applier';
import { deferredSync } from '../../../db/deferred-sync';
import { demoUser, makeTestHost, type TestHost } from '../../support/test-host';
import { waitFor } from '../support/clients';
import { billCommand, pushCommands } from './support';

const PRODUCT = 'prod-demo-001';
let host: TestHost | null = null;
let applier: Applier | null = null;
let paced: ApplierPace | null = null;
afterEach(() => {
  applier?.close();
  paced?.close();
  paced = null;
  host?.dispose();
  applier = null;
  host = null;
});

/** A host, a tablet's outbox of n bills, and an applier whose transactions and sayings are counted. */
async function setUp(n: number, flush?: () => Promise<void>, pace?: PaceOptions) {
  const h = makeTestHost();
  host = h;
  const user = await demoUser(h, 'staff');
  const login = await h.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: 'tablet-pace01', deviceName: 'Tablet' });
  const tablet = { token: login.token, deviceId: login.device.id, userId: user.id, client: h.client(login.token, { device: 'tablet-pace01' }) };
  const one = await billCommand(tablet, PRODUCT, h.clock.now().toISOString(), 1_000);
  const commands = Array.from({ length: n }, () => ({ ...one, id: crypto.randomUUID() }));
  const doc = new Y.Doc();
  pushCommands(doc, commands);
  const durable = deferredSync(() => h.store);
  const said: CommandOutcome[] = [];
  let batches = 0;
  const spans: Array<{ from: number; to: number }> = [];
  let changes = 0;
  h.events.subscribe((e) => {
    if (e.event === 'data.changed') changes += 1;
  });
  applier = createApplier({
    deps: h.deps,
    events: h.events,
    catalogVersion: () => 1_000,
    publish: (outcomes) => said.push(...outcomes),
    log: () => {},
    batchSize: 200,
    batchBudgetMs: 60_000,
    pace: (paced = applierPace(h.counterGate, pace)),
    durable: {
      transaction: (fn) => {
        batches += 1;
        const from = performance.now();
        try {
          return durable.transaction(fn);
        } finally {
          spans.push({ from, to: performance.now() });
        }
      },
      flush: flush ?? durable.flush,
    },
  });
  return { h, tablet, commands, doc, said, batches: () => batches, spans, changes: () => changes };
}

describe('the applier and the counter', () => {
  it('applies a backlog in one batch while the counter is quiet', async () => {
    const { tablet, doc, said, batches } = await setUp(20);
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await applier?.idle();
    expect(batches()).toBe(1);
    expect(said.filter((o) => o.status === 'applied')).toHaveLength(20);
  });

  it('takes the counter for quiet once its last request is longer ago than "recent", however late the applier looks', async () => {
    const { tablet, doc, said, batches } = await setUp(20, undefined, { recentMs: 150 });
    await tablet.client.call('billing.quote', { lines: [{ productId: PRODUCT, qtyMilli: 1000 }] });
    await new Promise((resolve) => setTimeout(resolve, 400));
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await applier?.idle();
    expect(batches()).toBe(1);
    expect(said.filter((o) => o.status === 'applied')).toHaveLength(20);
  });

  it('while the counter serves requests, ends each batch after one command so a request waits at most that', async () => {
    // However slow the machine, the counter stays "recent" for the whole backlog here.
    const { h, tablet, doc, said, batches } = await setUp(20, undefined, { recentMs: 60_000 });
    // The counter's screens asked something just now.
    await tablet.client.call('billing.quote', { lines: [{ productId: PRODUCT, qtyMilli: 1000 }] });
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await applier?.idle();
    expect(batches()).toBe(20);
    expect(said.filter((o) => o.status === 'applied')).toHaveLength(20);
    expect(h.store.syncCommands.get(said[0]?.commandId ?? '')?.status).toBe('applied');
  });

  it('while the counter serves requests, leaves the host’s thread free between batches: at most its share of it', async () => {
    const { tablet, doc, said, spans } = await setUp(20, undefined, { recentMs: 60_000, share: 0.25 });
    await tablet.client.call('billing.quote', { lines: [{ productId: PRODUCT, qtyMilli: 1000 }] });
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await applier?.idle();
    expect(said.filter((o) => o.status === 'applied')).toHaveLength(20);
    expect(spans).toHaveLength(20);
    // Each rest is at least three times the batch before it (timers only fire late), so the batches
    // fill at most a little over a quarter of the time from the first to the last.
    const busy = spans.reduce((sum, s) => sum + (s.to - s.from), 0);
    const elapsed = (spans.at(-1)?.to ?? 0) - (spans[0]?.from ?? 0);
    expect(busy / elapsed).toBeLessThan(0.3);
  });

  it('while the counter serves requests, starts each batch just after one of them was answered', async () => {
    // However slow the machine, the counter stays "recent", and a batch never gives up waiting for a request.
    const { tablet, doc, said, spans } = await setUp(8, undefined, { recentMs: 60_000, afterRequestMs: 60_000 });
    const answered: number[] = [];
    let billing = true;
    const counter = (async () => {
      while (billing) {
        await tablet.client.call('billing.quote', { lines: [{ productId: PRODUCT, qtyMilli: 1000 }] });
        answered.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await applier?.idle();
    billing = false;
    await counter;
    expect(said.filter((o) => o.status === 'applied')).toHaveLength(8);
    expect(spans).toHaveLength(8);
    // Between two batches the counter was answered at least once: a batch never follows another in the middle of a gap.
    for (let i = 1; i < spans.length; i += 1) {
      const before = spans[i - 1];
      const batch = spans[i];
      expect(answered.some((at) => before !== undefined && batch !== undefined && at >= before.to && at <= batch.from)).toBe(true);
    }
  });

  it('answers the counter’s bill before saying the outcomes its commit made durable', async () => {
    const flushes: { flush(): Promise<void> }[] = [];
    const { h, tablet, commands, doc, said } = await setUp(5, () => flushes[0]?.flush() ?? Promise.resolve(), { recentMs: 0 });
    flushes.push(deferredSync(() => h.store, { waitForCommitMs: () => 60_000 }));
    const user = await demoUser(h, 'staff');
    const login = await h.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: 'counter-pace2', deviceName: 'Counter' });
    const counter = h.client(login.token, { device: 'counter-pace2' });
    const { totals } = await counter.call('billing.quote', { lines: [{ productId: PRODUCT, qtyMilli: 1000 }] });
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await waitFor('the batch committed', () => commands.every((c) => h.store.syncCommands.get(c.id)));
    expect(said).toHaveLength(0);
    await counter.call('billing.postInvoice', {
      clientRef: crypto.randomUUID(),
      lines: [{ productId: PRODUCT, qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: totals.payablePaise }],
    });
    // The bill's answer came first; the staff document's update follows on the event loop's next turn.
    expect(said).toHaveLength(0);
    await applier?.idle();
    expect(said.filter((o) => o.status === 'applied')).toHaveLength(5);
  });

  it('says outcomes and changes only once the disk confirmed their batch', async () => {
    let confirm: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      confirm = resolve;
    });
    const { h, tablet, commands, doc, said, changes } = await setUp(5, () => held);
    const changesBefore = changes();
    applier?.watch({ deviceId: tablet.deviceId, doc });
    await waitFor('the batch committed', () => commands.every((c) => h.store.syncCommands.get(c.id) !== null && h.store.syncCommands.get(c.id) !== undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said).toHaveLength(0);
    expect(changes()).toBe(changesBefore);
    confirm();
    await applier?.idle();
    expect(said.map((o) => o.commandId).sort()).toEqual(commands.map((c) => c.id).sort());
    expect(changes()).toBe(changesBefore + 1);
  });

  it('commits the applier’s batches without an fsync and puts synchronous=FULL back for the counter', async () => {
    const h = makeTestHost();
    host = h;
    const durable = deferredSync(() => h.store);
    const level = () => Number(h.store.raw.pragma('synchronous', { simple: true }));
    expect(level()).toBe(2);
    const inside = durable.transaction(() => level());
    expect(inside).toBe(1);
    expect(level()).toBe(2);
    expect(() =>
      durable.transaction(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(level()).toBe(2);
    await expect(durable.flush()).resolves.toBeUndefined();
  });

  it('while the counter bills, a flush is the next bill’s own fsync: not a relaxed commit, not one that wrote nothing', async () => {
    const h = makeTestHost();
    host = h;
    const user = await demoUser(h, 'staff');
    const login = await h.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: 'counter-pace1', deviceName: 'Counter' });
    const counter = h.client(login.token, { device: 'counter-pace1' });
    const { totals } = await counter.call('billing.quote', { lines: [{ productId: PRODUCT, qtyMilli: 1000 }] });
    const durable = deferredSync(() => h.store, { waitForCommitMs: () => 60_000 });
    durable.transaction(() => h.store.raw.prepare("UPDATE shop SET name = name || ''").run());
    let flushed = false;
    const flushing = durable.flush().then(() => {
      flushed = true;
    });
    // Another batch of the applier's (synchronous=NORMAL) and a transaction that changed nothing sync nothing.
    durable.transaction(() => h.store.raw.prepare("UPDATE shop SET name = name || ''").run());
    h.store.transaction(() => h.store.shop.find());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(flushed).toBe(false);
    // The counter's bill: a commit at synchronous=FULL that wrote frames.
    await counter.call('billing.postInvoice', {
      clientRef: crypto.randomUUID(),
      lines: [{ productId: PRODUCT, qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: totals.payablePaise }],
    });
    await flushing;
    expect(flushed).toBe(true);
  });

  it('with no commit of the counter’s in time, a flush syncs the file itself', async () => {
    const h = makeTestHost();
    host = h;
    const durable = deferredSync(() => h.store, { waitForCommitMs: () => 30 });
    durable.transaction(() => h.store.raw.prepare("UPDATE shop SET name = name || ''").run());
    await expect(durable.flush()).resolves.toBeUndefined();
  });
});
