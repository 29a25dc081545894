import { eq, inArray, sql } from 'drizzle-orm';
import type { StockRepo } from '../../app/core/services/ports';
import { stockMoves } from '../schema';
import { atomically, once, placeholders, type RepoContext } from './context';

export function createStockRepo({ orm, raw }: RepoContext): StockRepo {
  // One row per bill line on every sale: prepared once (see once()).
  const insertMove = once(() => orm.insert(stockMoves).values(placeholders('productId', 'qtyMilli', 'valuePaise', 'kind', 'refType', 'refId', 'at')).prepare());
  return {
    insert(moves, ref) {
      if (moves.length === 0) return;
      atomically(raw, () => {
        for (const m of moves) insertMove().run({ productId: m.productId, qtyMilli: m.qtyMilli, valuePaise: m.valuePaise, kind: m.kind, ...ref });
      });
    },
    movesFor: (refId) => orm.select().from(stockMoves).where(eq(stockMoves.refId, refId)).orderBy(stockMoves.id).all(),
    onHand(productIds) {
      const sums = orm
        .select({ productId: stockMoves.productId, qtyMilli: sql<number>`sum(${stockMoves.qtyMilli})` })
        .from(stockMoves)
        .where(inArray(stockMoves.productId, [...productIds]))
        .groupBy(stockMoves.productId)
        .all();
      const byId = new Map(sums.map((s) => [s.productId, s.qtyMilli]));
      return productIds.map((productId) => ({ productId, qtyMilli: byId.get(productId) ?? 0 }));
    },
  };
}
