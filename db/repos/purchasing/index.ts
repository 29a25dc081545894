import type { PurchasingStore } from '../../../app/core/services/purchasing/ports';
import type { RepoContext } from '../context';
import { createPurchasingRepo } from './purchasing';

export const createPurchasingStore = (ctx: RepoContext): PurchasingStore => ({ purchasing: createPurchasingRepo(ctx) });
