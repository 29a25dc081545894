import type { AdjustmentReason } from '../contract/vocabulary';
import type { Paise } from '../money';

/** Stock is never a number someone writes: it is the sum of an append-only ledger of moves. */
export type StockMoveKind = 'sale' | 'sale_cancel' | 'purchase' | 'purchase_return' | 'sale_return' | 'adjustment' | 'opening';

export interface StockMove {
  productId: string;
  /** the lot the goods came from or went to; null for moves written before lots existed */
  batchId: string | null;
  /** signed milli-units: negative leaves the shop */
  qtyMilli: number;
  /** signed value at cost */
  valuePaise: Paise;
  kind: StockMoveKind;
  /** adjustments only */
  reason?: AdjustmentReason | null;
}

/** Undo moves (for a cancelled document): same products and lots, opposite sign. */
export function reverseMoves(moves: readonly StockMove[], kind: StockMoveKind): StockMove[] {
  return moves.map((m) => ({ ...m, qtyMilli: -m.qtyMilli, valuePaise: -m.valuePaise, kind }));
}
