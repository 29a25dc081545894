import { z } from 'zod';
import { isDiskFullError } from '../../contract/errors';
import { fail } from '../../i18n/fail';
import { found } from '../guards';
import type { ServiceDeps } from '../ports';
import type { NewProductRecord, RowSource } from './ports';

/**
 * An import is committed in short transactions: rows are written a few at a time until about
 * SLICE_MS have passed (or IMPORT_CHUNK_ROWS are in), then the transaction ends and the counter's
 * waiting bill goes first. A time budget, not a row count, keeps that wait short on a busy PC too.
 * The slices commit without waiting for the disk (`UnsyncedWrites`): the fsync that followed each
 * one held the host's thread about as long again, and on a busy disk far longer. Each slice is
 * flushed off the thread before the next begins, so the import still goes at the disk's pace and
 * answers only once everything it wrote is durable.
 */
export const IMPORT_CHUNK_ROWS = 200;
const SLICE_MS = 3;
const ROWS_AT_A_TIME = 10;
/** pieces of the uploaded file (64 KB each) freed in one transaction once the import counts */
const CHUNKS_AT_A_TIME = 2;

/** Lets whatever else the host's thread has waiting (a bill, a scan) run before the next chunk. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Bulk commits without an fsync on this thread where the host offers them, else plain ones. Now and
 * then the host copies the WAL they grew back into the shop file on another thread; the writer
 * waits for that between two commits (`between`, `settle`), so the WAL starts over and stays short.
 */
export function bulkWrites(deps: ServiceDeps) {
  const unsynced = deps.unsyncedWrites;
  let copying: Promise<void> = Promise.resolve();
  const transaction = <T>(fn: () => T): T => {
    if (!unsynced) return deps.store.transaction(fn);
    const result = unsynced.transaction(fn);
    copying = unsynced.bulkCommitted?.() ?? copying;
    return result;
  };
  /** the host's loop turns, and the WAL is copied back if it was due */
  const between = async () => {
    await pause();
    await copying;
  };
  /** the host's loop turns, and what was committed so far is on disk */
  const settle = async () => {
    await between();
    await unsynced?.flush();
  };
  return { transaction, between, settle };
}

/** An array's rows handed out a few at a time. */
export function rowsOf<Row>(rows: readonly Row[]): RowSource<Row> {
  let at = 0;
  return {
    left: () => rows.length - at,
    take(n) {
      const few = rows.slice(at, at + n);
      at += few.length;
      return few;
    },
  };
}

const running = new Set<string>();

/**
 * Writes an import's products in short transactions, each chunk inactive and listed against the
 * import, then commits the import in one small transaction (the point after which it counts),
 * then makes its products live chunk by chunk. A stop before that point leaves rows that are
 * deleted at the next start (or retry); a stop after it leaves rows that are made live then.
 * Anything thrown while writing takes back what was written before it is passed on.
 */
export async function writeImportInChunks<Row>(
  deps: ServiceDeps,
  importId: string,
  rows: RowSource<Row>,
  toProduct: (row: Row) => NewProductRecord,
  fileName: string,
  commit: () => void,
): Promise<void> {
  const { store } = deps;
  const bulk = bulkWrites(deps);
  if (running.has(importId)) fail('DUPLICATE', 'catalog.importRunning', { file: fileName });
  running.add(importId);
  try {
    await finishStaged(deps, importId, false);
    try {
      while (rows.left() > 0) {
        const started = performance.now();
        bulk.transaction(() => {
          let written = 0;
          do {
            const few = rows.take(ROWS_AT_A_TIME).map(toProduct);
            store.catalog.insertStaged(few.map((p) => ({ ...p, active: false })));
            store.imports.stage(
              importId,
              few.map((p) => ({ productId: p.id, active: p.active !== false })),
            );
            written += few.length;
          } while (rows.left() > 0 && written < IMPORT_CHUNK_ROWS && performance.now() - started < SLICE_MS);
        });
        await bulk.settle();
      }
      // The point after which the import counts, durable before its rows go live.
      bulk.transaction(commit);
      await bulk.settle();
    } catch (e) {
      await finishStaged(deps, importId, false).catch(() => undefined);
      throw e;
    }
    try {
      await finishStaged(deps, importId, true);
    } catch (e) {
      // The import counted: the next commit of the file (or the next start) makes the rest live, so "nothing was saved" would be wrong.
      if (isDiskFullError(e)) fail('DISK_FULL', 'catalog.importNotLiveYet', { file: fileName });
      throw e;
    }
  } finally {
    running.delete(importId);
  }
}

