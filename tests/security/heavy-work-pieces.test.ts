import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSpreadsheets } from '../../app/host/spreadsheets';
import { PIECE_SIZE } from '../../app/host/workers/reply-pieces';
import { JobProcess } from '../../app/host/workers/job-process';
import { upload } from '../support/imports';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * A file the heavy-work thread makes crosses to the host's thread in pieces: an export of 300,000
 * products is 32 MB of base64, and taken off the pipe and deserialised as one message it held the
 * host's thread (and the counter's bills) for a quarter of a second.
 */
const PRODUCTS = 40_000;
let host: TestHost;

beforeAll(() => {
  host = makeTestHost({ offload: true });
  const createdAt = new Date().toISOString();
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647);
  host.store.transaction(() => {
    for (let i = 0; i < PRODUCTS; i++) {
      host.store.catalog.insert({
        id: `prod-piece-${i}`,
        name: `Item ${random().toString(36)} ${i}`,
        nameHi: null,
        altNames: [],
        barcodes: [`29${String(i).padStart(10, '0')}`],
        hsn: '1006',
        uqc: null,
        gstRateBp: 500,
        cessRateBp: 0,
        mrpPaise: 10_000 + (random() % 90_000),
        pricePaise: 9_000,
        costPaise: 8_000,
        unit: 'pcs',
        loose: false,
        category: `Category ${random() % 50}`,
        subCategory: '',
        brand: `Brand ${random() % 500}`,
        packSize: '1 kg',
        imageUrl: null,
        reorderLevelMilli: 0,
        reorderQtyMilli: 0,
        plu: null,
        units: [],
        createdAt,
      });
    }
  });
}, 120_000);
afterAll(() => host.dispose());

describe('an export from the heavy-work thread', () => {
  it('reaches the host in messages of at most a piece each, and is whole', async () => {
    const emit = vi.spyOn(JobProcess.prototype, 'emit');
    const manager = await host.as('manager');
    try {
      const file = await manager.call('catalog.exportExcel', { what: 'catalog' });
      const sizes = emit.mock.calls.filter(([event]) => event === 'message').map(([, message]) => serialize(message).length);
      expect(file.base64.length).toBeGreaterThan(PIECE_SIZE);
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThan(PIECE_SIZE + 1024);
      const table = await createSpreadsheets().parse(new Uint8Array(Buffer.from(file.base64, 'base64')), 'back.xlsx', 'utf-8');
      expect(table.rows.length).toBeGreaterThanOrEqual(PRODUCTS);
      expect(table.rows.some((r) => r.cells.includes(`29${String(PRODUCTS - 1).padStart(10, '0')}`))).toBe(true);
    } finally {
      emit.mockRestore();
    }
  }, 180_000);
});

describe('a parsed workbook from the heavy-work thread', () => {
  it('reaches the host for a commit in messages of at most a piece each, every row imported', async () => {
    const rows = 12_000;
    const csv = ['Name,Brand,Price', ...Array.from({ length: rows }, (_, i) => `Piece test item ${i} ${'x'.repeat(80)},Brand ${i % 97},${10 + (i % 90)}`)];
    const manager = await host.as('manager');
    const importId = await upload(manager, 'pieces.csv', new TextEncoder().encode(csv.join('\n')));
    const emit = vi.spyOn(JobProcess.prototype, 'emit');
    try {
      const committed = await manager.call('catalog.importCommit', { importId });
      const sizes = emit.mock.calls.filter(([event]) => event === 'message').map(([, message]) => serialize(message).length);
      expect(committed.imported).toBe(rows);
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThan(PIECE_SIZE + 1024);
    } finally {
      emit.mockRestore();
    }
  }, 180_000);
});
