import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { searchKeys } from '../../../app/core/catalog/phonetic';
import type { Uqc } from '../../../app/core/contract/vocabulary';
import type { Unit } from '../../../app/core/format/qty';
import type { NewProductRecord, Product } from '../../../app/core/services/catalog/ports';
import { productBarcodes, products, productUnits } from '../../schema';
import { once, placeholders, query, type RepoContext } from '../context';

/**
 * The catalogue's product row, as FTS5 hits and lookups both read it: the product with its piece
 * barcodes and pack units as JSON (one query for a page of products), and its stock on hand.
 */
export interface ProductRow {
  id: string;
  name: string;
  name_hi: string | null;
  alt_names: string;
  barcodes: string;
  units: string;
  hsn: string;
  uqc: Uqc | null;
  gst_rate_bp: number;
  cess_rate_bp: number;
  mrp_paise: number | null;
  price_paise: number;
  cost_paise: number;
  unit: Unit;
  loose: 0 | 1;
  active: 0 | 1;
  category: string;
  sub_category: string;
  brand: string;
  pack_size: string;
  image_url: string | null;
  reorder_level_milli: number;
  reorder_qty_milli: number;
  plu: string | null;
  on_hand: number | null;
}

export const PRODUCT_COLUMNS = `p.id, p.name, p.name_hi, p.alt_names, p.hsn, p.uqc, p.gst_rate_bp, p.cess_rate_bp, p.mrp_paise,
  p.price_paise, p.cost_paise, p.unit, p.loose, p.active, p.category, p.sub_category, p.brand, p.pack_size, p.image_url,
  p.reorder_level_milli, p.reorder_qty_milli, p.plu,
  (SELECT json_group_array(b.barcode) FROM product_barcodes b WHERE b.product_id = p.id AND b.qty_milli = 1000) AS barcodes,
  (SELECT json_group_array(json_object('name', u.name, 'qtyMilli', u.qty_milli, 'barcode', (SELECT b.barcode FROM product_barcodes b WHERE b.product_id = u.product_id AND b.qty_milli = u.qty_milli))) FROM product_units u WHERE u.product_id = p.id) AS units,
  (SELECT s.qty_milli FROM stock_levels s WHERE s.product_id = p.id) AS on_hand`;

export const SELECT_PRODUCT = `SELECT ${PRODUCT_COLUMNS} FROM products p`;

// The JSON the row's columns hold, checked as it is read.
const Texts = z.array(z.string());
const Units = z.array(z.object({ name: z.string(), qtyMilli: z.number(), barcode: z.string().nullable() }));

export function toProduct(r: ProductRow): Product {
  return {
    id: r.id,
    name: r.name,
    nameHi: r.name_hi,
    altNames: Texts.parse(JSON.parse(r.alt_names)),
    barcodes: Texts.parse(JSON.parse(r.barcodes)),
    hsn: r.hsn,
    uqc: r.uqc,
    gstRateBp: r.gst_rate_bp,
    cessRateBp: r.cess_rate_bp,
    mrpPaise: r.mrp_paise,
    pricePaise: r.price_paise,
    costPaise: r.cost_paise,
    unit: r.unit,
    loose: r.loose === 1,
    active: r.active === 1,
    category: r.category,
    subCategory: r.sub_category,
    brand: r.brand,
    packSize: r.pack_size,
    imageUrl: r.image_url,
    reorderLevelMilli: r.reorder_level_milli,
    reorderQtyMilli: r.reorder_qty_milli,
    plu: r.plu,
    units: Units.parse(JSON.parse(r.units)),
    onHandMilli: r.on_hand ?? 0,
  };
}

/** What the search index holds for a product: names in two columns, then the phonetic keys of all its names and its brand. */
export function ftsValues(p: Pick<NewProductRecord, 'name' | 'nameHi' | 'altNames' | 'brand'>): [string, string, string, string] {
  const keys = searchKeys(p.name, p.nameHi, ...p.altNames, p.brand);
  return [p.name, [p.nameHi, ...p.altNames, p.brand].filter(Boolean).join(' '), keys.fold, keys.skeleton];
}

/** Prepared writes of the catalogue: one product with its barcodes, units and search entry. */
export function productWriter({ orm, raw }: RepoContext) {
  const insertProduct = once(() =>
    orm
      .insert(products)
      .values({
        ...placeholders(
          'id',
          'name',
          'nameHi',
          'altNames',
          'hsn',
          'uqc',
          'gstRateBp',
          'cessRateBp',
          'mrpPaise',
          'pricePaise',
          'costPaise',
          'unit',
          'loose',
          'active',
        ),
        ...placeholders('category', 'subCategory', 'brand', 'packSize', 'imageUrl', 'reorderLevelMilli', 'reorderQtyMilli', 'plu', 'createdAt'),
        updatedAt: sql.placeholder('createdAt'),
      })
      .prepare(),
  );
  const insertBarcode = once(() =>
    orm
      .insert(productBarcodes)
      .values(placeholders('barcode', 'productId', 'qtyMilli'))
      .prepare(),
  );
  const insertUnit = once(() =>
    orm
      .insert(productUnits)
      .values(placeholders('productId', 'name', 'qtyMilli'))
      .prepare(),
  );
  // The search index is an FTS5 table: raw SQL.
  const indexFts = query<never, [string, string, string, string, string]>(
    raw,
    'INSERT INTO products_fts (rowid, name, alt, fold, skel) SELECT rowid, ?, ?, ?, ? FROM products WHERE id = ?',
  );
  const addBarcode = (productId: string, barcode: string, qtyMilli: number) => void insertBarcode().run({ barcode, productId, qtyMilli });
  return {
    /** `searchable: false` leaves the search entry to be written when the product is made live (a staged import row). */
    insert(p: NewProductRecord, { searchable = true } = {}) {
      insertProduct().run({
        id: p.id,
        name: p.name,
        nameHi: p.nameHi,
        altNames: p.altNames,
        hsn: p.hsn,
        uqc: p.uqc ?? null,
        gstRateBp: p.gstRateBp,
        cessRateBp: p.cessRateBp,
        mrpPaise: p.mrpPaise,
        pricePaise: p.pricePaise,
        costPaise: p.costPaise,
        unit: p.unit,
        loose: p.loose,
        active: p.active !== false,
        createdAt: p.createdAt,
        category: p.category,
        subCategory: p.subCategory,
        brand: p.brand,
        packSize: p.packSize,
        imageUrl: p.imageUrl,
        reorderLevelMilli: p.reorderLevelMilli,
        reorderQtyMilli: p.reorderQtyMilli,
        plu: p.plu,
      });
      for (const code of p.barcodes) addBarcode(p.id, code, 1000);
      for (const u of p.units) {
        insertUnit().run({ productId: p.id, name: u.name, qtyMilli: u.qtyMilli });
        if (u.barcode) addBarcode(p.id, u.barcode, u.qtyMilli);
      }
      if (searchable) indexFts().run(...ftsValues(p), p.id);
    },
    addBarcode,
  };
}
