import type { CatalogStore } from '../../../app/core/services/catalog/ports';
import type { RepoContext } from '../context';
import { createCatalogRepo } from './catalog';
import { createFuzzyTerms } from './catalog-fuzzy';
import { createImportsRepo } from './imports';

/** The fuzzy-spelling words are shared: making an import's products live changes the search index too. */
export function createCatalogStore(ctx: RepoContext): CatalogStore {
  const fuzzy = createFuzzyTerms(ctx.raw);
  return { catalog: createCatalogRepo(ctx, fuzzy), imports: createImportsRepo(ctx, fuzzy) };
}
