import { api, isMethodName, type RequestEnvelope, type ResponseEnvelope } from '../../core/contract';
import { isErrorCode } from '../../core/contract/errors';
import { failData } from '../../core/i18n/fail';
import type { Documents } from '../../core/services/printing/ports';
import type { ImportChecks, Spreadsheets } from '../../core/services/catalog/ports';
import type { HeavyJob, HeavyReply, HeavyWorkerData } from './heavy-jobs';
import { isPiece, joinReply, type HeavyPiece } from './reply-pieces';
import { startJobProcess, type JobProcess } from './job-process';
import { isPackedTable, unpackTable, type PackedTable } from './packed-table';
import { isPackedCheck, unpackCheck } from './packed-drafts';
import type { ParsedTable } from '../../core/catalog/import-rows';

/**
 * One worker thread for the host's heavy work, one job at a time (two big imports at once once ran
 * the host out of memory), with a heap of its own: a file that needs more kills the worker, not
 * the host, and the next job gets a fresh one. A job that runs too long is stopped the same way.
 * The thread lives in a low-priority process of its own (job-process.ts), so its garbage
 * collection does not take turns with the counter's thread.
 */
export interface HeavyLaneOptions {
  dbFile: string;
  validateResults: boolean;
  log: (message: string, error?: unknown) => void;
  /** the worker's heap; the host's own stays small and steady */
  maxHeapMb?: number;
  timeoutMs?: number;
  /** jobs waiting beyond the running one; more are refused as busy */
  maxQueued?: number;
}

/**
 * Read-only API methods whose work grows with the shop's data or an uploaded file: they run whole
 * on the worker. (A method that writes stays on the host's thread, where every write is; its
 * spreadsheet and PDF steps still come here through the ports below.)
 */
export const HEAVY_METHODS = ['catalog.importPreview', 'catalog.exportExcel', 'reports.export', 'accounting.tallyXml', 'khata.statementPdf'] as const;

for (const m of HEAVY_METHODS) {
  if ('changes' in api[m]) throw new Error(`${m} changes data; it cannot run on the read-only heavy-work thread`);
}

export interface HeavyLane {
  handles(method: string): boolean;
  call(request: RequestEnvelope, now: Date): Promise<ResponseEnvelope>;
  run<T>(job: Exclude<HeavyJob, { kind: 'call' }>): Promise<T>;
  /** jobs running or waiting */
  pending(): number;
  close(): void;
}

const WORKER = { source: new URL('./heavy-worker.ts', import.meta.url), built: 'heavy-worker.mjs' };

