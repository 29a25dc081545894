import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { mulberry32 } from '../../../app/core/testing/random';
import { SYNC_DOCUMENT, type OutboxCommand } from '../../../app/core/contract/sync-documents';
import { makeTestHost, type TestHost } from '../../support/test-host';
import { waitFor, type Client } from '../support/clients';
import { pushCommands, recordedAmong, recordedCommands, startSyncedShop, type SyncedShop, type TestDevice } from './support';

/**
 * Three devices queue bills into their outboxes over many rounds while faults strike (seeded, so
 * every run is the same): a socket dropped mid-sync, a device cut off for several rounds (a
 * partition; the host's clock stands still, as over "days" with a fixed clock), the counter's relay
 * and HTTP server stopped and started again, earlier commands written again after newer ones
 * (duplicated and reordered). Then every device reconnects and the counter must hold each command
 * exactly once. No sleeps: each round yields once to the event loop.
 */
export interface FaultRun {
  total: number;
  applied: number;
  invoices: number;
  stockRight: boolean;
  outcomesOnDevices: boolean;
  faults: { drops: number; partitions: number; restarts: number; duplicates: number };
  ms: { queueing: number; applying: number };
}

const countInvoices = (h: TestHost) => h.store.raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM invoices').get()?.n ?? 0;

export async function runFaults(total: number, rounds = 40, seed = 20261204, applyTimeoutMs = 300_000): Promise<FaultRun> {
  // Seeded: the same faults in the same order on every run.
  const random = mulberry32(seed);
  const host = makeTestHost();
  let shop: SyncedShop = await startSyncedShop({}, host);
  try {
    const devices: TestDevice[] = [];
    for (const id of ['tablet-f001', 'tablet-f002', 'phone-f0003']) devices.push(await shop.device('staff', id));
    const products = host.store.catalog
      .counterIndex()
      .filter((p) => !p.loose)
      .slice(0, 20);
    const prices = new Map<string, number>();
    for (const p of products) {
      const quote = await devices[0]?.client.call('billing.quote', { lines: [{ productId: p.id, qtyMilli: 1000 }] });
      prices.set(p.id, quote?.totals.payablePaise ?? 0);
    }
    const before = new Map(products.map((p) => [p.id, host.store.stock.level(p.id).qtyMilli]));
    const sold = new Map<string, number>();
    const invoicesBefore = countInvoices(host);
    const faults = { drops: 0, partitions: 0, restarts: 0, duplicates: 0 };

    // Each device keeps its own Y.Doc across connections, as y-indexeddb keeps it across reloads.
    const docs = devices.map(() => new Y.Doc());
    const made: OutboxCommand[][] = devices.map(() => []);
    let clients: Array<Client | null> = devices.map(() => null);
    const cutOffUntil = devices.map(() => -1);
    const at = host.clock.now().toISOString();
    const perRound = Math.ceil(total / rounds / devices.length);
    const started = performance.now();
    let queued = 0;
    for (let round = 0; queued < total; round += 1) {
      for (const [i, device] of devices.entries()) {
        const doc = docs[i] ?? new Y.Doc();
        const batch: OutboxCommand[] = [];
        for (let k = 0; k < perRound && queued < total; k += 1, queued += 1) {
          const product = products[Math.floor(random() * products.length)] ?? products[0];
          if (!product) throw new Error('no products');
          sold.set(product.id, (sold.get(product.id) ?? 0) + 1000);
          batch.push({
            id: randomUUID(),
            method: 'billing.postInvoice',
            params: { lines: [{ productId: product.id, qtyMilli: 1000 }], tenders: [{ method: 'cash', amountPaise: prices.get(product.id) ?? 0 }] },
            userId: device.userId,
            at,
            catalogVersion: 1_000,
          });
        }
        made[i]?.push(...batch);
        const again = (made[i] ?? []).filter(() => random() < 0.02);
        faults.duplicates += again.length;
        pushCommands(doc, [...batch, ...again.reverse()]);
        const fault = random();
        const client = clients[i];
        if (round < (cutOffUntil[i] ?? -1)) continue;
        if (client && fault < 0.08) {
          // Partitioned: the device keeps queueing offline for a few rounds.
          client.destroy();
          clients[i] = null;
          cutOffUntil[i] = round + 2 + Math.floor(random() * 6);
          faults.partitions += 1;
        } else if (!client || fault < 0.3) {
          if (client) faults.drops += 1;
          client?.destroy();
          clients[i] = shop.open(shop.outboxName(device), device.token, doc);
        }
      }
      if (random() < 0.12) {
        // The counter's relay and server stop and start again (the store is the shop file), with commands in flight.
        for (const c of clients) c?.provider.disconnect();
        await shop.stop();
        shop = await startSyncedShop({}, host);
        clients = devices.map(() => null);
        faults.restarts += 1;
      }
      await new Promise((r) => setImmediate(r));
    }
    const queueing = performance.now() - started;
    for (const [i, device] of devices.entries()) if (!clients[i]) clients[i] = shop.open(shop.outboxName(device), device.token, docs[i]);
    const ids = made.flat().map((c) => c.id);
    // One count a poll: looking each of 10,000 ids up every 20 ms would take the counter's own thread.
    await waitFor('every command applied', () => recordedCommands(host, 'applied') >= ids.length, applyTimeoutMs);
    await shop.sync.idle();
    const applying = performance.now() - started - queueing;
    const staff = shop.open(SYNC_DOCUMENT.staff(shop.sync.shopId), devices[0]?.token);
    let outcomesOnDevices = true;
    await waitFor('every outcome on the devices', () => ids.every((id) => staff.doc.getMap('outcomes').has(id)), 120_000).catch(
      () => (outcomesOnDevices = false),
    );
    return {
      total: ids.length,
      applied: recordedAmong(host, ids),
      invoices: countInvoices(host) - invoicesBefore,
      stockRight: products.every((p) => host.store.stock.level(p.id).qtyMilli === (before.get(p.id) ?? 0) - (sold.get(p.id) ?? 0)),
      outcomesOnDevices,
      faults,
      ms: { queueing: Math.round(queueing), applying: Math.round(applying) },
    };
  } finally {
    await shop.close();
  }
}
