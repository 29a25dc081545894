import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SYNC_DOCUMENT, type OutboxCommand } from '../../../app/core/contract/sync-documents';
import { mulberry32 } from '../../../app/core/testing/random';
import { makeTestHost, type TestHost } from '../../support/test-host';
import { waitFor, type Client } from '../support/clients';
import { pushCommands, startSyncedShop, type SyncedShop, type TestDevice } from './support';

/** Commands in all, over three devices (SK_SYNC_FAULT_COMMANDS=10000 for the full run: minutes on a loaded machine). */
const TOTAL = Number(process.env.SK_SYNC_FAULT_COMMANDS ?? 1_500);
const ROUNDS = 40;

let shop: SyncedShop | null = null;
let host: TestHost | null = null;
afterEach(async () => {
  await shop?.stop();
  host?.dispose();
  shop = host = null;
});

describe('faults while devices catch up', () => {
  it(
    `converges with ${TOTAL} commands over 3 devices: sockets dropped, the relay restarted, commands duplicated and replayed`,
    { timeout: 170_000 },
    async () => {
      const random = mulberry32(20261204);
      host = makeTestHost();
      shop = await startSyncedShop({}, host);
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
      const before = new Map(products.map((p) => [p.id, host?.store.stock.level(p.id).qtyMilli ?? 0]));
      const sold = new Map<string, number>();
      const invoicesBefore = host.store.billing.idByClientRef('none') === undefined ? countInvoices(host) : 0;

      // Each device keeps its own Y.Doc across connections, as y-indexeddb keeps it across reloads.
      const docs = devices.map(() => new Y.Doc());
      const made: OutboxCommand[][] = devices.map(() => []);
      let clients: Array<Client | null> = devices.map(() => null);
      const at = host.clock.now().toISOString();
      const perRound = Math.ceil(TOTAL / ROUNDS / devices.length);
      let total = 0;
      for (let round = 0; round < ROUNDS && total < TOTAL; round += 1) {
        for (const [i, device] of devices.entries()) {
          const doc = docs[i] ?? new Y.Doc();
          const batch: OutboxCommand[] = [];
          for (let k = 0; k < perRound && total < TOTAL; k += 1, total += 1) {
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
          // Duplicated and reordered: some earlier commands are written again, after the new ones.
          const again = (made[i] ?? []).filter(() => random() < 0.02);
          pushCommands(doc, [...batch, ...again.reverse()]);
          const fault = random();
          const client = clients[i];
          if (!client || fault < 0.3) {
            // The socket drops mid-sync: a new connection on the same document.
            client?.destroy();
            clients[i] = shop.open(shop.outboxName(device), device.token, doc);
          }
        }
        if (random() < 0.12) {
          // The counter's relay stops and starts again (its store is the shop file), with commands in flight.
          for (const c of clients) c?.provider.disconnect();
          await shop.stop();
          shop = await startSyncedShop({}, host);
          clients = devices.map(() => null);
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      for (const [i, device] of devices.entries()) {
        if (!clients[i]) clients[i] = shop.open(shop.outboxName(device), device.token, docs[i]);
      }
      const ids = made.flat().map((c) => c.id);
      expect(ids.length).toBe(TOTAL);
      const current = shop;
      await waitFor('every command applied', () => ids.every((id) => host?.store.syncCommands.get(id)?.status === 'applied'), 150_000);
      await current.sync.idle();
      expect(countInvoices(host) - invoicesBefore).toBe(TOTAL);
      for (const p of products) expect(host.store.stock.level(p.id).qtyMilli, p.name).toBe((before.get(p.id) ?? 0) - (sold.get(p.id) ?? 0));
      const staff = current.open(SYNC_DOCUMENT.staff(current.sync.shopId), devices[0]?.token);
      await waitFor('every outcome on the devices', () => ids.every((id) => staff.doc.getMap('outcomes').has(id)), 60_000);
    },
  );
});

function countInvoices(h: TestHost): number {
  return h.store.raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM invoices').get()?.n ?? 0;
}
