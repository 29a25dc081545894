import { and, eq, ne, sql } from 'drizzle-orm';
import type { CatalogRepo } from '../../../app/core/services/catalog/ports';
import { productBarcodes, products, productUnits } from '../../schema';
import { query, type RepoContext } from '../context';
import { ftsValues } from './catalog-rows';

type Patch = Parameters<CatalogRepo['update']>[1];

/** Changes the given fields; barcodes and units given replace the old ones; the search entry follows the names. */
export function productUpdater({ orm, raw }: RepoContext): (id: string, patch: Patch) => void {
  // The search index is an FTS5 table: raw SQL.
  const unindex = query<never, [number]>(raw, 'DELETE FROM products_fts WHERE rowid = ?');
  const index = query<never, [number, string, string, string, string]>(raw, 'INSERT INTO products_fts (rowid, name, alt, fold, skel) VALUES (?, ?, ?, ?, ?)');
  return (id, patch) => {
    const { barcodes, units, id: _id, createdAt: _created, ...fields } = patch;
    if (Object.values(fields).some((v) => v !== undefined)) orm.update(products).set(fields).where(eq(products.id, id)).run();
    if (barcodes || units) {
      // Barcodes given replace the piece barcodes; units given replace the pack barcodes.
      const pieces = eq(productBarcodes.qtyMilli, 1000);
      const which = barcodes && units ? undefined : barcodes ? pieces : ne(productBarcodes.qtyMilli, 1000);
      orm
        .delete(productBarcodes)
        .where(and(eq(productBarcodes.productId, id), which))
        .run();
      const add = (barcode: string, qtyMilli: number) => void orm.insert(productBarcodes).values({ barcode, productId: id, qtyMilli }).run();
      for (const code of barcodes ?? []) add(code, 1000);
      if (units) {
        orm.delete(productUnits).where(eq(productUnits.productId, id)).run();
        for (const u of units) {
          orm.insert(productUnits).values({ productId: id, name: u.name, qtyMilli: u.qtyMilli }).run();
          if (u.barcode) add(u.barcode, u.qtyMilli);
        }
      }
    }
    if (patch.name === undefined && patch.nameHi === undefined && patch.altNames === undefined && patch.brand === undefined) return;
    const p = orm
      .select({ rowid: sql<number>`${products}.rowid`, name: products.name, nameHi: products.nameHi, altNames: products.altNames, brand: products.brand })
      .from(products)
      .where(eq(products.id, id))
      .get();
    if (!p) return;
    unindex().run(p.rowid);
    index().run(p.rowid, ...ftsValues(p));
  };
}
