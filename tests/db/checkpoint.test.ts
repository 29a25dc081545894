import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-host';
import { createCheckpointer } from '../../db/checkpoint';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { createStore } from '../../db/store';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sk-checkpoint-')));
afterEach(() => cleanup());

const walFrames = (db: ReturnType<typeof openDatabase>['db']) => db.prepare<[], { log: number }>('PRAGMA wal_checkpoint(PASSIVE)').get()?.log ?? -1;

describe('WAL checkpoints off the commit path', () => {
  it('never checkpoints inside a commit, and does it after the reply once enough commits piled up', async () => {
    const { db } = openDatabase(join(dir, 'shop.sqlite'));
    const store = createStore(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    db.exec('CREATE TABLE t (x INTEGER) STRICT');
    for (let i = 0; i < 199; i++) store.transaction(() => db.prepare('INSERT INTO t VALUES (?)').run(i));
    expect(store.checkpoints.durationsMs).toHaveLength(0);
    store.transaction(() => db.prepare('INSERT INTO t VALUES (200)').run());
    expect(store.checkpoints.durationsMs).toHaveLength(0); // not inside the 200th commit…
    await store.checkpoints.settled();
    expect(store.checkpoints.durationsMs).toHaveLength(1); // …but beside it, on the worker
    // The counter keeps committing while a checkpoint runs.
    for (let i = 0; i < 200; i++) store.transaction(() => db.prepare('INSERT INTO t VALUES (?)').run(i));
    store.transaction(() => db.prepare('INSERT INTO t VALUES (-1)').run());
    await store.checkpoints.settled();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 401 });
    store.checkpoints.flush();
    expect(walFrames(db)).toBe(0);
    db.close();
  });

  it('reuses the WAL from its start under back-to-back commits, instead of growing it without end', async () => {
    const file = join(dir, 'busy.sqlite');
    const { db } = openDatabase(file);
    const checkpoints = createCheckpointer(db, { everyCommits: 50, catchUpAfter: 5, idleMs: 60_000 });
    db.exec('CREATE TABLE t (x TEXT) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // 1,000 commits of about a page each, with no pause for the worker's reply: a busy counter.
    for (let i = 0; i < 1_000; i++) {
      insert.run('x'.repeat(3000));
      checkpoints.noteCommit();
    }
    // Never restarted, the WAL holds all 1,000 commits (13 MB); reused, it stays near the commits
    // between two passes (the first is longer: the worker thread is still starting), ≈ 1.3 MB.
    expect(statSync(`${file}-wal`).size).toBeLessThan(3_000_000);
    await checkpoints.settled();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1_000 });
    checkpoints.flush();
    db.close();
  });

  it('leaves the catch-up to the worker when another connection wrote since its pass (a job on a worker thread)', async () => {
    const file = join(dir, 'two.sqlite');
    const { db } = openDatabase(file);
    const checkpoints = createCheckpointer(db, { everyCommits: 20, catchUpAfter: 4, idleMs: 60_000 });
    db.exec('CREATE TABLE t (x TEXT) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    const commits = async (n: number) => {
      for (let i = 0; i < n; i++) {
        insert.run('x'.repeat(3000));
        checkpoints.noteCommit();
      }
      await checkpoints.settled();
    };
    // Only this connection wrote: the catch-up runs here, after the pass.
    await commits(20 + 4);
    expect([checkpoints.durationsMs.length, checkpoints.catchUpMs.length]).toEqual([1, 1]);
    // Another connection commits after the next pass (4 + 16 = 20 commits since the last one): no
    // catch-up here, another pass instead.
    await commits(16);
    expect(checkpoints.durationsMs.length).toBe(2);
    const other = new Database(file);
    other.prepare('INSERT INTO t VALUES (?)').run('y'.repeat(300_000));
    other.close();
    await commits(4);
    expect([checkpoints.durationsMs.length, checkpoints.catchUpMs.length]).toEqual([3, 1]);
    checkpoints.flush();
    db.close();
  });

  it("copies a bulk writer's commits back on the worker while the writer waits, never on the committing thread, and keeps the WAL short", async () => {
    const file = join(dir, 'bulk.sqlite');
    const { db } = openDatabase(file);
    const checkpoints = createCheckpointer(db, { everyCommits: 50, catchUpAfter: 5, bulkEvery: 20, idleMs: 60_000 });
    db.exec('CREATE TABLE t (x TEXT) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    let walMax = 0;
    // 600 slices of 30 pages each (an import's), a bill of a page after every third.
    for (let i = 0; i < 600; i++) {
      db.transaction(() => {
        for (let r = 0; r < 30; r++) insert.run('x'.repeat(3000));
      })();
      checkpoints.noteCommit();
      const copied = checkpoints.noteBulkCommit();
      if (i % 3 === 0) {
        insert.run('bill');
        checkpoints.noteCommit();
      }
      await copied;
      walMax = Math.max(walMax, statSync(`${file}-wal`).size);
    }
    await checkpoints.settled();
    // Copied back here, a round of 16 slices' frames was 75–85 ms of the counter's thread.
    expect(checkpoints.catchUpMs).toEqual([]);
    expect(checkpoints.bulkWaitsMs.length).toBe(30);
    // All 600 slices are 54 MB of frames; started over every 20 slices, the WAL holds about 2 MB.
    expect(walMax).toBeLessThan(6_000_000);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 600 * 30 + 200 });
    // Bills alone again: their catch-up is back on this thread, a few frames.
    await checkpoints.noteBulkCommit();
    for (let i = 0; i < 60; i++) {
      insert.run('bill');
      checkpoints.noteCommit();
    }
    await checkpoints.settled();
    for (let i = 0; i < 10; i++) {
      insert.run('bill');
      checkpoints.noteCommit();
    }
    expect(checkpoints.catchUpMs.length).toBeGreaterThan(0);
    checkpoints.flush();
    db.close();
  });

  it('after a quiet spell the next commit starts the WAL over, cut back to its size limit', async () => {
    const file = join(dir, 'quiet.sqlite');
    const { db } = openDatabase(file);
    const checkpoints = createCheckpointer(db, { everyCommits: 1_000_000, idleMs: 50 });
    db.pragma('journal_size_limit = 65536'); // small, so a few hundred rows cross it
    db.exec('CREATE TABLE t (x TEXT) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 300; i++) {
      insert.run('x'.repeat(500));
      checkpoints.noteCommit();
    }
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(100_000);
    await expect.poll(() => checkpoints.durationsMs.length, { timeout: 5000 }).toBe(1);
    await checkpoints.settled();
    insert.run('after the pause');
    expect(statSync(`${file}-wal`).size).toBeLessThanOrEqual(65_536);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 301 });
    checkpoints.flush();
    expect(statSync(`${file}-wal`).size).toBe(0);
    db.close();
  });
});
