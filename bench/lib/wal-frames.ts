import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * Counts the pages each commit writes, from the WAL itself: the wal-index header in the `-shm` file
 * holds the last valid frame (mxFrame), and each frame's header names the page it carries. A commit
 * that starts the WAL over is seen as mxFrame dropping; its frames are then counted from the start.
 * What a page belongs to is read from `dbstat` once at the end, so the tally is by table and index.
 */
export interface WalFrameCounter {
  /** call right before a commit */
  before(): void;
  /** call right after it: the pages it wrote (their page numbers) */
  after(): number[];
}

// WalIndexHdr.mxFrame: native byte order, after iVersion, unused, iChange, isInit, bigEndCksum and szPage.
const MX_FRAME_OFFSET = 16;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export function walFrameCounter(dbFile: string, pageSize: number): WalFrameCounter & { close(): void } {
  const shm = openSync(`${dbFile}-shm`, 'r');
  const wal = openSync(`${dbFile}-wal`, 'r');
  const word = Buffer.alloc(4);
  const mxFrame = () => {
    readSync(shm, word, 0, 4, MX_FRAME_OFFSET);
    return word.readUInt32LE(0);
  };
  const pageOf = (frame: number) => {
    readSync(wal, word, 0, 4, WAL_HEADER + (frame - 1) * (FRAME_HEADER + pageSize));
    return word.readUInt32BE(0);
  };
  let start = 0;
  return {
    before: () => {
      start = mxFrame();
    },
    after: () => {
      const end = mxFrame();
      const first = end >= start ? start + 1 : 1;
      const pages: number[] = [];
      for (let f = first; f <= end; f++) pages.push(pageOf(f));
      return pages;
    },
    close: () => {
      closeSync(shm);
      closeSync(wal);
    },
  };
}

/** The table or index each page belongs to (dbstat), for the pages asked about. */
export function ownersOf(db: Database.Database, pages: Iterable<number>): Map<number, string> {
  const wanted = new Set(pages);
  const owners = new Map<number, string>();
  const rows = db.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{ name: string; pageno: number }>;
  for (const row of rows) if (wanted.has(row.pageno)) owners.set(row.pageno, row.name);
  return owners;
}

/** Pages a commit, on average, by owner (most first); pages no table holds now are "free or header". */
export function pagesByOwner(db: Database.Database, commits: number[][]): { perCommit: number; byOwner: Record<string, number> } {
  const owners = ownersOf(
    db,
    commits.flatMap((c) => c),
  );
  const tally = new Map<string, number>();
  for (const pages of commits)
    for (const page of pages) {
      const owner = page === 1 ? 'file header (page 1)' : (owners.get(page) ?? 'free or header');
      tally.set(owner, (tally.get(owner) ?? 0) + 1);
    }
  const n = Math.max(1, commits.length);
  const round = (x: number) => Math.round((x / n) * 100) / 100;
  const total = commits.reduce((s, c) => s + c.length, 0);
  return {
    perCommit: round(total),
    byOwner: Object.fromEntries([...tally].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v)])),
  };
}
