import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates } from '../../sync-server';
import { startPostgres, type Throwaway } from './support/servers';
import { memoryStore, postgresStore, sqliteStore, tempFolder, type StoreUnderTest } from './support/stores';

let postgres: Throwaway;
const folder = tempFolder();
const stores: StoreUnderTest[] = [];
beforeAll(async () => {
  postgres = await startPostgres();
  stores.push(memoryStore(), sqliteStore(join(folder.dir, 'shop.sqlite')), await postgresStore(postgres.url));
});
afterAll(async () => {
  for (const s of stores) await s.close();
  await postgres?.stop();
  folder.cleanup();
});

/** Updates that each add one entry to a map, from one document's history. */
function history(n: number, key = 'k'): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < n; i++) doc.getMap('m').set(`${key}${i}`, i);
  return updates;
}

const read = (updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getMap('m').toJSON();
};

describe.each(['memory', 'SQLite', 'PostgreSQL'])('the %s store', (name) => {
  const store = () => stores.find((s) => s.name === name)!;

  it('loads nothing for a room never written, and the rows in order once appended', async () => {
    expect(await store().store.load(`shop/${name}/catalog`)).toEqual([]);
    const updates = history(5);
    for (const u of updates) await store().store.append(`shop/${name}/catalog`, u);
    const loaded = await store().store.load(`shop/${name}/catalog`);
    expect(loaded.map((u) => [...u])).toEqual(updates.map((u) => [...u]));
  });

  it('folds a room into one row that reads the same, leaving other rooms alone', async () => {
    const room = `shop/${name}/staff`;
    for (const u of history(20)) await store().store.append(room, u);
    await store().store.append(`shop/${name}/device/d1/outbox`, history(1, 'x')[0]!);
    const before = read(await store().store.load(room));
    expect(await store().store.compact(room, foldUpdates)).toBe(20);
    expect(await store().rows(room)).toBe(1);
    expect(read(await store().store.load(room))).toEqual(before);
    expect(await store().rows(`shop/${name}/device/d1/outbox`)).toBe(1);
  });

  it('lists a shop’s rooms by prefix without its neighbours’ (shop/a/ is not shop/ab/)', async () => {
    for (const room of ['shop/a/catalog', 'shop/a/device/t1/outbox', 'shop/ab/catalog', 'shop/a-/staff']) await store().store.append(room, history(1)[0]!);
    expect(await store().store.listRooms('shop/a/')).toEqual(['shop/a/catalog', 'shop/a/device/t1/outbox']);
    await store().store.destroy('shop/a/catalog');
    expect(await store().store.listRooms('shop/a/')).toEqual(['shop/a/device/t1/outbox']);
  });

  it('keeps rows appended while folds run, and folds that race each other lose nothing', async () => {
    const room = `shop/${name}/device/race/outbox`;
    const updates = history(60);
    const work: Array<Promise<unknown>> = [];
    for (const [i, u] of updates.entries()) {
      work.push(store().store.append(room, u));
      if (i % 15 === 7) work.push(store().store.compact(room, foldUpdates));
    }
    await Promise.all(work);
    expect(Object.keys(read(await store().store.load(room))).length).toBe(60);
  });

  it('survives a reopen (a restarted relay reads what the last one wrote)', async () => {
    const again = await store().reopen();
    try {
      expect(Object.keys(read(await again.store.load(`shop/${name}/staff`))).length).toBe(20);
    } finally {
      if (again !== store()) await again.close();
    }
  });
});

describe('the PostgreSQL registry', () => {
  it('registers a key once, refuses another, and keeps the latest revocation per device', async () => {
    const pgStore = stores.find((s) => s.name === 'PostgreSQL') as Awaited<ReturnType<typeof postgresStore>>;
    const { registry } = pgStore;
    expect(await registry.publicKey('s1')).toBeNull();
    expect(await registry.register('s1', 'key-one')).toBe('created');
    expect(await registry.register('s1', 'key-one')).toBe('same');
    expect(await registry.register('s1', 'key-two')).toBe('conflict');
    await registry.revoke('s1', 'tab', 100);
    await registry.revoke('s1', 'tab', 50);
    await registry.revoke('s1', 'phone', 70);
    expect(await registry.revocations('s1')).toEqual(
      new Map([
        ['tab', 100],
        ['phone', 70],
      ]),
    );
  });
});
