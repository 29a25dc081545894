import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../app/host/create-host';
import { demoCatalog } from '../../app/host/demo/demo-shop';
import { openDatabase } from '../../db/open';
import { tempDir } from '../support/test-host';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sk-first-run-')));
afterEach(() => cleanup());

describe('the first run creates the demo shop all or nothing', () => {
  /*
   * Seeding once ran in several transactions: a crash between them left a shop without products,
   * and every later start skipped seeding because the shop row existed (a SIGKILL timed into that
   * window did it 10 times in 10). A trigger stands in for the failure (a full disk, a power cut).
   */
  it('a failure while writing the catalogue leaves no half-made shop behind', () => {
    const dbFile = join(dir, 'shop.sqlite');
    const prepared = openDatabase(dbFile).db;
    prepared.exec("CREATE TRIGGER catalogue_write_fails BEFORE INSERT ON products BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    prepared.close();
    expect(() => createHost({ dbFile, log: () => {} })).toThrow(/disk full/);

    const repaired = new Database(dbFile);
    repaired.exec('DROP TRIGGER catalogue_write_fails'); // the disk has room again
    repaired.close();
    const host = createHost({ dbFile, log: () => {} });
    try {
      expect(host.store.raw.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: demoCatalog.length });
    } finally {
      host.close();
    }
  });
});
