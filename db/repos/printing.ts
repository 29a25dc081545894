import { and, desc, eq, sql } from 'drizzle-orm';
import type { PrintJobsRepo } from '../../app/core/services/ports';
import { printJobs } from '../schema';
import { once, placeholders, type RepoContext } from './context';

export interface PrintJob {
  id: number;
  invoiceId: string;
  copy: 'original' | 'duplicate';
  status: 'pending' | 'printed' | 'failed' | 'disabled';
  attempts: number;
}

/** The core's view (create, state) plus what the host's print queue needs to work through jobs. */
export interface PrintJobsStore extends PrintJobsRepo {
  pending(): PrintJob[];
  latest(invoiceId: string): PrintJob | undefined;
  /** whether any copy of this bill has come out of the printer */
  hasPrinted(invoiceId: string): boolean;
  finish(id: number, outcome: { status: 'printed' | 'failed'; error: string | null; at: string }): void;
  /** jobs left pending by a host that stopped: they are shown as failed so the cashier can reprint */
  failStale(at: string, reason: string): number;
}

export function createPrintJobsRepo({ orm }: RepoContext): PrintJobsStore {
  // Every bill creates a job and reads its state back: prepared once (see once()).
  const latestJob = once(() => orm.select().from(printJobs).where(eq(printJobs.invoiceId, sql.placeholder('invoiceId'))).orderBy(desc(printJobs.id)).limit(1).prepare());
  const insert = once(() => orm.insert(printJobs).values({ ...placeholders('invoiceId', 'copy', 'status', 'createdAt', 'updatedAt'), attempts: 0 }).prepare());
  const latest = (invoiceId: string) => latestJob().get({ invoiceId });
  return {
    create: (job) => void insert().run({ invoiceId: job.invoiceId, copy: job.copy, status: job.status, createdAt: job.createdAt, updatedAt: job.createdAt }),
    state: (invoiceId) => {
      const j = latest(invoiceId);
      return j ? { status: j.status, error: j.lastError, attempts: j.attempts } : { status: 'disabled', error: null, attempts: 0 };
    },
    pending: () => orm.select().from(printJobs).where(eq(printJobs.status, 'pending')).orderBy(printJobs.id).all(),
    latest,
    hasPrinted: (invoiceId) =>
      orm.select({ id: printJobs.id }).from(printJobs).where(and(eq(printJobs.invoiceId, invoiceId), eq(printJobs.status, 'printed'))).limit(1).get() !== undefined,
    finish: (id, o) => {
      const j = orm.select({ attempts: printJobs.attempts }).from(printJobs).where(eq(printJobs.id, id)).get();
      orm.update(printJobs).set({ status: o.status, lastError: o.error, attempts: (j?.attempts ?? 0) + 1, updatedAt: o.at }).where(eq(printJobs.id, id)).run();
    },
    failStale: (at, reason) => orm.update(printJobs).set({ status: 'failed', lastError: reason, updatedAt: at }).where(eq(printJobs.status, 'pending')).run().changes,
  };
}
