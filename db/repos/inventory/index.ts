import type { InventoryStore } from '../../../app/core/services/inventory/ports';
import type { RepoContext } from '../context';
import { createStockRepo } from './stock';
import { createStockTakesRepo } from './stock-takes';

export const createInventoryStore = (ctx: RepoContext): InventoryStore => ({ stock: createStockRepo(ctx), stockTakes: createStockTakesRepo(ctx) });
