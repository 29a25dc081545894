import type { ImportField } from '../contract/vocabulary';

export type Mapping = Partial<Record<ImportField, string>>;

/** Layouts of real files we know by their headers (the shared data folder's catalogues, and our own export). */
export const PRESETS: Record<string, Mapping> = {
  smartkirana: {
    name: 'Name',
    nameHi: 'Hindi name',
    brand: 'Brand',
    category: 'Category',
    subCategory: 'Sub-category',
    packSize: 'Pack size',
    barcode: 'Barcodes',
    hsn: 'HSN',
    gstRate: 'GST %',
    cessRate: 'Cess %',
    mrp: 'MRP',
    price: 'Price',
    cost: 'Cost',
    unit: 'Unit',
    reorderLevel: 'Reorder level',
    reorderQty: 'Reorder qty',
  },
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
