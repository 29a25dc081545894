import type { PricedBill } from '../billing/types';
import type { Paise } from '../money';

/** Stock is never a number someone writes: it is the sum of an append-only ledger of moves. */
export type StockMoveKind = 'sale' | 'sale_cancel' | 'purchase' | 'purchase_return' | 'sale_return' | 'adjustment' | 'opening';

export interface StockMove {
  productId: string;
  /** signed milli-units: negative leaves the shop */
  qtyMilli: number;
  /** signed value at cost */
  valuePaise: Paise;
  kind: StockMoveKind;
}

export function stockMovesForSale(bill: PricedBill): StockMove[] {
  return bill.lines.map((l) => ({ productId: l.product.id, qtyMilli: -l.qtyMilli, valuePaise: -l.costPaise, kind: 'sale' }));
}

/** Undo moves (for a cancelled document): same products, opposite sign. */
export function reverseMoves(moves: readonly StockMove[], kind: StockMoveKind): StockMove[] {
  return moves.map((m) => ({ ...m, qtyMilli: -m.qtyMilli, valuePaise: -m.valuePaise, kind }));
}
