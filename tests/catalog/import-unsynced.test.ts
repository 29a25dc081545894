import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { upload } from '../support/imports';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * An import's bulk commits do not wait for the disk on the host's thread (the counter's bills
 * would wait behind each fsync), yet the import answers only once what it wrote is durable.
 */
let host: TestHost;
let manager: ApiClient;
beforeAll(async () => {
  host = makeTestHost();
  manager = await host.as('manager');
});
afterAll(() => host.dispose());

const csv = (rows: number) =>
  new TextEncoder().encode(['Name,Brand,Price,MRP', ...Array.from({ length: rows }, (_, i) => `Unsynced item ${i},Test,${10 + (i % 90)},${120}`)].join('\n'));

describe('an import on a WAL shop file', () => {
  it('commits its upload and rows at synchronous=NORMAL, and answers each request only after a flush', async () => {
    /** every commit that wrote, with the connection's synchronous level at the time; and each flush that finished */
    const events: string[] = [];
    const raw = host.store.raw;
    const stop = host.store.onCommit((wrote) => {
      if (wrote) events.push(`commit@${String(raw.pragma('synchronous', { simple: true }))}`);
    });
    const unsynced = host.deps.unsyncedWrites;
    if (unsynced) {
      host.deps.unsyncedWrites = {
        transaction: (fn) => unsynced.transaction(fn),
        flush: async () => {
          await unsynced.flush();
          events.push('flushed');
        },
      };
    }
    try {
      const importId = await upload(manager, 'unsynced.csv', csv(3_000));
      expect(events.at(-1)).toBe('flushed');
      const uploadCommits = events.filter((e) => e.startsWith('commit'));
      expect(uploadCommits.length).toBeGreaterThan(0);
      events.length = 0;
      const result = await manager.call('catalog.importCommit', { importId });
      expect(result.imported).toBe(3_000);
      expect(events.at(-1)).toBe('flushed');
      const commits = events.filter((e) => e.startsWith('commit'));
      // staged slices, the commit point, the upload freed, the rows made live: many commits, none synced on this thread
      expect(commits.length).toBeGreaterThan(5);
      expect([...uploadCommits, ...commits].filter((c) => c !== 'commit@1')).toEqual([]);
      // the connection is back at FULL for the counter's bills
      expect(Number(raw.pragma('synchronous', { simple: true }))).toBe(2);
      const found = await manager.call('catalog.search', { q: 'Unsynced item 2999', limit: 1 });
      expect(found.length).toBeGreaterThan(0);
    } finally {
      stop();
      if (unsynced) host.deps.unsyncedWrites = unsynced;
    }
  }, 120_000);
});
