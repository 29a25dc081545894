import { connect as netConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, createMemoryRegistry, createMemoryStore, createRelay, signMessage, type Relay } from '../../sync-server';
import { connect, makeShop, sleep, waitFor, type Client } from './support/clients';

const SECRET = 'a registration secret of at least 32 characters';
const shop = makeShop('demo');
const other = makeShop('other');
let relay: Relay;
let base: string;
const clients: Client[] = [];
const open = (room: string, token?: string) => {
  const client = connect(base, room, token);
  clients.push(client);
  return client;
};

async function register(shopId: string, publicKey: string, secret = SECRET) {
  const res = await fetch(`http://127.0.0.1:${relay.port}/sync/shops/${shopId}/register`, { method: 'POST', body: JSON.stringify({ publicKey, secret }) });
  return res.status;
}

beforeAll(async () => {
  relay = await createRelay({
    store: createMemoryStore(),
    registry: createMemoryRegistry(),
    registrationSecret: SECRET,
    pathPrefix: '/sync/',
    log: () => undefined,
  });
  base = relay.url ?? '';
  expect(await register(shop.id, shop.keys.publicKey)).toBe(201);
  expect(await register(other.id, other.keys.publicKey)).toBe(201);
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await relay.close();
});

describe('shop registration', () => {
  it('refuses a wrong secret and another key for a registered shop; the same key again is fine', async () => {
    expect(await register('newshop', shop.keys.publicKey, 'not the secret')).toBe(403);
    expect(await register(shop.id, other.keys.publicKey)).toBe(409);
    expect(await register(shop.id, shop.keys.publicKey)).toBe(200);
    expect(await register('bad', 'not-a-key')).toBe(400);
  });
});

describe('refused before the upgrade completes, with a code that stops reconnecting', () => {
  const cases: Array<[string, () => [string, string | undefined], number]> = [
    ['a token that is not one', () => ['shop/demo/staff', 'garbage.token'], CloseCode.unauthenticated],
    ['an expired token', () => ['shop/demo/staff', shop.token('manager', 'tab1', { iatOffset: -7200, lifetime: 3600 })], CloseCode.unauthenticated],
    ['a token signed with another key', () => ['shop/demo/staff', other.token('manager', 'tab1', { shop: 'demo' })], CloseCode.unauthenticated],
    ['a token that lives too long', () => ['shop/demo/staff', shop.token('manager', 'tab1', { lifetime: 90 * 86_400 })], CloseCode.unauthenticated],
    ["another shop's token", () => ['shop/demo/staff', other.token('manager', 'tab1')], CloseCode.forbidden],
    ['a shop the relay does not know', () => ['shop/nowhere/catalog', undefined], CloseCode.unknownDocument],
    ['a document that is not one of the shop’s', () => ['shop/demo/secrets', shop.token('owner', 'ph1')], CloseCode.unknownDocument],
    ['the anonymous reader on the staff document', () => ['shop/demo/staff', undefined], CloseCode.unauthenticated],
    ['a staff device on another device’s outbox', () => ['shop/demo/device/tab2/outbox', shop.token('staff', 'tab1')], CloseCode.forbidden],
    ['the accountant on an outbox', () => ['shop/demo/device/acc1/outbox', shop.token('accountant', 'acc1')], CloseCode.forbidden],
  ];
  it.each(cases)('%s', async (_what, make, code) => {
    const [room, token] = make();
    const client = open(room, token);
    expect((await client.closed).code).toBe(code);
    await sleep(400);
    expect(client.closes).toEqual([code]);
    expect(client.provider.shouldConnect).toBe(false);
  });

  it('loads no document for a refused connection', async () => {
    const before = relay.metrics().rooms;
    const client = open('shop/demo/device/someone/outbox', 'garbage');
    await client.closed;
    expect(relay.metrics().rooms).toBe(before);
  });

  it('answers a raw upgrade for a garbled name with 4404, and one outside the prefix with 404', async () => {
    const garbled = await rawUpgrade('/sync/shop/%zz/../catalog');
    expect(garbled.slice(0, 12).toString('latin1')).toBe('HTTP/1.1 101');
    const frame = garbled.subarray(garbled.indexOf('\r\n\r\n') + 4);
    expect([frame[0], frame.readUInt16BE(2)]).toEqual([0x88, CloseCode.unknownDocument]);
    expect((await rawUpgrade('/elsewhere/shop/demo/catalog')).toString('latin1')).toMatch(/^HTTP\/1\.1 404/);
    const ok = open('shop/demo/catalog');
    await ok.synced();
  });
});

/** Sends a WebSocket handshake by hand and returns every byte the relay answered. */
function rawUpgrade(path: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const socket = netConnect(relay.port ?? 0, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    let got = Buffer.alloc(0);
    socket.on('data', (chunk) => (got = Buffer.concat([got, chunk])));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(), 1000);
  });
}

