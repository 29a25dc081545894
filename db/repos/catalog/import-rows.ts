import { eq, inArray } from 'drizzle-orm';
import type { ImportsRepo } from '../../../app/core/services/catalog/ports';
import { catalogImportRows, catalogImports, productBarcodes, products, productUnits } from '../../schema';
import { query, type RepoContext } from '../context';
import type { FuzzyTerms } from './catalog-fuzzy';
import { ftsValues } from './catalog-rows';

type StagedRows = Pick<ImportsRepo, 'stage' | 'activateStaged' | 'dropStaged' | 'unfinished' | 'stagedBy'>;

/**
 * The products an import has written so far, inactive until the import is committed: what lets a
 * 200,000-row commit run as many short transactions and still be all or nothing after a stop.
 * Staged products have no search entries until they are made live: an FTS5 delete writes delete
 * markers into a new index segment and may merge segments, so taking back indexed rows needed
 * pages a full disk does not have. Without them the take-back is plain deletes, which free pages.
 */
export function createStagedRows({ orm, raw }: RepoContext, fuzzy: FuzzyTerms): StagedRows {
  // The search index is an FTS5 table keyed by the product's rowid: raw SQL.
  const index = query<never, [string, string, string, string, string]>(
    raw,
    'INSERT OR REPLACE INTO products_fts (rowid, name, alt, fold, skel) SELECT rowid, ?, ?, ?, ? FROM products WHERE id = ?',
  );
  // Only a staged product edited while its import ran has an entry (REPLACE above, for the same reason): usually this deletes nothing and writes nothing.
  const unindex = query<never, [string]>(raw, 'DELETE FROM products_fts WHERE rowid IN (SELECT p.rowid FROM products p JOIN json_each(?) j ON j.value = p.id)');
  const firstOf = (importId: string, limit: number) =>
    orm
      .select({ productId: catalogImportRows.productId, active: catalogImportRows.active })
      .from(catalogImportRows)
      .where(eq(catalogImportRows.importId, importId))
      .limit(limit)
      .all();
  return {
    stage: (importId, rows) => {
      if (rows.length === 0) return;
      orm
        .insert(catalogImportRows)
        .values(rows.map((r) => ({ importId, productId: r.productId, active: r.active })))
        .run();
    },
    activateStaged(importId, limit) {
      const rows = firstOf(importId, limit);
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.productId);
      const named = orm
        .select({ id: products.id, name: products.name, nameHi: products.nameHi, altNames: products.altNames, brand: products.brand })
        .from(products)
        .where(inArray(products.id, ids))
        .all();
      for (const p of named) index().run(...ftsValues(p), p.id);
      fuzzy.forget();
      const live = rows.filter((r) => r.active).map((r) => r.productId);
      if (live.length > 0) orm.update(products).set({ active: true }).where(inArray(products.id, live)).run();
      orm.delete(catalogImportRows).where(inArray(catalogImportRows.productId, ids)).run();
      return rows.length;
    },
    dropStaged(importId, limit) {
      const ids = firstOf(importId, limit).map((r) => r.productId);
      if (ids.length === 0) return 0;
      orm.delete(catalogImportRows).where(inArray(catalogImportRows.productId, ids)).run();
      unindex().run(JSON.stringify(ids));
      orm.delete(productBarcodes).where(inArray(productBarcodes.productId, ids)).run();
      orm.delete(productUnits).where(inArray(productUnits.productId, ids)).run();
      orm.delete(products).where(inArray(products.id, ids)).run();
      return ids.length;
    },
    unfinished: () =>
      orm
        .selectDistinct({ importId: catalogImportRows.importId, status: catalogImports.status })
        .from(catalogImportRows)
        .innerJoin(catalogImports, eq(catalogImports.id, catalogImportRows.importId))
        .all()
        .map((r) => ({ importId: r.importId, committed: r.status === 'committed' })),
    stagedBy: (productId) =>
      orm
        .select({ fileName: catalogImports.fileName })
        .from(catalogImportRows)
        .innerJoin(catalogImports, eq(catalogImports.id, catalogImportRows.importId))
        .where(eq(catalogImportRows.productId, productId))
        .get(),
  };
}
