import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies that are either whole or absent. A live shop file is copied only through SQLite's
 * online backup API, in one step (one read snapshot, so nothing committed half-way is in it,
 * while the counter keeps writing to its WAL); a plain file copy of a live database can catch a
 * page before and its neighbour after a commit. The copy is written beside its final name,
 * turned into a single self-contained file (no WAL beside it, so it can be carried on a USB
 * stick), synced, made owner-only, and only then renamed into place.
 */
export const PARTIAL_SUFFIX = '.partial';
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Flushes a file (or a folder's entries, where the OS allows it) to the disk. */
export function syncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (e) {
    // Windows cannot open a folder to sync it; its renames are durable through NTFS's own journal.
    if (!statSync(path).isDirectory()) throw e;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function settle(temp: string, dest: string): number {
  chmodSync(temp, FILE_MODE);
  syncPath(temp);
  renameSync(temp, dest);
  syncPath(dirname(dest));
  return statSync(dest).size;
}

/** The online backup of a (possibly live) database into `dest`; answers the size written. */
export async function backupDatabase(source: string, dest: string): Promise<number> {
  const temp = `${dest}${PARTIAL_SUFFIX}`;
  rmSync(temp, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    // The first step only starts the backup; the one number returned makes the next step copy every page.
    await db.backup(temp, { progress: () => 0x7fffffff });
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  } finally {
    db.close();
  }
  // A copy that could not be finished (a disk that filled up at the end) is not left taking space.
  try {
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    return settle(temp, dest);
  } catch (e) {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
    throw e;
  }
}

/** A copy of a closed, self-contained file (a finished backup) to another folder. */
export function copyClosedFile(source: string, dest: string): number {
  const temp = `${dest}${PARTIAL_SUFFIX}`;
  rmSync(temp, { force: true });
  try {
    copyFileSync(source, temp);
    return settle(temp, dest);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Removes copies a crash left half-made in `dir`. */
export function removePartials(dir: string, names: readonly string[]): void {
  for (const name of names) if (name.endsWith(PARTIAL_SUFFIX) && existsSync(`${dir}/${name}`)) rmSync(`${dir}/${name}`, { force: true });
}