export function createHeavyLane(options: HeavyLaneOptions): HeavyLane {
  const heavy = new Set<string>(HEAVY_METHODS);
  let worker: JobProcess | null = null;
  let nextId = 1;
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let current: { id: number; pieces: Array<string | Uint8Array>; settle: (reply: HeavyReply) => void } | null = null;

  const start = (): JobProcess => {
    if (worker) return worker;
    const data: HeavyWorkerData = { dbFile: options.dbFile, validateResults: options.validateResults };
    const w = startJobProcess(WORKER, {
      workerData: { ...data },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 },
      level: 'waited-for',
    });
    w.unref();
    w.on('message', (reply: HeavyReply | HeavyPiece) => {
      if (current?.id !== reply.id) return;
      if (isPiece(reply)) current.pieces.push(reply.piece);
      else current.settle(withPieces(reply, current.pieces));
    });
    // A process's exit is reported after its failure, maybe once the next job has started on a new one.
    const lost = (why: string) => {
      if (worker !== w) return;
      worker = null;
      current?.settle({ id: current.id, ok: false, error: { code: 'INVALID_INPUT', message: why } });
    };
    w.on('error', (e: Error & { code?: string }) => {
      options.log('[heavy] the worker failed', e);
      lost(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'This needed more memory than the app allows (is the file too large?). Nothing was changed.'
          : 'The work stopped unexpectedly. Nothing was changed.',
      );
    });
    w.on('exit', () => lost('The work stopped unexpectedly. Nothing was changed.'));
    worker = w;
    return w;
  };

  const send = (job: HeavyJob): Promise<HeavyReply> => {
    if (pending > (options.maxQueued ?? 4)) {
      return Promise.resolve({
        id: 0,
        ok: false,
        error: { code: 'DB_BUSY', message: 'The computer is busy with other big jobs (imports, exports). Try again in a minute.' },
      });
    }
    pending += 1;
    const work = () =>
      new Promise<HeavyReply>((resolve) => {
        const id = nextId++;
        const w = start();
        const timer = setTimeout(
          () => {
            current?.settle({ id, ok: false, error: { code: 'INVALID_INPUT', message: 'This took too long and was stopped. Nothing was changed.' } });
            void w.terminate();
          },
          options.timeoutMs ?? 10 * 60_000,
        );
        current = {
          id,
          pieces: [],
          settle: (reply) => {
            clearTimeout(timer);
            current = null;
            resolve(reply);
          },
        };
        w.postMessage({ id, job });
      });
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next.finally(() => (pending -= 1));
  };

  return {
    handles: (method) => heavy.has(method) && isMethodName(method),
    async call(request, now) {
      const reply = await send({ kind: 'call', request, now: now.toISOString() });
      if (reply.ok) return reply.value as ResponseEnvelope;
      const error = reply.error;
      if (error.code !== null && isErrorCode(error.code)) return { id: request.id, ok: false, error };
      return { id: request.id, ok: false, error: { code: 'INTERNAL', message: error.message, key: 'error.INTERNAL' } };
    },
    async run<T>(job: Exclude<HeavyJob, { kind: 'call' }>) {
      const reply = await send(job);
      if (reply.ok) return reply.value as T;
      const error = reply.error;
      if (error.code !== null && isErrorCode(error.code)) failData(error);
      throw new Error(error.message);
    },
    pending: () => pending,
    close() {
      void worker?.terminate();
      worker = null;
    },
  };
}

/** A reply whose big part came ahead in pieces, made whole again (pieces lost with their process make it a failure). */
function withPieces(reply: HeavyReply, pieces: ReadonlyArray<string | Uint8Array>): HeavyReply {
  if (!reply.ok || reply.pieces === undefined) return reply;
  const value = pieces.length === reply.pieces ? joinReply(reply.value, pieces) : null;
  if (value === null) return { id: reply.id, ok: false, error: { code: null, message: 'The reply came back incomplete from the heavy-work thread' } };
  return { id: reply.id, ok: true, value };
}

/** The Spreadsheets port with the work on the heavy-work thread. */
export function offloadedSpreadsheets(lane: HeavyLane): Spreadsheets {
  return {
    parse: async (bytes, fileName, encoding, sheetWith) => {
      const table = await lane.run<PackedTable | ParsedTable>({ kind: 'parse', bytes, fileName, encoding, sheetWith });
      return isPackedTable(table) ? unpackTable(table, () => new Promise((resolve) => setImmediate(resolve))) : table;
    },
    writeXlsx: (sheets) => lane.run({ kind: 'writeXlsx', sheets }),
  };
}

/** An import's file read, parsed and checked on the heavy-work thread; its rows stay packed on the host until written. */
export function offloadedImportChecks(lane: HeavyLane, clock: () => Date): ImportChecks {
  return {
    check: async (request) => {
      const checked = await lane.run<unknown>({ kind: 'checkImport', request, now: clock().toISOString() });
      if (!isPackedCheck(checked)) throw new Error('The checked import came back unreadable from the heavy-work thread');
      return unpackCheck(checked);
    },
  };
}

/** Report PDFs and workbooks on the heavy-work thread; invoices stay where they are (one page, asked for at the counter). */
export function offloadedTables(lane: HeavyLane): Pick<Documents, 'tablePdf' | 'tableXlsx'> {
  return {
    tablePdf: (table, shop) => lane.run({ kind: 'tablePdf', table, shop }),
    tableXlsx: (table, shop) => lane.run({ kind: 'tableXlsx', table, shop }),
  };
}
