import { and, desc, eq, sql } from 'drizzle-orm';
import type { StockTakesRepo } from '../../../app/core/services/inventory/ports';
import { products, stockLevels, stockMoves, stockTakeLines, stockTakes, users } from '../../schema';
import { atomically, once, placeholders, type RepoContext } from '../context';

export function createStockTakesRepo({ orm, raw }: RepoContext): StockTakesRepo {
  // A posted take shows the book quantity it was posted against: the count minus the adjustment it made.
  const bookMilli = sql<number>`CASE WHEN ${stockTakes.status} = 'posted'
    THEN ${stockTakeLines.countedMilli} - coalesce((SELECT sum(${stockMoves.qtyMilli}) FROM ${stockMoves} WHERE ${stockMoves.refId} = ${stockTakes.id} AND ${stockMoves.productId} = ${stockTakeLines.productId}), 0)
    ELSE coalesce((SELECT ${stockLevels.qtyMilli} FROM ${stockLevels} WHERE ${stockLevels.productId} = ${stockTakeLines.productId}), 0) END`;
  // A count of a whole shop is thousands of lines: one prepared upsert.
  const upsertLine = once(() =>
    orm
      .insert(stockTakeLines)
      .values(placeholders('takeId', 'productId', 'countedMilli', 'countedBy', 'countedAt'))
      .onConflictDoUpdate({
        target: [stockTakeLines.takeId, stockTakeLines.productId],
        set: { countedMilli: sql`excluded.counted_milli`, countedBy: sql`excluded.counted_by`, countedAt: sql`excluded.counted_at` },
      })
      .prepare(),
  );
  return {
    create: (t) =>
      void orm
        .insert(stockTakes)
        .values({ ...t, status: 'open' })
        .run(),
    header: (id) => orm.select({ id: stockTakes.id, name: stockTakes.name, status: stockTakes.status }).from(stockTakes).where(eq(stockTakes.id, id)).get(),
    view(id) {
      const h = orm
        .select({ id: stockTakes.id, name: stockTakes.name, status: stockTakes.status, createdAt: stockTakes.createdAt, postedAt: stockTakes.postedAt })
        .from(stockTakes)
        .where(eq(stockTakes.id, id))
        .get();
      if (!h) return undefined;
      const lines = orm
        .select({
          productId: stockTakeLines.productId,
          name: products.name,
          unit: products.unit,
          countedMilli: stockTakeLines.countedMilli,
          countedBy: users.name,
          bookMilli,
        })
        .from(stockTakeLines)
        .innerJoin(stockTakes, eq(stockTakes.id, stockTakeLines.takeId))
        .innerJoin(products, eq(products.id, stockTakeLines.productId))
        .innerJoin(users, eq(users.id, stockTakeLines.countedBy))
        .where(eq(stockTakeLines.takeId, id))
        .orderBy(products.name)
        .all();
      return { ...h, lines: lines.map((l) => ({ ...l, varianceMilli: l.countedMilli - l.bookMilli })) };
    },
    list: (status) =>
      orm
        .select({
          id: stockTakes.id,
          name: stockTakes.name,
          status: stockTakes.status,
          createdAt: stockTakes.createdAt,
          lines: sql<number>`(SELECT count(*) FROM ${stockTakeLines} WHERE ${stockTakeLines.takeId} = ${stockTakes.id})`,
        })
        .from(stockTakes)
        .where(status === undefined ? undefined : eq(stockTakes.status, status))
        .orderBy(desc(stockTakes.createdAt), desc(stockTakes.id))
        .all(),
    record(id, lines, by, at) {
      atomically(raw, () =>
        lines.forEach((l) => void upsertLine().run({ takeId: id, productId: l.productId, countedMilli: l.countedMilli, countedBy: by, countedAt: at })),
      );
    },
    counts: (id) =>
      orm
        .select({ productId: stockTakeLines.productId, countedMilli: stockTakeLines.countedMilli })
        .from(stockTakeLines)
        .where(eq(stockTakeLines.takeId, id))
        .orderBy(stockTakeLines.productId)
        .all(),
    markPosted: (id, at) =>
      void orm
        .update(stockTakes)
        .set({ status: 'posted', postedAt: at })
        .where(and(eq(stockTakes.id, id), eq(stockTakes.status, 'open')))
        .run(),
  };
}
