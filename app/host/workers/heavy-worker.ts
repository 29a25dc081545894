import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/contract/errors';
import { internalFault } from '../../core/i18n/fail';
import type { ServiceDeps } from '../../core/services/ports';
import { openReadOnlyDatabase } from '../../../db/open';
import { createStore } from '../../../db/store';
import { renderTablePdf } from '../../../printers/pdf/report';
import { renderTableXlsx } from '../../../printers/xlsx/report';
import { createDispatcher } from '../dispatcher';
import { createDocuments } from '../documents';
import { createEventBus } from '../event-bus';
import { randomIds } from '../ids';
import { nodeSecrets } from '../secrets';
import { createSpreadsheets } from '../spreadsheets';
import type { HeavyJob, HeavyReply, HeavyRequest, HeavyWorkerData } from './heavy-jobs';
import { splitReply, type HeavyPiece } from './reply-pieces';
import { runInBackground } from './background-priority';
import { isPackedTable, packedBuffers, packTable } from './packed-table';
import { packCheck } from './packed-drafts';
import { checkForCommit } from '../../core/services/catalog/import';

/**
 * The host's heavy-work thread: spreadsheets, report PDFs and whole read-only API calls (exports,
 * import previews) run here, on a read-only connection of their own, while the host's own thread
 * keeps answering the counter. Anything that would write is refused here by construction.
 */
runInBackground('waited-for');
const data = workerData as HeavyWorkerData;
const db = openReadOnlyDatabase(data.dbFile);
const store = createStore(db);
let callTime = new Date();
const notHere = () => internalFault('This cannot be done on the heavy-work thread');
const deps: ServiceDeps = {
  store,
  // Each call runs at the host's clock reading when it was asked (tests freeze it).
  clock: { now: () => new Date(callTime) },
  ids: randomIds,
  secrets: nodeSecrets,
  printer: { wake: notHere, printNow: notHere, testPrint: notHere, check: notHere, printCreditNote: notHere, printPackingSlip: notHere },
  documents: createDocuments(store),
  display: { show: notHere, current: () => null },
  sheets: createSpreadsheets(),
  stockDocuments: { purchaseOrderPdf: notHere, labelsPdf: notHere, printLabels: notHere },
  shopFiles: { seedDemo: notHere, seedDemoCatalogue: notHere, leaveDemo: notHere },
};
const dispatch = createDispatcher(deps, {
  events: createEventBus(),
  validateResults: data.validateResults,
  log: (m, e) => console.error(`[heavy] ${m}`, e ?? ''),
});

async function run(job: HeavyJob): Promise<unknown> {
  switch (job.kind) {
    case 'call':
      callTime = new Date(job.now);
      return dispatch(job.request);
    case 'checkImport':
      callTime = new Date(job.now);
      return packCheck(await checkForCommit(deps, job.request, false));
    case 'parse':
      return packTable(await deps.sheets.parse(job.bytes, job.fileName, job.encoding, job.sheetWith));
    case 'writeXlsx':
      return deps.sheets.writeXlsx(job.sheets);
    case 'tablePdf':
      return new Uint8Array(await renderTablePdf(job.table, job.shop));
    case 'tableXlsx':
      return renderTableXlsx(job.table, job.shop);
  }
}

/** Sends a big reply's big part ahead in pieces, each its own message, then the reply without it. */
function replyInPieces(id: number, split: { pieces: Array<string | Uint8Array>; rest: unknown }): void {
  for (const piece of split.pieces) {
    const message: HeavyPiece = { id, piece };
    parentPort?.postMessage(message, typeof piece === 'string' ? [] : [piece.buffer as ArrayBuffer]);
  }
  const reply: HeavyReply = { id, ok: true, value: split.rest, pieces: split.pieces.length };
  parentPort?.postMessage(reply);
}

parentPort?.on('message', (message: HeavyRequest | 'stop') => {
  if (message === 'stop') {
    db.close();
    parentPort?.close();
    return;
  }
  run(message.job).then(
    (value) => {
      const split = splitReply(value);
      if (split) return replyInPieces(message.id, split);
      const reply: HeavyReply = { id: message.id, ok: true, value };
      // Bytes move to the host's thread instead of being copied.
      const transfer = isPackedTable(value)
        ? packedBuffers(value)
        : value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength
          ? [value.buffer as ArrayBuffer]
          : [];
      parentPort?.postMessage(reply, transfer);
    },
    (e: unknown) => {
      const reply: HeavyReply = {
        id: message.id,
        ok: false,
        error: e instanceof AppError ? e.toData() : { code: null, message: e instanceof Error ? e.message : String(e) },
      };
      parentPort?.postMessage(reply);
    },
  );
});