/**
 * Staged rows of one import made live (committed) or taken back (not), in short transactions.
 * Making rows live writes their search entries, so it goes by the same time slices as the writing;
 * taking them back only deletes.
 */
async function finishStaged(deps: ServiceDeps, importId: string, committed: boolean): Promise<number> {
  const { store } = deps;
  const bulk = bulkWrites(deps);
  // The uploaded file goes first: freeing 25 MB of pages in the commit's own transaction held the counter for 100 ms.
  if (committed) while (bulk.transaction(() => store.imports.dropChunks(importId, CHUNKS_AT_A_TIME)) > 0) await bulk.settle();
  for (let total = 0; ;) {
    const started = performance.now();
    const done = bulk.transaction(() => {
      if (!committed) return store.imports.dropStaged(importId, IMPORT_CHUNK_ROWS);
      let handled = 0;
      let few: number;
      do {
        few = store.imports.activateStaged(importId, ROWS_AT_A_TIME);
        handled += few;
      } while (few === ROWS_AT_A_TIME && handled < IMPORT_CHUNK_ROWS && performance.now() - started < SLICE_MS);
      return handled;
    });
    total += done;
    await bulk.settle();
    if (done === 0 || (!committed && done < IMPORT_CHUNK_ROWS)) return total;
  }
}

/**
 * A committed import whose rows were not all made live (the disk filled after it counted) is
 * finished when it is committed again, once there is room: no restart needed. How many rows this
 * made live (0: nothing was left, or the import has not counted).
 */
export async function finishCommittedImport(deps: ServiceDeps, importId: string): Promise<number> {
  const head = deps.store.imports.head(importId);
  if (head?.status !== 'committed') return 0;
  if (running.has(importId)) fail('DUPLICATE', 'catalog.importRunning', { file: head.fileName });
  running.add(importId);
  try {
    return await finishStaged(deps, importId, true);
  } finally {
    running.delete(importId);
  }
}

/** What a commit kept of its result (imports.markCommitted); files committed before inactive and hsnGuessed were kept count 0 of them. */
const KeptResult = z.object({ imported: z.int(), skipped: z.int(), inactive: z.int().default(0), hsnGuessed: z.int().default(0) });

/** The reply to a commit that finished an earlier one: that commit's counts (its bad rows were listed then). */
export function finishedImportResult(deps: ServiceDeps, importId: string) {
  const file = found(deps.store.imports.get(importId), 'Import');
  const kept = KeptResult.safeParse(file.result);
  const counts = kept.success ? kept.data : { imported: 0, skipped: 0, inactive: 0, hsnGuessed: 0 };
  const committedAt = file.committedAt ?? deps.clock.now().toISOString();
  return { importId, ...counts, errors: [], committedAt, finished: true };
}

/**
 * At start, before anyone is served: imports a stop left part-way are finished one way or the
 * other, so the catalogue holds every row of a committed import and none of one that was not.
 */
export function settleUnfinishedImports(deps: ServiceDeps): number {
  const { store } = deps;
  const left = store.imports.unfinished();
  for (const { importId, committed } of left) {
    if (committed) while (store.transaction(() => store.imports.dropChunks(importId, 100)) > 0);
    const step = () => (committed ? store.imports.activateStaged(importId, 5_000) : store.imports.dropStaged(importId, 5_000));
    while (store.transaction(step) > 0);
  }
  return left.length;
}
