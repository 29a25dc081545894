import type pg from 'pg';
import type { Registration, ShopRegistry } from './registry';
import type { RoomStore } from './store';

/**
 * The standalone relay's PostgreSQL: the update log (`sync_updates`, one row per batch of
 * updates, folded now and then), the shops' public keys and their revocations. Several relay
 * processes share one database; each writes only what its own clients sent.
 */
const SCHEMA: Array<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE sync_updates (
        seq BIGSERIAL PRIMARY KEY,
        room TEXT COLLATE "C" NOT NULL,
        data BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX sync_updates_room_seq ON sync_updates (room, seq);
      CREATE TABLE sync_shops (
        shop_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE sync_revocations (
        shop_id TEXT NOT NULL REFERENCES sync_shops (shop_id) ON DELETE CASCADE,
        device_id TEXT NOT NULL,
        revoked_at BIGINT NOT NULL,
        PRIMARY KEY (shop_id, device_id)
      );`,
  },
];

/** Any fixed number: the advisory lock that lets only one starting process create the tables. */
const SCHEMA_LOCK = 0x5b_5c_00_01;

/** Creates or updates the relay's tables (versioned, append-only), under a lock so parallel starts agree. */
export async function preparePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS sync_schema (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM sync_schema')).rows.map((r) => r.version));
    for (const step of SCHEMA) {
      if (applied.has(step.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(step.sql);
        await client.query('INSERT INTO sync_schema (version) VALUES ($1)', [step.version]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The first name after every name that starts with prefix (room names are ASCII, compared bytewise). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

interface PendingRow {
  room: string;
  data: Buffer;
  done: (error?: Error) => void;
}

/** Rows per INSERT and INSERTs in flight: appends from every room are grouped into few statements. */
const ROWS_PER_INSERT = 500;
const INSERTS_IN_FLIGHT = 2;

export function createPostgresStore(pool: pg.Pool): RoomStore {
  // Each room already batches its own updates; across 2,000 rooms that is still hundreds of rows a
  // second, so rows waiting while an INSERT runs go together in the next one (a room's own writes
  // are sequential, so its rows keep their order).
  const waiting: PendingRow[] = [];
  let inFlight = 0;
  const pump = () => {
    while (inFlight < INSERTS_IN_FLIGHT && waiting.length > 0) {
      const batch = waiting.splice(0, ROWS_PER_INSERT);
      inFlight++;
      const values = batch.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
      pool
        .query(
          `INSERT INTO sync_updates (room, data) VALUES ${values}`,
          batch.flatMap((row) => [row.room, row.data]),
        )
        .then(
          () => batch.forEach((row) => row.done()),
          (e: Error) => batch.forEach((row) => row.done(e)),
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  };
  return {
    load: async (room) => (await pool.query<{ data: Buffer }>('SELECT data FROM sync_updates WHERE room = $1 ORDER BY seq', [room])).rows.map((r) => r.data),
    append: (room, update) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ room, data: Buffer.from(update.buffer, update.byteOffset, update.byteLength), done: (e) => (e ? reject(e) : resolve()) });
        if (waiting.length === 1) setImmediate(pump);
      }),
    compact: async (room, merge) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // One fold per room at a time, across processes; appends go on meanwhile.
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [room]);
        const rows = (await client.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM sync_updates WHERE room = $1 ORDER BY seq', [room])).rows;
        const merged = merge(rows.map((r) => r.data));
        // Exactly the rows that were folded: one committed meanwhile with a lower seq is kept.
        await client.query('DELETE FROM sync_updates WHERE room = $1 AND seq = ANY($2::bigint[])', [room, rows.map((r) => r.seq)]);
        await client.query('INSERT INTO sync_updates (room, data) VALUES ($1, $2)', [room, Buffer.from(merged)]);
        await client.query('COMMIT');
        return rows.length;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    listRooms: async (prefix) =>
      (
        await pool.query<{ room: string }>('SELECT DISTINCT room FROM sync_updates WHERE room >= $1 AND room < $2 ORDER BY room', [prefix, prefixEnd(prefix)])
      ).rows.map((r) => r.room),
    destroy: async (room) => {
      await pool.query('DELETE FROM sync_updates WHERE room = $1', [room]);
    },
  };
}

export function createPostgresRegistry(pool: pg.Pool): ShopRegistry {
  return {
    publicKey: async (shopId) =>
      (await pool.query<{ public_key: string }>('SELECT public_key FROM sync_shops WHERE shop_id = $1', [shopId])).rows[0]?.public_key ?? null,
    register: async (shopId, publicKey): Promise<Registration> => {
      const inserted = await pool.query('INSERT INTO sync_shops (shop_id, public_key) VALUES ($1, $2) ON CONFLICT (shop_id) DO NOTHING', [shopId, publicKey]);
      if (inserted.rowCount === 1) return 'created';
      const existing = (await pool.query<{ public_key: string }>('SELECT public_key FROM sync_shops WHERE shop_id = $1', [shopId])).rows[0];
      return existing?.public_key === publicKey ? 'same' : 'conflict';
    },
    revocations: async (shopId) =>
      new Map(
        (
          await pool.query<{ device_id: string; revoked_at: string }>('SELECT device_id, revoked_at FROM sync_revocations WHERE shop_id = $1', [shopId])
        ).rows.map((r) => [r.device_id, Number(r.revoked_at)]),
      ),
    revoke: async (shopId, deviceId, at) => {
      await pool.query(
        `INSERT INTO sync_revocations (shop_id, device_id, revoked_at) VALUES ($1, $2, $3)
         ON CONFLICT (shop_id, device_id) DO UPDATE SET revoked_at = GREATEST(sync_revocations.revoked_at, EXCLUDED.revoked_at)`,
        [shopId, deviceId, at],
      );
    },
  };
}
