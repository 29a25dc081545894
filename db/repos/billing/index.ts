import type { BillingStore } from '../../../app/core/services/billing/ports';
import type { RepoContext } from '../context';
import { createBillingRepo, createSeriesRepo } from './billing';
import { createHeldBillsRepo } from './held';

export const createBillingStore = (ctx: RepoContext): BillingStore => ({
  billing: createBillingRepo(ctx),
  series: createSeriesRepo(ctx),
  heldBills: createHeldBillsRepo(ctx),
});
