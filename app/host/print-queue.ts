import type { SqliteStore } from '../../db/store';
import { blockingProblem, describeStatus } from '../../printers/escpos/status';
import { asPrintError } from '../../printers/errors';
import { encodeBlocks } from '../../printers/escpos/encode';
import { creditNoteBlocks } from '../../printers/receipt/credit-note';
import { packingSlipBlocks } from '../../printers/receipt/packing-slip';
import type { ReceiptBlock } from '../../printers/receipt/blocks';
import { printerStatus, printReceipt, printTestPage, sendJob, type ActivePrinter } from '../../printers/print-receipt';
import type { EventBus } from './event-bus';
import type { PrintQueue } from '../core/services/printing/ports';
import type { Shop } from '../core/services/shop/ports';

export interface PrintQueueOptions {
  print?: typeof printReceipt;
  /** waits before the 2nd, 3rd… attempt of a receipt that failed for a passing reason */
  retryDelaysMs?: readonly number[];
}

type Copy = 'original' | 'duplicate';

/**
 * Receipts leave after the bill is committed, one job at a time, so a slow or dead printer never
 * holds up billing. Every attempt is recorded. A failure that may pass (printer off, Wi-Fi blip)
 * is retried a bounded number of times, later, without holding up other receipts; anything else
 * (paper out, a receipt cut short) waits for the cashier's reprint. Whether a copy says DUPLICATE
 * is decided at each attempt: any copy that came out before, even partly, makes it a duplicate.
 */
export function createPrintQueue(
  store: SqliteStore,
  events: EventBus,
  options: PrintQueueOptions = {},
): PrintQueue & { idle(): Promise<void>; stop(): void; sendBytes(printer: ActivePrinter, bytes: Uint8Array): Promise<void> } {
  const print = options.print ?? printReceipt;
  const delays = options.retryDelaysMs ?? [1000, 3000];
  let chain: Promise<unknown> = Promise.resolve();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  const khataBalance = (invoice: NonNullable<ReturnType<SqliteStore['billing']['view']>>) =>
    invoice.customer && invoice.payments.some((p) => p.method === 'credit')
      ? store.journal.balance('DEBTORS', invoice.customer.id, { writtenBy: invoice.createdAt })
      : null;

  /** One attempt of one job; `auto` attempts may be followed by another after a failure that may pass. */
  const attempt = async (jobId: number, auto: boolean) => {
    const job = store.printJobs.get(jobId);
    if (!job || job.status !== 'pending') return;
    const invoice = store.billing.view(job.invoiceId);
    const shop = store.shop.get();
    const copy: Copy = store.printJobs.anyCopyOut(job.invoiceId) ? 'duplicate' : 'original';
    const number = job.attempts + 1;
    const startedAt = new Date();
    let failure: ReturnType<typeof asPrintError> | null = null;
    try {
      if (!invoice) throw new Error(`Bill ${job.invoiceId} not found`);
      await print(shop.printer, { shop, invoice, copy, khataBalancePaise: khataBalance(invoice) });
    } catch (e) {
      failure = asPrintError(e);
    }
    const at = new Date().toISOString();
    store.printJobs.recordAttempt(jobId, {
      attempt: number,
      startedAt: startedAt.toISOString(),
      ms: Date.now() - startedAt.getTime(),
      outcome: failure ? (failure.partial ? 'partial' : 'failed') : 'printed',
      error: failure?.message ?? null,
    });
    const retry = failure !== null && auto && failure.transient && number <= delays.length && !stopped;
    if (retry) {
      store.printJobs.retrying(jobId, { copy, error: failure?.message ?? '', at });
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          void enqueue(() => attempt(jobId, true));
        },
        delays[number - 1],
      );
      timers.add(timer);
    } else store.printJobs.finish(jobId, { status: failure ? 'failed' : 'printed', copy, error: failure?.message ?? null, at });
    const status = failure ? (retry ? 'retrying' : 'failed') : 'printed';
    events.publish({
      event: 'print.status',
      payload: { invoiceId: job.invoiceId, number: invoice?.number ?? '', status, error: failure?.message ?? null, attempt: number },
    });
    events.publish({ event: 'data.changed', payload: { areas: ['printing'] } });
  };

  /** Runs `work` in turn with the receipts (one connection to the printer at a time), timing it. */
  const checked = (work: () => Promise<{ status: Parameters<typeof describeStatus>[0] }>) =>
    enqueue(async () => {
      const started = Date.now();
      try {
        const { status } = await work();
        // Reachable is not enough: out of paper or cover open is not ok to print.
        const ok = status === null || blockingProblem(status, '') === null;
        return { ok, message: describeStatus(status), status, ms: Date.now() - started };
      } catch (e) {
        return { ok: false, message: asPrintError(e).message, status: null, ms: Date.now() - started };
      }
    });

  /** A slip other than a bill (a credit note, a packing slip) on the shop's receipt printer, in turn with the receipts: the outcome, never thrown. */
  const printSlip = (shop: Shop, blocksFor: (printer: ActivePrinter) => ReceiptBlock[]) =>
    enqueue(async () => {
      try {
        if (shop.printer.kind === 'none') throw new Error('No receipt printer is set up (Settings → Printer)');
        await sendJob(shop.printer, encodeBlocks(blocksFor(shop.printer), shop.printer));
        return { ok: true, error: null };
      } catch (e) {
        return { ok: false, error: asPrintError(e).message };
      }
    });

  return {
    wake(invoiceId) {
      const job = store.printJobs.latest(invoiceId);
      if (job && job.status === 'pending') void enqueue(() => attempt(job.id, true));
    },
    async printNow(invoiceId) {
      await enqueue(async () => {
        store.printJobs.create({
          invoiceId,
          copy: store.printJobs.anyCopyOut(invoiceId) ? 'duplicate' : 'original',
          createdAt: new Date().toISOString(),
          status: 'pending',
        });
        const job = store.printJobs.latest(invoiceId);
        // The cashier is waiting at the counter: one attempt, and the answer now.
        if (job) await attempt(job.id, false);
      });
      return store.printJobs.state(invoiceId);
    },
    testPrint: (printer, shop: Shop) => checked(() => printTestPage(printer, shop)),
    printCreditNote: ({ note, shop, copy }) => printSlip(shop, (printer) => creditNoteBlocks({ note, shop, copy }, printer)),
    printPackingSlip: ({ order, shop, slotLabel }) => printSlip(shop, (printer) => packingSlipBlocks({ order, shop, slotLabel }, printer)),
    /** other printouts (labels), in turn with the receipts */
    sendBytes: (printer, bytes) => enqueue(async () => void (await sendJob(printer, bytes))),
    check: (printer) => checked(async () => ({ status: await printerStatus(printer) })),
    /** resolves when no receipt is printing or waiting for a retry */
    async idle() {
      for (;;) {
        await chain;
        if (timers.size === 0) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
