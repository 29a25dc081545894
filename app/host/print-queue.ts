import type { PrintQueue } from '../core/services/ports';
import type { SqliteStore } from '../../db/store';
import { printReceipt } from '../../printers/print-receipt';
import type { EventBus } from './event-bus';

type PrintFn = typeof printReceipt;

/**
 * Receipts leave after the bill is committed, one job at a time. A failed print never touches the
 * bill: the job is marked failed with the printer's message, the screen is told, and the cashier
 * can reprint. The first copy is the original; any copy after a printed one says DUPLICATE.
 */
export function createPrintQueue(store: SqliteStore, events: EventBus, print: PrintFn = printReceipt): PrintQueue & { idle(): Promise<void> } {
  let chain: Promise<void> = Promise.resolve();

  const runJob = async (jobId: number, invoiceId: string, copy: 'original' | 'duplicate') => {
    const invoice = store.billing.view(invoiceId);
    const shop = store.shop.get();
    let error: string | null = null;
    try {
      if (!invoice) throw new Error(`Bill ${invoiceId} not found`);
      await print(shop.printer, { shop, invoice, copy });
    } catch (e) {
      error = (e as Error).message;
    }
    const status = error ? 'failed' : 'printed';
    store.printJobs.finish(jobId, { status, error, at: new Date().toISOString() });
    events.publish({ event: 'print.status', payload: { invoiceId, number: invoice?.number ?? '', status, error } });
    events.publish({ event: 'data.changed', payload: { areas: ['printing'] } });
  };

  const enqueue = (work: () => Promise<void>) => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    wake(invoiceId) {
      void enqueue(async () => {
        const job = store.printJobs.latest(invoiceId);
        if (job && job.status === 'pending') await runJob(job.id, invoiceId, job.copy);
      });
    },
    async printNow(invoiceId) {
      await enqueue(async () => {
        const copy = store.printJobs.hasPrinted(invoiceId) ? 'duplicate' : 'original';
        const at = new Date().toISOString();
        store.printJobs.create({ invoiceId, copy, createdAt: at, status: 'pending' });
        const job = store.printJobs.latest(invoiceId);
        if (job) await runJob(job.id, invoiceId, copy);
      });
      return store.printJobs.state(invoiceId);
    },
    idle: () => chain,
  };
}
