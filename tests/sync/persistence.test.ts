import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, createRelay, type Authenticate, type Relay, type RoomStore } from '../../sync-server';
import { connect, sleep, waitFor, type Client } from './support/clients';
import { startPostgres, type Throwaway } from './support/servers';
import { postgresStore, sqliteStore, tempFolder, type StoreUnderTest } from './support/stores';

const clients: Client[] = [];
const open = (url: string, room: string, token?: string) => {
  const client = connect(url, room, token);
  clients.push(client);
  return client;
};
const closeClients = () => {
  for (const client of clients.splice(0)) client.destroy();
};
afterEach(closeClients);

/**
 * The embedded shape: the host's own http.Server, the relay attached at /sync/, and the host's
 * session table deciding who connects (here a map of session tokens).
 */
const sessions = new Map([
  ['counter-session', { shopId: 'demo', role: 'counter' as const, deviceId: 'counter' }],
  ['tablet-session', { shopId: 'demo', role: 'manager' as const, deviceId: 'tab1' }],
]);
const hostAuthenticate: Authenticate = ({ token }) => {
  const principal = token === null ? undefined : sessions.get(token);
  return principal ? { ok: true, principal } : { ok: false, code: CloseCode.unauthenticated, reason: 'log in first' };
};

interface Running {
  relay: Relay;
  url: string;
  stop(): Promise<void>;
}

async function embedded(store: RoomStore): Promise<Running> {
  const server: Server = createServer((req, res) => {
    if (!relay.handleRequest(req, res)) res.writeHead(404).end();
  });
  const relay = await createRelay({
    store,
    server,
    pathPrefix: '/sync/',
    authenticate: hostAuthenticate,
    compactEvery: 10,
    flushMs: 5,
    idleUnloadMs: 150,
    log: () => undefined,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`;
  return {
    relay,
    url,
    stop: async () => {
      await relay.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const counterToken = 'counter-session';
const tabletToken = 'tablet-session';

let postgres: Throwaway;
const folder = tempFolder();
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
  folder.cleanup();
});

describe.each([
  ['SQLite', () => Promise.resolve(sqliteStore(join(folder.dir, 'shop.sqlite')))],
  ['PostgreSQL', () => postgresStore(postgres.url)],
])('a relay on %s', (_name, makeStore) => {
  let storage: StoreUnderTest;
  beforeAll(async () => {
    storage = await makeStore();
  });
  afterAll(async () => {
    await storage.close();
  });

  it('folds the log every N rows and on unload, and a restarted relay has everything', async () => {
    const first = await embedded(storage.store);
    const counter = open(first.url, 'shop/demo/catalog', counterToken);
    const tablet = open(first.url, 'shop/demo/device/tab1/outbox', tabletToken);
    const watcher = open(first.url, 'shop/demo/catalog', tabletToken);
    await Promise.all([counter.synced(), tablet.synced(), watcher.synced()]);
    let mostRows = 0;
    for (let i = 0; i < 40; i++) {
      counter.doc.getMap('products').set(`p${i}`, { name: `Product ${i}`, pricePaise: 1000 + i });
      if (i % 8 === 0) tablet.doc.getArray('commands').push([{ id: `cmd${i}` }]);
      await sleep(12);
      mostRows = Math.max(mostRows, await storage.rows('shop/demo/catalog'));
    }
    await waitFor('every product at the watcher', () => watcher.doc.getMap('products').size === 40);
    expect(mostRows, 'most rows seen before a fold').toBeGreaterThan(3);
    expect(mostRows, 'most rows seen before a fold').toBeLessThanOrEqual(11);
    expect(first.relay.metrics().store.compactions).toBeGreaterThan(0);

    closeClients();
    await waitFor('the rooms unloaded', () => first.relay.metrics().rooms === 0, 15_000);
    expect(await storage.rows('shop/demo/catalog')).toBe(1);
    expect(await storage.rows('shop/demo/device/tab1/outbox')).toBe(1);
    await first.stop();

    const again = await storage.reopen();
    const second = await embedded(again.store);
    try {
      const reader = open(second.url, 'shop/demo/catalog', tabletToken);
      const counterOutbox = open(second.url, 'shop/demo/device/tab1/outbox', counterToken);
      await Promise.all([reader.synced(), counterOutbox.synced()]);
      expect(reader.doc.getMap('products').size).toBe(40);
      expect(reader.doc.getMap('products').get('p39')).toEqual({ name: 'Product 39', pricePaise: 1039 });
      expect(counterOutbox.doc.getArray('commands').toJSON()).toEqual([0, 8, 16, 24, 32].map((i) => ({ id: `cmd${i}` })));
    } finally {
      closeClients();
      await second.stop();
      if (again !== storage) await again.close();
    }
  });

  it('a relay that stopped without closing (a crash) loses nothing written before the flush', async () => {
    const crashed = await embedded(storage.store);
    const counter = open(crashed.url, 'shop/demo/staff', counterToken);
    await counter.synced();
    counter.doc.getMap('today').set('sales', 12_345);
    counter.doc.getMap('today').set('bills', 17);
    await waitFor('the rows written', () => crashed.relay.metrics().pendingWrites === 0 && crashed.relay.metrics().store.appends > 0);
    const again = await storage.reopen();
    const next = await embedded(again.store);
    try {
      const reader = open(next.url, 'shop/demo/staff', tabletToken);
      await reader.synced();
      expect(reader.doc.getMap('today').toJSON()).toEqual({ sales: 12_345, bills: 17 });
    } finally {
      closeClients();
      await next.stop();
      await crashed.stop();
      if (again !== storage) await again.close();
    }
  });

  it('the host writes through its own copy of a document; clients see it and it is stored', async () => {
    const running = await embedded(storage.store);
    try {
      const { doc, release } = await running.relay.openDocument('shop/demo/staff');
      const reader = open(running.url, 'shop/demo/staff', tabletToken);
      await reader.synced();
      doc.getMap('outcomes').set('cmd1', { status: 'posted', number: 'T1/2526/00001' });
      await waitFor('the outcome at the tablet', () => reader.doc.getMap('outcomes').has('cmd1'));
      release();
      closeClients();
      await waitFor('unloaded', () => running.relay.metrics().rooms === 0, 15_000);
      const stored = open(running.url, 'shop/demo/staff', tabletToken);
      await stored.synced();
      expect(stored.doc.getMap('outcomes').get('cmd1')).toEqual({ status: 'posted', number: 'T1/2526/00001' });
    } finally {
      await running.stop();
    }
  });
});
