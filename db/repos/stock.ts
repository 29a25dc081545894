import { eq, inArray, sql } from 'drizzle-orm';
import type { StockRepo } from '../../app/core/services/ports';
import { stockMoves } from '../schema';
import type { RepoContext } from './context';

export function createStockRepo({ orm }: RepoContext): StockRepo {
  return {
    insert(moves, ref) {
      if (moves.length === 0) return;
      orm.insert(stockMoves).values(moves.map((m) => ({ ...m, ...ref }))).run();
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
