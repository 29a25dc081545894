import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { gs1CheckDigit } from '../app/core/catalog/barcode';
import { prng } from './bill-carts';
import type { Product } from '../app/core/services/catalog/ports';

/**
 * Real catalogues (BigBasket 20k, DMart 5k) from the shared data folder, read at bench time and
 * never copied into the repo (their licences do not allow shipping them). They carry no HSN,
 * GST rate or barcode, so those are made up: HSN and rate by category, a GS1-India-style EAN-13.
 */
export const DATA_DIR = process.env.SMARTKIRANA_DATA ?? join(import.meta.dirname, '../../shared/data');
const FILES = { bigbasket: 'bigbasket_products_20k.csv', dmart: 'dmart_products.csv' };

export type NewProduct = Omit<Product, 'active' | 'onHandMilli' | 'units'> & { units: [] };

// Plausible (not authoritative) HSN heading and GST rate per category.
const BY_CATEGORY: Record<string, [string, number]> = {
  'Beauty & Hygiene': ['3304', 18],
  'Kitchen, Garden & Pets': ['3924', 18],
  'Cleaning & Household': ['3402', 18],
  'Gourmet & World Food': ['2106', 5],
  'Foodgrains, Oil & Masala': ['1006', 5],
  'Snacks & Branded Foods': ['1905', 5],
  Beverages: ['2101', 5],
  'Bakery, Cakes & Dairy': ['0406', 5],
  'Baby Care': ['3401', 5],
  'Fruits & Vegetables': ['0709', 0],
  'Eggs, Meat & Fish': ['0407', 0],
  Grocery: ['0713', 0],
  'DMart Grocery': ['0713', 0],
  'Personal Care': ['3305', 5],
  'Packaged Food': ['2106', 5],
  'Dairy & Beverages': ['0402', 5],
  'Home & Kitchen': ['3924', 18],
};
const OTHER: [string, number] = ['9603', 18];

const paise = (text: string | undefined): number | null => {
  const n = Number(text?.trim());
  return text?.trim() && Number.isFinite(n) && n > 0 ? Math.round(n * 100) : null;
};
const contains = (name: string, part: string) => part === '' || name.toLowerCase().includes(part.toLowerCase());

function product(i: number, name: string, category: string, sale: number, mrp: number | null, barcode: string): NewProduct {
  const [hsn, gst] = BY_CATEGORY[category] ?? OTHER;
  const pricePaise = mrp === null ? sale : Math.min(sale, mrp); // never above MRP, as the catalogue requires
  return {
    id: `prod-bench-${String(i).padStart(5, '0')}`,
    name: name.replace(/\s+/g, ' ').trim().slice(0, 120),
    nameHi: null,
    altNames: [],
    barcodes: [barcode],
    hsn,
    uqc: null,
    gstRateBp: gst * 100,
    cessRateBp: 0,
    mrpPaise: mrp,
    pricePaise,
    costPaise: Math.round(pricePaise * 0.85),
    unit: 'pcs',
    loose: false,
    category,
    subCategory: '',
    brand: '',
    packSize: '',
    imageUrl: null,
    reorderLevelMilli: 0,
    reorderQtyMilli: 0,
    plu: null,
    units: [],
  };
}

function parse(file: string): Array<Record<string, string>> {
  // papaparse handles DMart's quoted multi-line descriptions.
  const result = Papa.parse<Record<string, string>>(readFileSync(join(DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`${file}: ${result.errors[0]?.message ?? 'parse error'} (row ${result.errors[0]?.row ?? '?'})`);
  return result.data;
}

export function dataAvailable(): string | null {
  const missing = Object.values(FILES).filter((f) => !existsSync(join(DATA_DIR, f)));
  return missing.length === 0 ? null : `${DATA_DIR} lacks ${missing.join(', ')} (set SMARTKIRANA_DATA to the shared data folder)`;
}

/** A seeded source of made-up Indian EAN-13s (prefix 890), none handed out twice. */
export function uniqueBarcodes(seed: number): () => string {
  const random = prng(seed);
  const used = new Set<string>();
  return () => {
    for (;;) {
      const body = `890${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
      const code = body + gs1CheckDigit(body);
      if (!used.has(code)) return (used.add(code), code);
    }
  };
}

/** Both catalogues as products; rows without a usable sale price are skipped and counted. */
export function loadCatalogues(): { products: NewProduct[]; skipped: number; rows: number } {
  const barcode = uniqueBarcodes(7);
  const products: NewProduct[] = [];
  let skipped = 0;
  const bigbasket = parse(FILES.bigbasket);
  const dmart = parse(FILES.dmart);
  for (const r of bigbasket) {
    const sale = paise(r.sale_price);
    const name = r.product?.trim() ?? '';
    const brand = r.brand?.trim() ?? '';
    if (sale === null || name === '') skipped++;
    else
      products.push(product(products.length + 1, contains(name, brand) ? name : `${brand} ${name}`, r.category ?? '', sale, paise(r.market_price), barcode()));
  }
  for (const r of dmart) {
    const sale = paise(r.DiscountedPrice);
    const name = r.Name?.trim() ?? '';
    const qty = r.Quantity?.trim() ?? '';
    if (sale === null || name === '') skipped++;
    else products.push(product(products.length + 1, contains(name, qty) ? name : `${name} ${qty}`, r.Category ?? '', sale, paise(r.Price), barcode()));
  }
  return { products, skipped, rows: bigbasket.length + dmart.length };
}
