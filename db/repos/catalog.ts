import { eq } from 'drizzle-orm';
import { fold, searchKeys, skeleton, words } from '../../app/core/catalog/phonetic';
import type { SaleProduct } from '../../app/core/billing/types';
import type { Unit } from '../../app/core/format/qty';
import type { CatalogRepo, Product } from '../../app/core/services/ports';
import { productBarcodes, products } from '../schema';
import type { RepoContext } from './context';

interface ProductRow {
  id: string;
  name: string;
  name_hi: string | null;
  alt_names: string;
  barcodes: string;
  hsn: string;
  gst_rate_bp: number;
  cess_rate_bp: number;
  mrp_paise: number | null;
  price_paise: number;
  cost_paise: number;
  unit: string;
  loose: number;
  active: number;
}

const SELECT_PRODUCT = `SELECT p.id, p.name, p.name_hi, p.alt_names, p.hsn, p.gst_rate_bp, p.cess_rate_bp, p.mrp_paise,
  p.price_paise, p.cost_paise, p.unit, p.loose, p.active,
  (SELECT json_group_array(b.barcode) FROM product_barcodes b WHERE b.product_id = p.id) AS barcodes
  FROM products p`;

function toProduct(r: ProductRow): Product {
  return {
    id: r.id,
    name: r.name,
    nameHi: r.name_hi,
    altNames: JSON.parse(r.alt_names) as string[],
    barcodes: JSON.parse(r.barcodes) as string[],
    hsn: r.hsn,
    gstRateBp: r.gst_rate_bp,
    cessRateBp: r.cess_rate_bp,
    mrpPaise: r.mrp_paise,
    pricePaise: r.price_paise,
    costPaise: r.cost_paise,
    unit: r.unit as Unit,
    loose: r.loose === 1,
    active: r.active === 1,
  };
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * An FTS5 query: every word must match, as a prefix of the name or alt names, or of its
 * folded Hinglish spelling, or of its consonant skeleton (see app/core/catalog/phonetic.ts).
 */
export function ftsQuery(q: string): string | undefined {
  const clauses = words(q).map((w) => {
    const terms = new Set([`name:${quote(w)}*`, `alt:${quote(w)}*`]);
    const f = fold(w);
    const s = skeleton(w);
    if (f) terms.add(`fold:${quote(f)}*`);
    if (s.length >= 2) terms.add(`skel:${quote(s)}*`);
    return `(${[...terms].join(' OR ')})`;
  });
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

export function createCatalogRepo({ orm, raw }: RepoContext): CatalogRepo {
  const byId = raw.prepare<[string], ProductRow>(`${SELECT_PRODUCT} WHERE p.id = ?`);
  const byBarcode = raw.prepare<[string], ProductRow>(`${SELECT_PRODUCT} JOIN product_barcodes pb ON pb.product_id = p.id WHERE pb.barcode = ?`);
  // Names weigh most, then alt/Hindi names, then the phonetic keys.
  const search = raw.prepare<[string, number], ProductRow>(
    `${SELECT_PRODUCT} JOIN (SELECT rowid, bm25(products_fts, 10.0, 6.0, 2.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH ? ORDER BY score LIMIT ?) hit
     ON hit.rowid = p.rowid WHERE p.active = 1 ORDER BY hit.score`,
  );
  const byBarcodePrefix = raw.prepare<{ code: string; limit: number }, ProductRow>(
    `${SELECT_PRODUCT} WHERE p.active = 1 AND p.id IN (SELECT product_id FROM product_barcodes WHERE barcode >= @code AND barcode < @code || 'z') LIMIT @limit`,
  );
  // Billing needs no barcodes or alt names: a lean row per product keeps the bill's hot path short.
  const saleProduct = raw.prepare<[string], Omit<ProductRow, 'alt_names' | 'barcodes' | 'active'>>(
    'SELECT id, name, name_hi, hsn, gst_rate_bp, cess_rate_bp, mrp_paise, price_paise, cost_paise, unit, loose FROM products WHERE id = ? AND active = 1',
  );
  const counterIndex = raw.prepare<[], { id: string; name: string; name_hi: string | null; barcodes: string | null; unit: string; loose: number; price_paise: number; mrp_paise: number | null }>(
    `SELECT p.id, p.name, p.name_hi, p.unit, p.loose, p.price_paise, p.mrp_paise, group_concat(b.barcode, char(9)) AS barcodes
     FROM products p LEFT JOIN product_barcodes b ON b.product_id = p.id WHERE p.active = 1 GROUP BY p.id`,
  );
  const indexFts = raw.prepare('INSERT INTO products_fts (rowid, name, alt, fold, skel) SELECT rowid, ?, ?, ?, ? FROM products WHERE id = ?');

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
      const r = byBarcode.get(code);
      return r && toProduct(r);
    },
    search: (q, limit) => {
      const out = new Map<string, Product>();
      const digits = q.trim();
      if (/^\d{4,}$/.test(digits)) for (const r of byBarcodePrefix.all({ code: digits, limit })) out.set(r.id, toProduct(r));
      const match = ftsQuery(q);
      if (match && out.size < limit) for (const r of search.all(match, limit)) if (!out.has(r.id)) out.set(r.id, toProduct(r));
      return [...out.values()].slice(0, limit);
    },
    saleProducts: (ids) => {
      const map = new Map<string, SaleProduct>();
      for (const id of new Set(ids)) {
        const r = saleProduct.get(id);
        if (r) {
          map.set(id, {
            id: r.id, name: r.name, nameHi: r.name_hi, hsn: r.hsn, unit: r.unit as Unit, loose: r.loose === 1, gstRateBp: r.gst_rate_bp,
            cessRateBp: r.cess_rate_bp, mrpPaise: r.mrp_paise, pricePaise: r.price_paise, costPaise: r.cost_paise,
          });
        }
      }
      return map;
    },
    barcodeOwner: (code) => orm.select({ productId: productBarcodes.productId }).from(productBarcodes).where(eq(productBarcodes.barcode, code)).get()?.productId,
    insert: (p) => {
      const { barcodes, altNames, createdAt, ...fields } = p;
      orm.insert(products).values({ ...fields, altNames: JSON.stringify(altNames), active: true, createdAt, updatedAt: createdAt }).run();
      if (barcodes.length > 0) orm.insert(productBarcodes).values(barcodes.map((barcode) => ({ barcode, productId: p.id }))).run();
      const keys = searchKeys(p.name, p.nameHi, ...altNames);
      indexFts.run(p.name, [p.nameHi, ...altNames].filter(Boolean).join(' '), keys.fold, keys.skeleton, p.id);
    },
  };
}

