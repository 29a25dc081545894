import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Tables the host writes by itself, whatever a request does: the print queue retries on a
 * timer, sessions note when they were last used, and the sync relay's log takes the counter's
 * projections (stock, dues, today) a moment after an earlier accepted write. A refused request that half-wrote a bill,
 * a voucher or a customer shows in every other table.
 */
const MOVING = /^(print_|sessions$|devices$|sync_updates$|sqlite_|.*_fts)/;

export interface Digest {
  digest: string;
  rows: number;
  tables: number;
}

/** A fingerprint of every row of every table the requests could change, read on its own connection. */
function digestOf(db: Database.Database): Digest {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((t) => t.name)
    .filter((name) => !MOVING.test(name));
  const hash = createHash('sha256');
  let rows = 0;
  for (const name of tables) {
    hash.update(`\u0000${name}\u0000`);
    for (const row of db
      .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
      .raw()
      .iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('base64') : v)));
      rows++;
    }
  }
  return { digest: hash.digest('hex'), rows, tables: tables.length };
}

/**
 * The fingerprint of a shop file as it is now, kept on one read-only connection. Most refused
 * requests commit nothing, so the rows are read again only when something may have changed:
 * another connection committed (SQLite's data_version moves), or the file itself was replaced or
 * rewritten (its inode, size or time changed: a demo shop put aside, a restore, a checkpoint).
 */
export function createDbDigest(file: string): { (): Digest; close(): void } {
  let db: Database.Database | null = null;
  let kept: { key: string; digest: Digest } | null = null;
  const fileKey = () => {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  };
  const read = (): Digest => {
    const onDisk = fileKey();
    if (!db || !kept || !kept.key.startsWith(`${onDisk}|`)) {
      db?.close();
      db = new Database(file, { readonly: true, fileMustExist: true });
      kept = null;
    }
    const key = `${onDisk}|${String(db.pragma('data_version', { simple: true }))}`;
    if (kept?.key !== key) kept = { key, digest: digestOf(db) };
    return kept.digest;
  };
  return Object.assign(read, {
    close: () => {
      db?.close();
      db = null;
    },
  });
}
