import type { CatalogStore } from '../../../app/core/services/catalog/ports';
import type { RepoContext } from '../context';
import { createCatalogRepo } from './catalog';
import { createImportsRepo } from './imports';

export const createCatalogStore = (ctx: RepoContext): CatalogStore => ({ catalog: createCatalogRepo(ctx), imports: createImportsRepo(ctx) });
