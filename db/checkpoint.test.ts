import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../tests/support/test-host';
import { createCheckpointer } from './checkpoint';
import { openDatabase } from './open';
import { createStore } from './store';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sk-checkpoint-')));
afterEach(() => cleanup());

const walFrames = (db: ReturnType<typeof openDatabase>['db']) => (db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>)[0]?.log ?? -1;

describe('WAL checkpoints off the commit path', () => {
  it('never checkpoints inside a commit, and does it after the reply once enough commits piled up', async () => {
    const { db } = openDatabase(join(dir, 'shop.sqlite'));
    const store = createStore(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    db.exec('CREATE TABLE t (x INTEGER) STRICT');
    for (let i = 0; i < 399; i++) store.transaction(() => db.prepare('INSERT INTO t VALUES (?)').run(i));
    expect(store.checkpoints.durationsMs).toHaveLength(0);
    store.transaction(() => db.prepare('INSERT INTO t VALUES (400)').run());
    expect(store.checkpoints.durationsMs).toHaveLength(0); // not inside the 400th commit…
    await store.checkpoints.settled();
    expect(store.checkpoints.durationsMs).toHaveLength(1); // …but beside it, on the worker
    // The counter keeps committing while a checkpoint runs.
    for (let i = 0; i < 400; i++) store.transaction(() => db.prepare('INSERT INTO t VALUES (?)').run(i));
    store.transaction(() => db.prepare('INSERT INTO t VALUES (-1)').run());
    await store.checkpoints.settled();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 801 });
    store.checkpoints.flush();
    expect(walFrames(db)).toBe(0);
    db.close();
  });

  it('empties the WAL file once the shop goes quiet, so a busy spell does not leave it long', async () => {
    const file = join(dir, 'quiet.sqlite');
    const { db } = openDatabase(file);
    const checkpoints = createCheckpointer(db, { everyCommits: 1_000_000, idleMs: 50 });
    db.exec('CREATE TABLE t (x TEXT) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 300; i++) {
      insert.run('x'.repeat(500));
      checkpoints.noteCommit();
    }
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(100_000);
    await expect.poll(() => checkpoints.durationsMs.length, { timeout: 5000 }).toBe(1);
    await checkpoints.settled();
    expect(statSync(`${file}-wal`).size).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 300 });
    checkpoints.flush();
    db.close();
  });
});
