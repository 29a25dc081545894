import type { PrintingStore } from '../../../app/core/services/printing/ports';
import type { RepoContext } from '../context';
import { createPrintJobsRepo, type PrintJobsStore } from './printing';

/** The core's printing store, with the host's print queue view of the jobs. */
export const createPrintingStore = (ctx: RepoContext): PrintingStore & { printJobs: PrintJobsStore } => ({ printJobs: createPrintJobsRepo(ctx) });
export type { PrintJobsStore };
