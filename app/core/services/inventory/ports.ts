import type { z } from 'zod';
import type { ImportDraft } from '../../catalog/import-rows';
import type { StockMoveView } from '../../contract';
import type { LotView, StockLevel, StockSettings, StockTakeView } from '../../contract/index';
import type { LotBalance } from '../../inventory/fefo';
import type { StockMove } from '../../inventory/moves';

/** The repositories this area owns in the Store (db/repos/inventory). */
export interface InventoryStore {
  stock: StockRepo;
  stockTakes: StockTakesRepo;
}

export type StockSettingsValue = z.output<typeof StockSettings>;
export type Lot = z.output<typeof LotView>;
export type StockTake = z.output<typeof StockTakeView>;

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

export interface StockTakesRepo {
  create(t: { id: string; name: string; createdBy: string; createdAt: string }): void;
  header(id: string): { id: string; name: string; status: StockTake['status'] } | undefined;
  view(id: string): StockTake | undefined;
  list(status: StockTake['status'] | undefined): Array<{ id: string; name: string; status: StockTake['status']; createdAt: string; lines: number }>;
  record(id: string, lines: ReadonlyArray<{ productId: string; countedMilli: number }>, by: string, at: string): void;
  counts(id: string): Array<{ productId: string; countedMilli: number }>;
  markPosted(id: string, at: string): void;
}

export type { ImportDraft };
export interface StockRepo {
  levels(): Array<z.output<typeof StockLevel>>;
  level(productId: string): { qtyMilli: number; valuePaise: number };
  /** the balances of some products in one read; a product with no stock yet is absent */
  levelsOf(productIds: readonly string[]): Map<string, { qtyMilli: number; valuePaise: number }>;
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
  insert(moves: readonly StockMove[], ref: { refType: string; refId: string; at: string }): void;
  movesFor(refId: string): Array<z.output<typeof StockMoveView>>;
  onHand(productIds: readonly string[]): Array<{ productId: string; qtyMilli: number }>;
}
