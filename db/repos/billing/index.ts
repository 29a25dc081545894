import type { BillingStore } from '../../../app/core/services/billing/ports';
import type { RepoContext } from '../context';
import { createBillingRepo, createSeriesRepo } from './billing';

export const createBillingStore = (ctx: RepoContext): BillingStore => ({ billing: createBillingRepo(ctx), series: createSeriesRepo(ctx) });
