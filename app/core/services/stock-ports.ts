import type { z } from 'zod';
import type { ImportDraft, ParsedTable } from '../catalog/import-rows';
import type { LotBalance } from '../inventory/fefo';
import type {
  LotView,
  ProductView,
  PurchaseBillView,
  PurchaseOrderView,
  ShopView,
  StockLevel,
  StockMoveView,
  StockSettings,
  StockTakeView,
  SupplierView,
} from '../contract';
import type { PricedPurchaseLine, PurchaseTotals } from '../purchasing/types';

/** Ports of catalogue, inventory and purchasing (issue #4), beside the spine's in ports.ts. */
export type Supplier = z.output<typeof SupplierView>;
export type StockSettingsValue = z.output<typeof StockSettings>;
export type Lot = z.output<typeof LotView>;
export type PurchaseBill = z.output<typeof PurchaseBillView>;
export type PurchaseOrder = z.output<typeof PurchaseOrderView>;
export type StockTake = z.output<typeof StockTakeView>;
type ProductRecord = z.output<typeof ProductView>;

/** A product as written: the catalogue view without what is computed (stock) or kept apart (active). */
export type NewProductRecord = Omit<ProductRecord, 'active' | 'onHandMilli' | 'units'> & {
  units: Array<{ name: string; qtyMilli: number; barcode: string | null }>;
  createdAt: string;
  active?: boolean;
};

export interface SearchQuery {
  q: string;
  limit: number;
  category?: string | undefined;
  subCategory?: string | undefined;
  minPricePaise?: number | undefined;
  maxPricePaise?: number | undefined;
  stock: 'any' | 'in' | 'out' | 'low';
  /** only products with a lot on hand expiring on or before this date */
  expiringBy?: string | undefined;
}

export interface CatalogExtras {
  /** the barcode row: which product, and how many base units the code stands for */
  barcodeEntry(code: string): { productId: string; qtyMilli: number } | undefined;
  byPlu(plu: string): ProductRecord | undefined;
  find(query: SearchQuery): ProductRecord[];
  update(id: string, patch: Partial<NewProductRecord> & { active?: boolean; updatedAt: string }): void;
  categories(): Array<{ category: string; subCategory: string; products: number }>;
  /** an existing product with this dedupe key (name|brand|pack, lower case), for imports */
  keyOwners(): Map<string, string>;
  /** many products in one go (imports), inside the caller's transaction */
  insertMany(products: readonly NewProductRecord[]): void;
  /** the highest running number among in-store barcodes with this prefix (0 when none) */
  lastInStoreNumber(prefix: string): number;
  addBarcode(productId: string, code: string, qtyMilli: number): void;
  all(): ProductRecord[];
}

export interface NewLot {
  id: string;
  productId: string;
  batchNo: string;
  mfgDate: string | null;
  expiryDate: string | null;
  mrpPaise: number | null;
  unitCostPaise: number;
  supplierId: string | null;
  receivedAt: string;
}

export interface StockExtras {
  levels(): Array<z.output<typeof StockLevel>>;
  level(productId: string): { qtyMilli: number; valuePaise: number };
  /** lots with a non-zero balance, for FEFO issue (empty lots left out); the '' lot holds stock from before lots */
  lotBalances(productIds: readonly string[]): Map<string, LotBalance[]>;
  lots(productId: string, includeEmpty: boolean): Lot[];
  lot(batchId: string): (Lot & { qtyMilli: number; valuePaise: number }) | undefined;
  addLots(lots: readonly NewLot[]): void;
  expiring(byDate: string): Array<Lot & { productName: string }>;
  lowStock(): Array<{
    productId: string;
    name: string;
    unit: string;
    qtyMilli: number;
    reorderLevelMilli: number;
    reorderQtyMilli: number;
    lastSupplierId: string | null;
    lastCostPaise: number;
  }>;
  history(productId: string, limit: number): Array<z.output<typeof StockMoveView>>;
  settings(): StockSettingsValue;
  saveSettings(s: StockSettingsValue, at: string): void;
}

export interface SuppliersRepo {
  list(q: string): Supplier[];
  get(id: string): Supplier | undefined;
  byGstin(gstin: string): Supplier | undefined;
  insert(s: Supplier & { createdAt: string }): void;
  update(id: string, patch: Partial<Omit<Supplier, 'id'>>): void;
}

