import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { keptRead } from '../../support/kept-read';

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

/** The fingerprint of a shop file as it is now, read again only when the file may have changed (tests/support/kept-read.ts). */
export function createDbDigest(file: string): { (): Digest; close(): void } {
  return keptRead(file, digestOf);
}
