import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../../db/open';
import { SqliteSyncLog } from '../../../db/sync-log';
import { createMemoryStore, createPostgresRegistry, createPostgresStore, preparePostgres, type RoomStore, type ShopRegistry } from '../../../sync-server';

/** A store under test, with a way to count its rows and to open it again as after a restart. */
export interface StoreUnderTest {
  name: string;
  store: RoomStore;
  rows(room: string): Promise<number>;
  /** the same data through a fresh connection (a restarted relay) */
  reopen(): Promise<StoreUnderTest>;
  close(): Promise<void>;
}

export function memoryStore(): StoreUnderTest {
  const store = createMemoryStore();
  const self: StoreUnderTest = { name: 'memory', store, rows: async (room) => store.rows(room), reopen: async () => self, close: async () => undefined };
  return self;
}

/** A fresh folder under the OS temp folder, removed by cleanup(). */
export function tempFolder(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sk-sync-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sqliteStore(file: string): StoreUnderTest {
  const { db } = openDatabase(file);
  // The embedded relay's SQLite store satisfies the relay's interface structurally (db/ cannot import sync-server).
  const store: RoomStore = new SqliteSyncLog(db);
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sync_updates WHERE room = ?');
  let closed = false;
  return {
    name: 'SQLite',
    store,
    rows: async (room) => count.get(room)?.n ?? 0,
    reopen: async () => sqliteStore(file),
    close: async () => {
      if (!closed) db.close();
      closed = true;
    },
  };
}

export async function postgresStore(url: string): Promise<StoreUnderTest & { pool: pg.Pool; registry: ShopRegistry }> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A server stopped at the end of a test ends its idle connections with an error event.
  pool.on('error', () => undefined);
  await preparePostgres(pool);
  return {
    name: 'PostgreSQL',
    pool,
    store: createPostgresStore(pool),
    registry: createPostgresRegistry(pool),
    rows: async (room) => Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM sync_updates WHERE room = $1', [room])).rows[0]?.n ?? 0),
    reopen: () => postgresStore(url),
    close: () => pool.end(),
  };
}