export interface NewPurchaseDoc {
  id: string;
  kind: 'bill' | 'return';
  number: string;
  supplierId: string;
  date: string;
  supplierDate: string | null;
  againstId: string | null;
  poId: string | null;
  supply: 'intra' | 'inter';
  lines: Array<
    Pick<PricedPurchaseLine, 'taxable' | 'cgst' | 'sgst' | 'igst' | 'cess' | 'total'> & {
      productId: string;
      batchId: string;
      qtyMilli: number;
      freeMilli: number;
      unitCostPaise: number;
      discountPaise: number;
      gstRateBp: number;
      cessRateBp: number;
    }
  >;
  totals: PurchaseTotals;
  reason: string;
  createdBy: string;
  createdAt: string;
}

export interface PurchasingRepo {
  insert(doc: NewPurchaseDoc): void;
  view(id: string): PurchaseBill | undefined;
  bySupplierNumber(supplierId: string, number: string): string | undefined;
  list(filter: {
    supplierId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    limit: number;
  }): Array<{ id: string; kind: 'bill' | 'return'; number: string; supplierName: string; date: string; totalPaise: number; lines: number }>;
  /** qty already returned from each lot of a bill */
  returnedFromBill(billId: string): Map<string, number>;
  insertOrder(po: {
    id: string;
    number: string;
    supplierId: string;
    date: string;
    notes: string;
    createdBy: string;
    createdAt: string;
    lines: Array<{ productId: string; qtyMilli: number; unitCostPaise: number }>;
  }): void;
  order(id: string): PurchaseOrder | undefined;
  orders(status: PurchaseOrder['status'] | undefined): Array<Omit<PurchaseOrder, 'lines'> & { lines: number }>;
  receiveOnOrder(poId: string, received: ReadonlyArray<{ productId: string; qtyMilli: number }>): void;
  setOrderStatus(poId: string, status: PurchaseOrder['status']): void;
}

export interface StockTakesRepo {
  create(t: { id: string; name: string; createdBy: string; createdAt: string }): void;
  header(id: string): { id: string; name: string; status: StockTake['status'] } | undefined;
  view(id: string): StockTake | undefined;
  list(status: StockTake['status'] | undefined): Array<{ id: string; name: string; status: StockTake['status']; createdAt: string; lines: number }>;
  record(id: string, lines: ReadonlyArray<{ productId: string; countedMilli: number }>, by: string, at: string): void;
  counts(id: string): Array<{ productId: string; countedMilli: number }>;
  markPosted(id: string, at: string): void;
}

export interface ImportsRepo {
  start(i: { id: string; fileName: string; bytes: Uint8Array; createdBy: string; createdAt: string }): void;
  append(id: string, offset: number, bytes: Uint8Array): number;
  get(id: string): { id: string; fileName: string; bytes: Uint8Array; status: 'uploaded' | 'committed'; result: unknown } | undefined;
  markCommitted(id: string, result: unknown, at: string): void;
}

/** Reading and writing spreadsheets (papaparse, exceljs): the host's, since Excel files need Node. */
export interface Spreadsheets {
  parse(bytes: Uint8Array, fileName: string, encoding: 'utf-8' | 'windows-1252'): Promise<ParsedTable>;
  writeXlsx(
    sheets: ReadonlyArray<{
      name: string;
      columns: ReadonlyArray<{ header: string; width?: number }>;
      rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
    }>,
  ): Promise<Uint8Array>;
}

export interface LabelItem {
  name: string;
  nameHi: string | null;
  barcode: string;
  pricePaise: number;
  mrpPaise: number | null;
  unit: string;
  packSize: string;
}

/** Documents of this area made by the host: purchase order PDFs, label sheets, labels on the thermal printer. */
export interface StockDocuments {
  purchaseOrderPdf(
    po: PurchaseOrder,
    supplier: Supplier,
    lines: ReadonlyArray<{ hsn: string; gstRateBp: number; cessRateBp: number }>,
    shop: z.output<typeof ShopView>,
  ): Promise<Uint8Array>;
  labelsPdf(labels: readonly LabelItem[], layout: 'shelf' | 'product'): Promise<Uint8Array>;
  printLabels(labels: readonly LabelItem[], layout: 'shelf' | 'product', shop: z.output<typeof ShopView>): Promise<{ ok: boolean; message: string }>;
}

export type { ImportDraft };
