import { fold, skeleton, words } from '../../../app/core/catalog/phonetic';
import { productKey } from '../../../app/core/catalog/import-rows';
import type { SaleProduct } from '../../../app/core/billing/types';
import type { Unit } from '../../../app/core/format/qty';
import { createFuzzyTerms } from './catalog-fuzzy';
import { ftsValues, productWriter, PRODUCT_COLUMNS, SELECT_PRODUCT, toProduct, type ProductRow } from './catalog-rows';
import { assignments, type RepoContext } from '../context';
import type { CatalogRepo } from '../../../app/core/services/catalog/ports';
import type { Product } from '../../../app/core/services/catalog/ports';
import type { SearchQuery } from '../../../app/core/services/catalog/ports';

/** How many best-scored hits per wanted result a filtered search looks at before it looks at all. */
const FILTER_WINDOW = 10;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * An FTS5 query: every word must match, as a prefix of the name or alt names (Hindi name, other
 * names, brand), or of its folded Hinglish spelling, or of its consonant skeleton (see
 * app/core/catalog/phonetic.ts). `alternatives` adds spellings a word may stand for (typos).
 */
export function ftsQuery(q: string, alternatives: (word: string) => string[] = () => []): string | undefined {
  const clauses = words(q).map((w) => {
    const terms = new Set([`name:${quote(w)}*`, `alt:${quote(w)}*`]);
    const f = fold(w);
    const s = skeleton(w);
    if (f) terms.add(`fold:${quote(f)}*`);
    if (s.length >= 2) terms.add(`skel:${quote(s)}*`);
    for (const a of alternatives(f)) terms.add(`fold:${quote(a)}`);
    return `(${[...terms].join(' OR ')})`;
  });
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

function filterSql(f: SearchQuery): { where: string[]; args: Record<string, string | number> } {
  const where = ['p.active = 1'];
  const args: Record<string, string | number> = {};
  const add = (clause: string, key?: string, value?: string | number) => {
    where.push(clause);
    if (key !== undefined && value !== undefined) args[key] = value;
  };
  if (f.category) add('p.category = @category', 'category', f.category);
  if (f.subCategory) add('p.sub_category = @subCategory', 'subCategory', f.subCategory);
  if (f.minPricePaise !== undefined) add('p.price_paise >= @minPrice', 'minPrice', f.minPricePaise);
  if (f.maxPricePaise !== undefined) add('p.price_paise <= @maxPrice', 'maxPrice', f.maxPricePaise);
  const onHand = 'coalesce((SELECT s.qty_milli FROM stock_levels s WHERE s.product_id = p.id), 0)';
  if (f.stock === 'in') add(`${onHand} > 0`);
  if (f.stock === 'out') add(`${onHand} <= 0`);
  if (f.stock === 'low') add(`p.reorder_level_milli > 0 AND ${onHand} <= p.reorder_level_milli`);
  if (f.expiringBy) {
    add(
      `EXISTS (SELECT 1 FROM batches b JOIN batch_stock bs ON bs.product_id = b.product_id AND bs.batch_id = b.id
      WHERE b.product_id = p.id AND bs.qty_milli > 0 AND b.expiry_date <= @expiringBy)`,
      'expiringBy',
      f.expiringBy,
    );
  }
  return { where, args };
}

export function createCatalogRepo(ctx: RepoContext): CatalogRepo {
  const { raw } = ctx;
  const writer = productWriter(ctx);
  const fuzzy = createFuzzyTerms(raw);
  const byId = raw.prepare<[string], ProductRow>(`${SELECT_PRODUCT} WHERE p.id = ?`);
  const byPlu = raw.prepare<[string], ProductRow>(`${SELECT_PRODUCT} WHERE p.plu = ? AND p.active = 1`);
  const barcodeEntry = raw.prepare<[string], { productId: string; qtyMilli: number }>(
    'SELECT product_id AS productId, qty_milli AS qtyMilli FROM product_barcodes WHERE barcode = ?',
  );
  // Names weigh most, then alt/Hindi names and brand, then the phonetic keys.
  const search = raw.prepare<[string, number], ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM products p JOIN (SELECT rowid, bm25(products_fts, 10.0, 6.0, 2.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH ? ORDER BY score LIMIT ?) hit
     ON hit.rowid = p.rowid WHERE p.active = 1 ORDER BY hit.score`,
  );
  const byBarcodePrefix = raw.prepare<{ code: string; limit: number }, ProductRow>(
    `${SELECT_PRODUCT} WHERE p.active = 1 AND p.id IN (SELECT product_id FROM product_barcodes WHERE barcode >= @code AND barcode < @code || 'z') LIMIT @limit`,
  );
  // Billing needs no barcodes or alt names: a lean row per product keeps the bill's hot path short.
  const saleProduct = raw.prepare<[string], Omit<ProductRow, 'alt_names' | 'barcodes' | 'active'>>(
    'SELECT id, name, name_hi, hsn, gst_rate_bp, cess_rate_bp, mrp_paise, price_paise, cost_paise, unit, loose FROM products WHERE id = ? AND active = 1',
  );
  // Pack barcodes (a box of 12) are left out: the host says how many a pack holds.
  const counterIndex = raw.prepare<
    [],
    { id: string; name: string; name_hi: string | null; barcodes: string | null; unit: string; loose: number; price_paise: number; mrp_paise: number | null }
  >(
    `SELECT p.id, p.name, p.name_hi, p.unit, p.loose, p.price_paise, p.mrp_paise, group_concat(b.barcode, char(9)) AS barcodes
     FROM products p LEFT JOIN product_barcodes b ON b.product_id = p.id AND b.qty_milli = 1000 WHERE p.active = 1 GROUP BY p.id`,
  );
  // Filtered searches rank and filter row ids first and build the full rows (barcodes, units, stock)
  // for the page only: SQLite computes every selected column before it sorts.
  const filtered = new Map<string, ReturnType<typeof raw.prepare>>();
  const run = (sql: string, args: Record<string, string | number>) => {
    let st = filtered.get(sql);
    if (!st) filtered.set(sql, (st = raw.prepare(sql)));
    return st.all(args) as ProductRow[];
  };

  const find = (query: SearchQuery): Product[] => {
    const { where, args } = filterSql(query);
    const plain = where.length === 1;
    const out = new Map<string, Product>();
    const digits = query.q.trim();
    if (/^\d{4,}$/.test(digits)) for (const r of byBarcodePrefix.all({ code: digits, limit: query.limit })) out.set(r.id, toProduct(r));
    // A filter is tried on the best-scored hits first: when enough of them pass, they are exactly the
    // best that pass, and a broad word ("ghee" also folds to "gi": 1,100 hits) is not filtered whole.
    const filteredHits = (match: string, window: number) =>
      run(
        `SELECT ${PRODUCT_COLUMNS} FROM (SELECT p.rowid AS rid, hit.score FROM products p
          JOIN (SELECT rowid, bm25(products_fts, 10.0, 6.0, 2.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH @match ORDER BY score LIMIT @window) hit ON hit.rowid = p.rowid
          WHERE ${where.join(' AND ')} ORDER BY hit.score LIMIT @limit) top JOIN products p ON p.rowid = top.rid ORDER BY top.score`,
        { ...args, match, window, limit: query.limit },
      );
    const collect = (match: string) => {
      let rows = plain ? search.all(match, query.limit) : filteredHits(match, FILTER_WINDOW * query.limit);
      if (!plain && rows.length < query.limit) rows = filteredHits(match, -1); // -1: every hit
      for (const r of rows) if (!out.has(r.id) && out.size < query.limit) out.set(r.id, toProduct(r));
    };
    const match = ftsQuery(query.q);
    if (match) {
      collect(match);
      // Nothing found: try the words' near spellings (one letter off), "amull" → "amul".
      if (out.size === 0) {
        const typo = ftsQuery(query.q, fuzzy.near);
        if (typo && typo !== match) collect(typo);
      }
    } else if (!plain) {
      const sql = `SELECT ${PRODUCT_COLUMNS} FROM (SELECT p.rowid AS rid, p.name FROM products p WHERE ${where.join(' AND ')} ORDER BY p.name LIMIT @limit) top
        JOIN products p ON p.rowid = top.rid ORDER BY top.name`;
      for (const r of run(sql, { ...args, limit: query.limit })) out.set(r.id, toProduct(r));
    }
    return [...out.values()].slice(0, query.limit);
  };

  return {
    get: (id) => {
      const r = byId.get(id);
      return r && toProduct(r);
    },
    counterIndex: () =>
      counterIndex.all().map((r) => ({
        id: r.id,
        name: r.name,
        nameHi: r.name_hi,
        barcodes: r.barcodes ? r.barcodes.split('\t') : [],
        unit: r.unit as Unit,
        loose: r.loose === 1,
        pricePaise: r.price_paise,
        mrpPaise: r.mrp_paise,
      })),
    byBarcode: (code) => {
      const entry = barcodeEntry.get(code);
      const r = entry && byId.get(entry.productId);
      return r && toProduct(r);
    },
    barcodeEntry: (code) => barcodeEntry.get(code),
    byPlu: (plu) => {
      const r = byPlu.get(plu);
      return r && toProduct(r);
    },
    search: (q, limit) => find({ q, limit, stock: 'any' }),
    find,
    saleProducts: (ids) => {
      const map = new Map<string, SaleProduct>();
      for (const id of new Set(ids)) {
        const r = saleProduct.get(id);
        if (r) {
          map.set(id, {
            id: r.id,
            name: r.name,
            nameHi: r.name_hi,
            hsn: r.hsn,
            unit: r.unit as Unit,
            loose: r.loose === 1,
            gstRateBp: r.gst_rate_bp,
            cessRateBp: r.cess_rate_bp,
            mrpPaise: r.mrp_paise,
            pricePaise: r.price_paise,
            costPaise: r.cost_paise,
          });
        }
      }
      return map;
    },
    barcodeOwner: (code) => barcodeEntry.get(code)?.productId,
    insert: (p) => {
      writer.insert(p);
      fuzzy.forget();
    },
    insertMany: (list) => {
      for (const p of list) writer.insert(p);
      fuzzy.forget();
    },
    addBarcode: (productId, code, qtyMilli) => writer.addBarcode(productId, code, qtyMilli),
    update: (id, patch) => updateProduct(ctx, id, patch, () => fuzzy.forget()),
    categories: () =>
      raw
        .prepare(
          "SELECT category, sub_category AS subCategory, count(*) AS products FROM products WHERE active = 1 AND category <> '' GROUP BY category, sub_category ORDER BY category, sub_category",
        )
        .all() as Array<{ category: string; subCategory: string; products: number }>,
    keyOwners: () => {
      const rows = raw.prepare('SELECT id, name, brand, pack_size AS packSize, mrp_paise AS mrpPaise, price_paise AS pricePaise FROM products').all() as Array<{
        id: string;
        name: string;
        brand: string;
        packSize: string;
        mrpPaise: number | null;
        pricePaise: number;
      }>;
      return new Map(rows.map((r) => [productKey(r), r.id]));
    },
    lastInStoreNumber: (prefix) => {
      const row = raw
        .prepare('SELECT max(barcode) AS code FROM product_barcodes WHERE barcode >= ? AND barcode < ? AND length(barcode) = 13')
        .get(prefix, `${prefix}z`) as { code: string | null };
      return row.code ? Number(row.code.slice(prefix.length, 12)) : 0;
    },
    all: () => (raw.prepare(`${SELECT_PRODUCT} ORDER BY p.category, p.name`).all() as ProductRow[]).map(toProduct),
  };
}

/** Changes the given fields; barcodes and units given replace the old ones; the search entry follows the names. */
function updateProduct({ raw }: RepoContext, id: string, patch: Parameters<CatalogRepo['update']>[1], forget: () => void): void {
  const columns: Record<string, string> = {
    name: 'name',
    nameHi: 'name_hi',
    hsn: 'hsn',
    gstRateBp: 'gst_rate_bp',
    cessRateBp: 'cess_rate_bp',
    mrpPaise: 'mrp_paise',
    pricePaise: 'price_paise',
    costPaise: 'cost_paise',
    unit: 'unit',
    category: 'category',
    subCategory: 'sub_category',
    brand: 'brand',
    packSize: 'pack_size',
    imageUrl: 'image_url',
    reorderLevelMilli: 'reorder_level_milli',
    reorderQtyMilli: 'reorder_qty_milli',
    plu: 'plu',
    updatedAt: 'updated_at',
  };
  const { sets, args } = assignments({ ...columns, altNames: 'alt_names', loose: 'loose', active: 'active' }, patch);
  if (sets.length > 0) raw.prepare(`UPDATE products SET ${sets.join(', ')} WHERE id = @id`).run({ ...args, id });
  if (patch.barcodes || patch.units) {
    // Barcodes given replace the piece barcodes; units given replace the pack barcodes.
    const which = patch.barcodes && patch.units ? '' : patch.barcodes ? ' AND qty_milli = 1000' : ' AND qty_milli <> 1000';
    raw.prepare(`DELETE FROM product_barcodes WHERE product_id = ?${which}`).run(id);
    const add = raw.prepare('INSERT INTO product_barcodes (barcode, product_id, qty_milli) VALUES (?, ?, ?)');
    for (const code of patch.barcodes ?? []) add.run(code, id, 1000);
    if (patch.units) {
      raw.prepare('DELETE FROM product_units WHERE product_id = ?').run(id);
      for (const u of patch.units) {
        raw.prepare('INSERT INTO product_units (product_id, name, qty_milli) VALUES (?, ?, ?)').run(id, u.name, u.qtyMilli);
        if (u.barcode) add.run(u.barcode, id, u.qtyMilli);
      }
    }
  }
  if (patch.name === undefined && patch.nameHi === undefined && patch.altNames === undefined && patch.brand === undefined) return;
  const p = raw.prepare('SELECT rowid, name, name_hi AS nameHi, alt_names AS altNames, brand FROM products WHERE id = ?').get(id) as {
    rowid: number;
    name: string;
    nameHi: string | null;
    altNames: string;
    brand: string;
  };
  raw.prepare('DELETE FROM products_fts WHERE rowid = ?').run(p.rowid);
  raw
    .prepare('INSERT INTO products_fts (rowid, name, alt, fold, skel) VALUES (?, ?, ?, ?, ?)')
    .run(p.rowid, ...ftsValues({ ...p, altNames: JSON.parse(p.altNames) as string[] }));
  forget();
}
