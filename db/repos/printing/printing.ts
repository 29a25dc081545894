import { and, desc, eq, exists, or, sql } from 'drizzle-orm';
import { printAttempts, printJobs, shareLinks } from '../../schema';
import { once, pick, placeholders, type RepoContext } from '../context';
import type { PrintJobsRepo } from '../../../app/core/services/printing/ports';

export interface PrintJob {
  id: number;
  invoiceId: string;
  copy: 'original' | 'duplicate';
  status: 'pending' | 'printed' | 'failed' | 'disabled';
  attempts: number;
}

export interface PrintAttempt {
  attempt: number;
  startedAt: string;
  ms: number;
  outcome: 'printed' | 'failed' | 'partial';
  error: string | null;
}

/** The core's view (create, state, share links) plus what the host's print queue needs to work through jobs. */
export interface PrintJobsStore extends PrintJobsRepo {
  pending(): PrintJob[];
  get(id: number): PrintJob | undefined;
  latest(invoiceId: string): PrintJob | undefined;
  /** whether any copy of this bill came out of the printer, even partly: the next one is a DUPLICATE */
  anyCopyOut(invoiceId: string): boolean;
  /** every attempt is kept, whatever its outcome */
  recordAttempt(jobId: number, a: PrintAttempt): void;
  /** an attempt failed and another will follow: the job stays pending with the error shown */
  retrying(id: number, o: { copy: 'original' | 'duplicate'; error: string; at: string }): void;
  finish(id: number, outcome: { status: 'printed' | 'failed'; copy: 'original' | 'duplicate'; error: string | null; at: string }): void;
  /** jobs left pending by a host that stopped: they are shown as failed so the cashier can reprint */
  failStale(at: string, reason: string): number;
}

export function createPrintJobsRepo({ orm }: RepoContext): PrintJobsStore {
  // Every bill creates a job and reads its state back: prepared once (see once()).
  const latestJob = once(() =>
    orm
      .select()
      .from(printJobs)
      .where(eq(printJobs.invoiceId, sql.placeholder('invoiceId')))
      .orderBy(desc(printJobs.id))
      .limit(1)
      .prepare(),
  );
  const insert = once(() =>
    orm
      .insert(printJobs)
      .values({ ...placeholders('invoiceId', 'copy', 'status', 'createdAt', 'updatedAt'), attempts: 0 })
      .prepare(),
  );
  const latest = (invoiceId: string) => latestJob().get({ invoiceId });
  const attemptsOf = (jobId: number) => orm.select({ attempts: printJobs.attempts }).from(printJobs).where(eq(printJobs.id, jobId)).get()?.attempts ?? 0;
  return {
    create: (job) => void insert().run({ invoiceId: job.invoiceId, copy: job.copy, status: job.status, createdAt: job.createdAt, updatedAt: job.createdAt }),
    state: (invoiceId) => {
      const j = latest(invoiceId);
      return j ? { status: j.status, error: j.lastError, attempts: j.attempts } : { status: 'disabled', error: null, attempts: 0 };
    },
    attempts: (invoiceId) =>
      orm
        .select({
          ...pick(printAttempts, 'jobId', 'attempt', 'startedAt', 'ms', 'outcome', 'error'),
          copy: printJobs.copy,
        })
        .from(printAttempts)
        .innerJoin(printJobs, eq(printJobs.id, printAttempts.jobId))
        .where(eq(printJobs.invoiceId, invoiceId))
        .orderBy(printAttempts.id)
        .all(),
    addShareLink: (link) => void orm.insert(shareLinks).values(link).run(),
    shareLink: (tokenHash) => orm.select().from(shareLinks).where(eq(shareLinks.tokenHash, tokenHash)).get(),
    pending: () => orm.select().from(printJobs).where(eq(printJobs.status, 'pending')).orderBy(printJobs.id).all(),
    get: (id) => orm.select().from(printJobs).where(eq(printJobs.id, id)).get(),
    latest,
    anyCopyOut: (invoiceId) => {
      const partly = orm
        .select({ id: printAttempts.id })
        .from(printAttempts)
        .where(and(eq(printAttempts.jobId, printJobs.id), eq(printAttempts.outcome, 'partial')));
      return (
        orm
          .select({ id: printJobs.id })
          .from(printJobs)
          .where(and(eq(printJobs.invoiceId, invoiceId), or(eq(printJobs.status, 'printed'), exists(partly))))
          .limit(1)
          .get() !== undefined
      );
    },
    recordAttempt: (jobId, a) =>
      void orm
        .insert(printAttempts)
        .values({ jobId, ...a })
        .run(),
    retrying: (id, o) =>
      void orm
        .update(printJobs)
        .set({ copy: o.copy, lastError: o.error, attempts: attemptsOf(id) + 1, updatedAt: o.at })
        .where(eq(printJobs.id, id))
        .run(),
    finish: (id, o) =>
      void orm
        .update(printJobs)
        .set({ status: o.status, copy: o.copy, lastError: o.error, attempts: attemptsOf(id) + 1, updatedAt: o.at })
        .where(eq(printJobs.id, id))
        .run(),
    failStale: (at, reason) =>
      orm.update(printJobs).set({ status: 'failed', lastError: reason, updatedAt: at }).where(eq(printJobs.status, 'pending')).run().changes,
  };
}
