import type { BillingStore } from '../../../app/core/services/billing/ports';
import type { RepoContext } from '../context';
import { createBillingRepo } from './billing';
import { createSeriesRepo } from './series';
import { createHeldBillsRepo } from './held';
import { createPaperBillsRepo } from './paper';

export const createBillingStore = (ctx: RepoContext): BillingStore => ({
  billing: createBillingRepo(ctx),
  series: createSeriesRepo(ctx),
  heldBills: createHeldBillsRepo(ctx),
  paperBills: createPaperBillsRepo(ctx),
});
