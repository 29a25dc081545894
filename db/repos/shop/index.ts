import type { ShopStore } from '../../../app/core/services/shop/ports';
import type { RepoContext } from '../context';
import { createShopRepo } from './shop';

export const createShopStore = (ctx: RepoContext): ShopStore => ({ shop: createShopRepo(ctx) });
