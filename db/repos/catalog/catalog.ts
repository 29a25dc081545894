import { and, asc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { SaleProduct } from '../../../app/core/billing/types';
import { productKey } from '../../../app/core/catalog/import-rows';
import { fold, skeleton, words } from '../../../app/core/catalog/phonetic';
import type { CatalogRepo, Product, SearchQuery } from '../../../app/core/services/catalog/ports';
import { productBarcodes, products } from '../../schema';
import { inJsonList, once, pick, query, queryFamily, type RepoContext } from '../context';
import type { FuzzyTerms } from './catalog-fuzzy';
import { productUpdater } from './catalog-update';
import { productWriter, PRODUCT_COLUMNS, SELECT_PRODUCT, toProduct, type ProductRow } from './catalog-rows';

/** How many best-scored hits per wanted result a filtered search looks at before it looks at all. */
const FILTER_WINDOW = 10;
const ph = sql.placeholder;

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

type FilterArgs = Record<string, string | number>;

const SALE_SQL = { on: 'p.active = 1', off: 'p.active = 0', any: '1' } as const;

/** The first clause is whether the product is on sale; `plain` (only on-sale products, no other filter) may use the unfiltered search. */
function filterSql(f: SearchQuery): { where: string[]; args: FilterArgs; plain: boolean } {
  const sale = f.sale ?? 'on';
  const where: string[] = [SALE_SQL[sale]];
  const args: FilterArgs = {};
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
  return { where, args, plain: sale === 'on' && where.length === 1 };
}

export function createCatalogRepo(ctx: RepoContext, fuzzy: FuzzyTerms): CatalogRepo {
  const { orm, raw } = ctx;
  const writer = productWriter(ctx);
  const updateProduct = productUpdater(ctx);
  // The product view (product_rows.ts) and the FTS5 search over it are SQL; the rest is drizzle.
  const byId = query<ProductRow, [string]>(raw, `${SELECT_PRODUCT} WHERE p.id = ?`);
  const byPlu = query<ProductRow, [string]>(raw, `${SELECT_PRODUCT} WHERE p.plu = ? AND p.active = 1`);
  const everyProduct = query<ProductRow, []>(raw, `${SELECT_PRODUCT} ORDER BY p.category, p.name`);
  // Names weigh most, then alt/Hindi names and brand, then the phonetic keys.
  const search = query<ProductRow, [string, number]>(
    raw,
    `SELECT ${PRODUCT_COLUMNS} FROM products p JOIN (SELECT rowid, bm25(products_fts, 10.0, 6.0, 2.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH ? ORDER BY score LIMIT ?) hit
     ON hit.rowid = p.rowid WHERE p.active = 1 ORDER BY hit.score`,
  );
  const byBarcodePrefix = query<ProductRow, { code: string; limit: number; sale: number }>(
    raw,
    `${SELECT_PRODUCT} WHERE (@sale < 0 OR p.active = @sale) AND p.id IN (SELECT product_id FROM product_barcodes WHERE barcode >= @code AND barcode < @code || 'z') LIMIT @limit`,
  );
  const saleFlag = { on: 1, off: 0, any: -1 } as const;
  // Filtered searches rank and filter row ids first and build the full rows (barcodes, units, stock)
  // for the page only: SQLite computes every selected column before it sorts.
  const filtered = queryFamily<ProductRow, FilterArgs>(raw);
  const barcodeEntry = once(() =>
    orm
      .select({ productId: productBarcodes.productId, qtyMilli: productBarcodes.qtyMilli })
      .from(productBarcodes)
      .where(eq(productBarcodes.barcode, ph('code')))
      .prepare(),
  );
  // Billing needs no barcodes or alt names: lean rows, a whole cart's in one statement, keep the bill's hot path short.
  const saleProduct = once(() =>
    orm
      .select({
        id: products.id,
        name: products.name,
        nameHi: products.nameHi,
        hsn: products.hsn,
        unit: products.unit,
        loose: products.loose,
        gstRateBp: products.gstRateBp,
        cessRateBp: products.cessRateBp,
        mrpPaise: products.mrpPaise,
        pricePaise: products.pricePaise,
        costPaise: products.costPaise,
      })
      .from(products)
      .where(and(inJsonList(products.id, 'ids'), eq(products.active, true)))
      .prepare(),
  );
  // Pack barcodes (a box of 12) are left out: the host says how many a pack holds.
  const counterIndex = once(() =>
    orm
      .select({
        id: products.id,
        name: products.name,
        nameHi: products.nameHi,
        barcodes: sql<string | null>`group_concat(${productBarcodes.barcode}, char(9))`,
        unit: products.unit,
        loose: products.loose,
        pricePaise: products.pricePaise,
        mrpPaise: products.mrpPaise,
      })
      .from(products)
      .leftJoin(productBarcodes, and(eq(productBarcodes.productId, products.id), eq(productBarcodes.qtyMilli, 1000)))
      .where(eq(products.active, true))
      .groupBy(products.id)
      .prepare(),
  );

  const find = (q: SearchQuery): Product[] => {
    const { where, args, plain } = filterSql(q);
    const out = new Map<string, Product>();
    const digits = q.q.trim();
    if (/^\d{4,}$/.test(digits))
      for (const r of byBarcodePrefix().all({ code: digits, limit: q.limit, sale: saleFlag[q.sale ?? 'on'] })) out.set(r.id, toProduct(r));
    // A filter is tried on the best-scored hits first: when enough of them pass, they are exactly the
    // best that pass, and a broad word ("ghee" also folds to "gi": 1,100 hits) is not filtered whole.
    const filteredHits = (match: string, window: number) =>
      filtered(
        `SELECT ${PRODUCT_COLUMNS} FROM (SELECT p.rowid AS rid, hit.score FROM products p
          JOIN (SELECT rowid, bm25(products_fts, 10.0, 6.0, 2.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH @match ORDER BY score LIMIT @window) hit ON hit.rowid = p.rowid
          WHERE ${where.join(' AND ')} ORDER BY hit.score LIMIT @limit) top JOIN products p ON p.rowid = top.rid ORDER BY top.score`,
      ).all({ ...args, match, window, limit: q.limit });
    const collect = (match: string) => {
      let rows = plain ? search().all(match, q.limit) : filteredHits(match, FILTER_WINDOW * q.limit);
      if (!plain && rows.length < q.limit) rows = filteredHits(match, -1); // -1: every hit
      for (const r of rows) if (!out.has(r.id) && out.size < q.limit) out.set(r.id, toProduct(r));
    };
    const match = ftsQuery(q.q);
    if (match) {
      collect(match);
      // Nothing found: try the words' near spellings (one letter off), "amull" → "amul".
      if (out.size === 0) {
        const typo = ftsQuery(q.q, fuzzy.near);
        if (typo && typo !== match) collect(typo);
      }
    } else if (!plain) {
      const text = `SELECT ${PRODUCT_COLUMNS} FROM (SELECT p.rowid AS rid, p.name FROM products p WHERE ${where.join(' AND ')} ORDER BY p.name LIMIT @limit) top
        JOIN products p ON p.rowid = top.rid ORDER BY top.name`;
      for (const r of filtered(text).all({ ...args, limit: q.limit })) out.set(r.id, toProduct(r));
    }
    return [...out.values()].slice(0, q.limit);
  };

  return {
    get: (id) => {
      const r = byId().get(id);
      return r && toProduct(r);
    },
    counterIndex: () =>
      counterIndex()
        .all()
        .map((r) => ({ ...r, barcodes: r.barcodes ? r.barcodes.split('\t') : [] })),
    byBarcode: (code) => {
      const entry = barcodeEntry().get({ code });
      const r = entry && byId().get(entry.productId);
      return r && toProduct(r);
    },
    barcodeEntry: (code) => barcodeEntry().get({ code }),
    byPlu: (plu) => {
      const r = byPlu().get(plu);
      return r && toProduct(r);
    },
    search: (q, limit) => find({ q, limit, stock: 'any' }),
    find,
    saleProducts: (ids) =>
      new Map<string, SaleProduct>(
        saleProduct()
          .all({ ids: JSON.stringify([...new Set(ids)]) })
          .map((r) => [r.id, r]),
      ),
    barcodeOwner: (code) => barcodeEntry().get({ code })?.productId,
    insert: (p) => {
      writer.insert(p);
      fuzzy.forget();
    },
    insertStaged: (list) => {
      for (const p of list) writer.insert(p, { searchable: false });
    },
    addBarcode: (productId, code, qtyMilli) => writer.addBarcode(productId, code, qtyMilli),
    update: (id, patch) => {
      updateProduct(id, patch);
      if (patch.name !== undefined || patch.nameHi !== undefined || patch.altNames !== undefined || patch.brand !== undefined) fuzzy.forget();
    },
    categories: () =>
      orm
        .select({ category: products.category, subCategory: products.subCategory, products: sql<number>`count(*)` })
        .from(products)
        .where(and(eq(products.active, true), sql`${products.category} <> ''`))
        .groupBy(products.category, products.subCategory)
        .orderBy(asc(products.category), asc(products.subCategory))
        .all(),
    keyOwners: (afterId, limit) =>
      orm
        .select({
          ...pick(products, 'id', 'name', 'brand', 'packSize', 'mrpPaise', 'pricePaise'),
        })
        .from(products)
        .where(gt(products.id, afterId))
        .orderBy(asc(products.id))
        .limit(limit)
        .all()
        .map((r) => ({ key: productKey(r), id: r.id })),
    lastInStoreNumber: (prefix) => {
      const row = orm
        .select({ code: sql<string | null>`max(${productBarcodes.barcode})` })
        .from(productBarcodes)
        .where(and(gte(productBarcodes.barcode, prefix), lt(productBarcodes.barcode, `${prefix}z`), sql`length(${productBarcodes.barcode}) = 13`))
        .get();
      return row?.code ? Number(row.code.slice(prefix.length, 12)) : 0;
    },
    all: () => everyProduct().all().map(toProduct),
  };
}
