import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { upload } from '../support/imports';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * A big import's commit leaves the counter's thread to the counter: its file is read, parsed and
 * checked in the heavy-work process (only packed rows come back), and the WAL its slices grow is
 * copied back by the checkpoint worker while the import waits, never on the host's thread.
 */
let host: TestHost;
let manager: ApiClient;
beforeAll(async () => {
  host = makeTestHost({ offload: true });
  manager = await host.as('manager');
});
afterAll(() => host.dispose());

const ROWS = 20_000;
const csv = () =>
  new TextEncoder().encode(
    [
      'Name,Hindi name,Brand,Pack size,Barcodes,Price,MRP,HSN,GST %',
      ...Array.from(
        { length: ROWS },
        (_, i) => `Off-thread item ${i},चावल ${i},Brand ${i % 97},1 kg,,${10 + (i % 90)},${120},${i % 2 ? '1006' : ''},${i % 2 ? 5 : ''}`,
      ),
      'Off-thread bad row,,,,,not a price,,,',
    ].join('\n'),
  );

describe('a big import committed beside the counter', () => {
  it('is checked on the heavy-work thread and its WAL copied back off the host thread, every row imported', async () => {
    const importId = await upload(manager, 'off-thread.csv', csv());
    const parse = vi.spyOn(host.deps.sheets, 'parse');
    const catchUps = host.store.checkpoints.catchUpMs.length;
    const copyBacks = host.store.checkpoints.bulkWaitsMs.length;
    const wal = `${host.store.raw.name}-wal`;
    let walMax = 0;
    const sampler = setInterval(() => (walMax = Math.max(walMax, statSync(wal, { throwIfNoEntry: false })?.size ?? 0)), 5);
    try {
      const result = await manager.call('catalog.importCommit', { importId });
      expect([result.imported, result.skipped, result.errors.length]).toEqual([ROWS, 1, 1]);
      expect(result.hsnGuessed).toBe(ROWS / 2);
      // Nothing of the file was parsed for the host's own thread…
      expect(parse).not.toHaveBeenCalled();
      // …and none of the import's frames were copied back on it: the worker did, while the import waited.
      expect(host.store.checkpoints.catchUpMs.length).toBe(catchUps);
      expect(host.store.checkpoints.bulkWaitsMs.length).toBeGreaterThan(copyBacks + 2);
      expect(walMax).toBeLessThan(64 << 20);
    } finally {
      clearInterval(sampler);
      parse.mockRestore();
    }
    const [found] = await manager.call('catalog.search', { q: `Off-thread item ${ROWS - 1}`, limit: 1 });
    expect(found).toMatchObject({
      nameHi: `चावल ${ROWS - 1}`,
      brand: `Brand ${(ROWS - 1) % 97}`,
      packSize: '1 kg',
      pricePaise: (10 + ((ROWS - 1) % 90)) * 100,
    });
  }, 180_000);
});
