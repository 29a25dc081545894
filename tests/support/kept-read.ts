import { statSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Something read from a shop file (a fingerprint of its rows), kept on one read-only connection
 * and read again only when the file may have changed: another connection committed (SQLite's
 * data_version moves), or the file itself was replaced or rewritten (its inode, size or time
 * changed: a demo shop put aside, a restore, a checkpoint). Most calls a test checks commit
 * nothing, so most looks cost a pragma instead of every row.
 */
export function keptRead<T>(file: string, read: (db: Database.Database) => T): { (): T; close(): void } {
  let db: Database.Database | null = null;
  let kept: { key: string; value: T } | null = null;
  const current = (): T => {
    const s = statSync(file);
    const onDisk = `${s.ino}:${s.size}:${s.mtimeMs}`;
    if (!db || !kept || !kept.key.startsWith(`${onDisk}|`)) {
      db?.close();
      db = new Database(file, { readonly: true, fileMustExist: true });
      kept = null;
    }
    const key = `${onDisk}|${String(db.pragma('data_version', { simple: true }))}`;
    if (kept?.key !== key) kept = { key, value: read(db) };
    return kept.value;
  };
  return Object.assign(current, {
    close: () => {
      db?.close();
      db = null;
      kept = null;
    },
  });
}