describe('per-document permissions', () => {
  let counterCatalog: Client;
  beforeAll(async () => {
    counterCatalog = open('shop/demo/catalog', shop.token('counter', 'counter'));
    await counterCatalog.synced();
    counterCatalog.doc.getMap('products').set('p1', { name: 'Tata Salt 1kg', pricePaise: 2800 });
  });

  it('every role and the anonymous reader read the catalog the counter wrote', async () => {
    const readers = [
      open('shop/demo/catalog'),
      ...(['owner', 'manager', 'staff', 'accountant'] as const).map((role) => open('shop/demo/catalog', shop.token(role, `${role}1`))),
    ];
    for (const reader of readers) await waitFor('the catalog', () => reader.doc.getMap('products').has('p1'));
  });

  it("a read-only write (the anonymous reader's, a staff device's) never reaches the relay or anyone else", async () => {
    const watcher = open('shop/demo/catalog', shop.token('owner', 'ph1'));
    const reader = open('shop/demo/catalog');
    const staff = open('shop/demo/catalog', shop.token('staff', 'tab1'));
    await Promise.all([watcher.synced(), reader.synced(), staff.synced()]);
    const dropped = relay.metrics().dropped['read-only'] ?? 0;
    reader.doc.getMap('products').set('p1', { name: 'FREE', pricePaise: 0 });
    staff.doc.getMap('products').set('p2', { name: 'made up', pricePaise: 1 });
    await waitFor('both writes dropped', () => (relay.metrics().dropped['read-only'] ?? 0) >= dropped + 2);
    counterCatalog.doc.getMap('products').set('p3', { name: 'after', pricePaise: 5 });
    await waitFor('the later write', () => watcher.doc.getMap('products').has('p3'));
    expect(watcher.doc.getMap('products').get('p1')).toEqual({ name: 'Tata Salt 1kg', pricePaise: 2800 });
    expect(watcher.doc.getMap('products').has('p2')).toBe(false);
    expect(counterCatalog.doc.getMap('products').has('p2')).toBe(false);
    const fresh = open('shop/demo/catalog', shop.token('manager', 'tab9'));
    await fresh.synced();
    expect(fresh.doc.getMap('products').get('p1')).toEqual({ name: 'Tata Salt 1kg', pricePaise: 2800 });
  });

  it('a device writes its own outbox and the counter reads it; the counter cannot write it', async () => {
    const tablet = open('shop/demo/device/tab1/outbox', shop.token('staff', 'tab1'));
    const counter = open('shop/demo/device/tab1/outbox', shop.token('counter', 'counter'));
    await Promise.all([tablet.synced(), counter.synced()]);
    tablet.doc.getArray('commands').push([{ id: 'c1', type: 'bill' }]);
    await waitFor('the command at the counter', () => counter.doc.getArray('commands').length === 1);
    counter.doc.getArray('commands').push([{ id: 'forged' }]);
    await sleep(300);
    expect(tablet.doc.getArray('commands').toJSON()).toEqual([{ id: 'c1', type: 'bill' }]);
  });

  it('the staff document is written by the counter only', async () => {
    const counter = open('shop/demo/staff', shop.token('counter', 'counter'));
    const manager = open('shop/demo/staff', shop.token('manager', 'tab1'));
    const owner = open('shop/demo/staff', shop.token('owner', 'ph1'));
    await Promise.all([counter.synced(), manager.synced(), owner.synced()]);
    manager.doc.getMap('stock').set('p0', 999);
    counter.doc.getMap('stock').set('p1', 10);
    await waitFor('the counter’s figure', () => owner.doc.getMap('stock').get('p1') === 10);
    await sleep(200);
    expect(owner.doc.getMap('stock').toJSON()).toEqual({ p1: 10 });
    expect(counter.doc.getMap('stock').toJSON()).toEqual({ p1: 10 });
  });
});

describe('revocation', () => {
  it('closes the revoked device’s open connections at once and refuses it after', async () => {
    const token = shop.token('manager', 'lost-tablet');
    const staffDoc = open('shop/demo/staff', token);
    const outbox = open('shop/demo/device/lost-tablet/outbox', token);
    const bystander = open('shop/demo/staff', shop.token('owner', 'ph1'));
    await Promise.all([staffDoc.synced(), outbox.synced(), bystander.synced()]);
    const at = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${relay.port}/sync/shops/demo/revocations`, {
      method: 'POST',
      body: JSON.stringify(signMessage(shop.keys.privateKey, { shop: 'demo', devices: [{ device: 'lost-tablet', at }] })),
    });
    expect(await res.json()).toEqual({ revoked: 1, closed: 2 });
    expect((await staffDoc.closed).code).toBe(CloseCode.revoked);
    expect((await outbox.closed).code).toBe(CloseCode.revoked);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(open('shop/demo/staff', token).closed).resolves.toMatchObject({ code: CloseCode.revoked });
    expect(bystander.provider.wsconnected).toBe(true);
    // Paired again later, it gets a new token, issued after the revocation.
    await sleep(1100);
    const repaired = open('shop/demo/staff', shop.token('manager', 'lost-tablet', { iatOffset: 1 }));
    await repaired.synced();
  });

  it('refuses a revocation not signed by the shop', async () => {
    const forged = signMessage(other.keys.privateKey, { shop: 'demo', devices: [{ device: 'ph1', at: 9e9 }] });
    const res = await fetch(`http://127.0.0.1:${relay.port}/sync/shops/demo/revocations`, { method: 'POST', body: JSON.stringify(forged) });
    expect(res.status).toBe(403);
    const owner = open('shop/demo/staff', shop.token('owner', 'ph1'));
    await owner.synced();
  });

  it('an embedded host revokes directly', async () => {
    const client = open('shop/demo/staff', shop.token('owner', 'ph7'));
    await client.synced();
    expect(await relay.revokeDevice('demo', 'ph7')).toBe(1);
    expect((await client.closed).code).toBe(CloseCode.revoked);
  });
});

it('keeps a Y.Doc per client id (sanity: the test clients are independent)', () => {
  expect(new Y.Doc().clientID).not.toBe(new Y.Doc().clientID);
});
