import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRegistry, createMemoryStore, createRedisBus, createRelay, type Relay, type RoomBus } from '../../sync-server';
import { connect, makeShop, sleep, waitFor, type Client } from './support/clients';
import { startRedis, type Throwaway } from './support/servers';

/**
 * Two relays in this process, each with its own Redis connections, sharing one store. A room
 * publishes only while it knows another process holds it; what it kept back before a newcomer's
 * `hello` must reach the newcomer in the answer, even when none of it was stored yet.
 */
const shop = makeShop('demo');
let redis: Throwaway;
const relays: Relay[] = [];
const buses: RoomBus[] = [];
const clients: Client[] = [];
const store = createMemoryStore();

async function relay(): Promise<Relay> {
  const registry = createMemoryRegistry();
  await registry.register(shop.id, shop.keys.publicKey);
  const bus = await createRedisBus({ url: redis.url, log: () => undefined });
  buses.push(bus);
  // Writes wait a minute: the newcomer cannot find this room's updates in the store.
  const created = await createRelay({ store, registry, bus, flushMs: 60_000, idleUnloadMs: 100, log: () => undefined });
  relays.push(created);
  return created;
}

const open = (r: Relay, room: string, token: string) => {
  const client = connect(r.url ?? '', room, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const r of relays) await r.close();
  for (const bus of buses) await bus.close();
  await redis?.stop();
});

describe('the Redis bus between relay processes', () => {
  it('a process alone publishes nothing; a newcomer still gets everything through hello/answer, then both ways', async () => {
    const a = await relay();
    const counter = open(a, 'shop/demo/staff', shop.token('counter', 'counter'));
    await counter.synced();
    await waitFor('its hello', () => a.metrics().bus.published === 1);
    for (let i = 0; i < 10; i++) counter.doc.getMap('today').set(`k${i}`, i);
    await waitFor('applied on A', () => a.metrics().messagesIn >= 11);
    await sleep(100);
    expect(a.metrics().bus.published).toBe(1);
    expect(store.rows('shop/demo/staff')).toBe(0);

    const b = await relay();
    const phone = open(b, 'shop/demo/staff', shop.token('owner', 'ph1'));
    await waitFor('the kept-back figures on B', () => phone.doc.getMap('today').size === 10);
    counter.doc.getMap('today').set('later', 1);
    await waitFor('a later update published to B', () => phone.doc.getMap('today').get('later') === 1);
    expect(a.metrics().bus.published).toBeGreaterThan(3);
  });

  it('after the other process unloads the room (bye), publishing stops again', async () => {
    const [a, b] = relays as [Relay, Relay];
    for (const client of clients.splice(1)) client.destroy();
    await waitFor('B unloaded the room', () => b.metrics().rooms === 0);
    const counter = clients[0]!;
    const published = () => a.metrics().bus.published;
    const deadline = Date.now() + 5_000;
    for (;;) {
      const before = published();
      counter.doc.getMap('today').set('probe', before);
      await sleep(100);
      if (published() === before) break;
      if (Date.now() > deadline) throw new Error('A kept publishing after B left');
    }
  });
});
