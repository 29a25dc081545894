import type { SuppliersStore } from '../../../app/core/services/suppliers/ports';
import type { RepoContext } from '../context';
import { createSuppliersRepo } from './suppliers';

export const createSuppliersStore = (ctx: RepoContext): SuppliersStore => ({ suppliers: createSuppliersRepo(ctx) });
