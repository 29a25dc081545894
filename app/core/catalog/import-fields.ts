import type { ImportField, Lang } from '../contract/vocabulary';
import { say } from '../i18n/fail';
import type { MessageKey } from '../i18n/catalogue';

export type Mapping = Partial<Record<ImportField, string>>;

export type SheetColumn = MessageKey & `sheet.col.${string}`;

/** Our own catalogue export's columns, by the field each fills (catalog.exportExcel writes them in this order). */
const OWN_COLUMNS = {
  name: 'sheet.col.name',
  nameHi: 'sheet.col.nameHi',
  brand: 'sheet.col.brand',
  category: 'sheet.col.category',
  subCategory: 'sheet.col.subCategory',
  packSize: 'sheet.col.packSize',
  barcode: 'sheet.col.barcodes',
  hsn: 'sheet.col.hsn',
  gstRate: 'sheet.col.gstRate',
  cessRate: 'sheet.col.cessRate',
  mrp: 'sheet.col.mrp',
  price: 'sheet.col.price',
  cost: 'sheet.col.cost',
  unit: 'sheet.col.unit',
  reorderLevel: 'sheet.col.reorderLevel',
  reorderQty: 'sheet.col.reorderQty',
} as const satisfies Mapping & Record<string, SheetColumn>;

export const CATALOGUE_COLUMNS: readonly SheetColumn[] = Object.values(OWN_COLUMNS);

const ownHeaders = (lang: Lang): Mapping => Object.fromEntries(Object.entries(OWN_COLUMNS).map(([field, key]) => [field, say(lang, key)]));

/** Layouts of real files we know by their headers (the shared data folder's catalogues, and our own export in either language). */
export const PRESETS: Record<string, Mapping> = {
  smartkirana: ownHeaders('en'),
  smartkiranaHi: ownHeaders('hi'),
  dmart: { name: 'Name', brand: 'Brand', mrp: 'Price', price: 'DiscountedPrice', category: 'Category', subCategory: 'SubCategory', packSize: 'Quantity' },
  bigbasket: { name: 'product', brand: 'brand', category: 'category', subCategory: 'sub_category', price: 'sale_price', mrp: 'market_price' },
  bigbasketPacks: {
    name: 'ProductName',
    brand: 'Brand',
    mrp: 'Price',
    price: 'DiscountPrice',
    imageUrl: 'Image_Url',
    packSize: 'Quantity',
    category: 'Category',
    subCategory: 'SubCategory',
  },
  openfoodfacts: { barcode: 'barcode_id', name: 'product_name', imageUrl: 'product_image' },
};

// Words a header may use for a field, for files we have not seen (lower case, without spaces or punctuation).
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'product', 'productname', 'item', 'itemname', 'description'],
  nameHi: ['hindiname', 'namehi', 'hindi'],
  altNames: ['altnames', 'alternativenames', 'aliases'],
  brand: ['brand', 'make', 'company'],
  category: ['category', 'group', 'department'],
  subCategory: ['subcategory', 'subgroup'],
  packSize: ['packsize', 'pack', 'size', 'quantity', 'weight'],
  barcode: ['barcode', 'barcodes', 'ean', 'ean13', 'gtin', 'upc', 'barcodeid'],
  hsn: ['hsn', 'hsncode', 'hsnsac'],
  gstRate: ['gst', 'gstrate', 'tax', 'taxrate', 'gstpercent'],
  cessRate: ['cess', 'cessrate', 'cesspercent'],
  mrp: ['mrp', 'marketprice', 'maximumretailprice'],
  price: ['price', 'saleprice', 'sellingprice', 'rate', 'discountedprice'],
  cost: ['cost', 'costprice', 'purchaseprice', 'purchaserate'],
  unit: ['unit', 'uom', 'uqc'],
  reorderLevel: ['reorderlevel', 'minstock', 'minimum'],
  reorderQty: ['reorderqty', 'reorderquantity'],
  imageUrl: ['image', 'imageurl', 'photo', 'picture'],
};

const key = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The known layout whose every column is present, or a mapping guessed from header words. */
export function suggestMapping(headers: readonly string[]): { preset: string | null; mapping: Mapping } {
  const present = new Set(headers);
  for (const [name, mapping] of Object.entries(PRESETS)) {
    if (Object.values(mapping).every((h) => present.has(h))) return { preset: name, mapping };
  }
  const mapping: Mapping = {};
  const used = new Set<string>();
  for (const field of Object.keys(SYNONYMS) as ImportField[]) {
    const header = headers.find((h) => !used.has(h) && SYNONYMS[field].includes(key(h)));
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return { preset: null, mapping };
}
