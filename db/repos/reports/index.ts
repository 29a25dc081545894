import type { ReportsStore } from '../../../app/core/services/reports/ports';
import type { RepoContext } from '../context';
import { createMoneyStockReads } from './money-stock';
import { createSalesReads } from './sales';

export const createReportsStore = (ctx: RepoContext): ReportsStore => ({
  reportReads: { ...createSalesReads(ctx), ...createMoneyStockReads(ctx) },
});
