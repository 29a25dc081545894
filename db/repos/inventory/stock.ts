import { and, asc, desc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import { StockSettings } from '../../../app/core/contract';
import type { LotBalance } from '../../../app/core/inventory/fefo';
import type { Lot, StockRepo } from '../../../app/core/services/inventory/ports';
import { batches, batchStock, products, stockLevels, stockMoves, stockSettings } from '../../schema';
import { atomically, cachedRead, inJsonList, once, placeholders, preparedWrite, type RepoContext } from '../context';

const ph = sql.placeholder;

// Balances joined with their lots; the '' lot (stock from before lots) has no batch row.
const LOT = {
  batchId: batchStock.batchId,
  productId: batchStock.productId,
  batchNo: batches.batchNo,
  mfgDate: batches.mfgDate,
  expiryDate: batches.expiryDate,
  mrpPaise: batches.mrpPaise,
  unitCostPaise: batches.unitCostPaise,
  supplierId: batches.supplierId,
  receivedAt: batches.receivedAt,
  qtyMilli: batchStock.qtyMilli,
  valuePaise: batchStock.valuePaise,
};
interface LotRow {
  batchId: string;
  productId: string;
  batchNo: string | null;
  mfgDate: string | null;
  expiryDate: string | null;
  mrpPaise: number | null;
  unitCostPaise: number | null;
  supplierId: string | null;
  receivedAt: string | null;
  qtyMilli: number;
  valuePaise: number;
}

const toLot = (r: LotRow): Lot => ({
  ...r,
  batchNo: r.batchNo ?? '',
  unitCostPaise: r.unitCostPaise ?? (r.qtyMilli > 0 ? Math.round((r.valuePaise * 1000) / r.qtyMilli) : 0),
});

export function createStockRepo({ orm, raw }: RepoContext): StockRepo {
  // One row per bill line on every sale: prepared once (see once()). The trigger keeps the balances.
  const insertMove = preparedWrite(raw, () =>
    orm.insert(stockMoves).values(placeholders('productId', 'batchId', 'qtyMilli', 'valuePaise', 'kind', 'reason', 'refType', 'refId', 'at')),
  );
  const savedSettings = once(() => orm.select({ settings: stockSettings.settings }).from(stockSettings).where(eq(stockSettings.id, 1)).prepare());
  // Read by every priced cart; settings saved before an option existed still parse (the schema fills its default).
  const settings = cachedRead(raw, () => StockSettings.parse(JSON.parse(savedSettings().get()?.settings ?? '{}')));
  const lotsFrom = () => orm.select(LOT).from(batchStock).leftJoin(batches, eq(batches.id, batchStock.batchId));
  const lotsOf = once(() =>
    lotsFrom()
      .where(eq(batchStock.productId, ph('productId')))
      .prepare(),
  );
  // The counter's pick: only lots with a balance. A year of daily deliveries leaves a product ~180
  // empty lots, and reading them all on every bill line made billing slower as the year went on.
  // A whole cart's lots in one statement (key order, as each product's own read gave them).
  const lotsInStock = once(() =>
    lotsFrom()
      .where(and(inJsonList(batchStock.productId, 'productIds'), ne(batchStock.qtyMilli, 0)))
      .orderBy(batchStock.productId, batchStock.batchId)
      .prepare(),
  );
  const levelsIn = once(() =>
    orm
      .select({ productId: stockLevels.productId, qtyMilli: stockLevels.qtyMilli, valuePaise: stockLevels.valuePaise })
      .from(stockLevels)
      .where(inJsonList(stockLevels.productId, 'productIds'))
      .prepare(),
  );
  const allLevels = once(() =>
    orm.select({ productId: stockLevels.productId, qtyMilli: stockLevels.qtyMilli, valuePaise: stockLevels.valuePaise }).from(stockLevels).prepare(),
  );
  const level = once(() =>
    orm
      .select({ qtyMilli: stockLevels.qtyMilli, valuePaise: stockLevels.valuePaise })
      .from(stockLevels)
      .where(eq(stockLevels.productId, ph('productId')))
      .prepare(),
  );
  const lotById = once(() =>
    orm
      .select({
        ...LOT,
        batchId: batches.id,
        productId: batches.productId,
        qtyMilli: sql<number>`coalesce(${batchStock.qtyMilli}, 0)`,
        valuePaise: sql<number>`coalesce(${batchStock.valuePaise}, 0)`,
      })
      .from(batches)
      .leftJoin(batchStock, and(eq(batchStock.batchId, batches.id), eq(batchStock.productId, batches.productId)))
      .where(eq(batches.id, ph('batchId')))
      .prepare(),
  );
  const insertLot = once(() =>
    orm
      .insert(batches)
      .values(placeholders('id', 'productId', 'batchNo', 'mfgDate', 'expiryDate', 'mrpPaise', 'unitCostPaise', 'supplierId', 'receivedAt'))
      .prepare(),
  );
  const moveView = {
    id: stockMoves.id,
    productId: stockMoves.productId,
    batchId: stockMoves.batchId,
    qtyMilli: stockMoves.qtyMilli,
    valuePaise: stockMoves.valuePaise,
    kind: stockMoves.kind,
    reason: stockMoves.reason,
    refType: stockMoves.refType,
    refId: stockMoves.refId,
    at: stockMoves.at,
  };
  const latestLot = (column: typeof batches.supplierId | typeof batches.unitCostPaise, onlyWith: boolean) =>
    sql`(SELECT ${column} FROM ${batches} WHERE ${batches.productId} = ${products.id}${onlyWith ? sql` AND ${column} IS NOT NULL` : sql``} ORDER BY ${batches.receivedAt} DESC LIMIT 1)`;
  return {
    insert(moves, ref) {
      if (moves.length === 0) return;
      atomically(raw, () => {
        for (const m of moves)
          insertMove().run({
            productId: m.productId,
            batchId: m.batchId,
            qtyMilli: m.qtyMilli,
            valuePaise: m.valuePaise,
            kind: m.kind,
            reason: m.reason ?? null,
            ...ref,
          });
      });
    },
    movesFor: (refId) => orm.select(moveView).from(stockMoves).where(eq(stockMoves.refId, refId)).orderBy(stockMoves.id).all(),
    onHand(productIds) {
      const rows = orm
        .select({ productId: stockLevels.productId, qtyMilli: stockLevels.qtyMilli })
        .from(stockLevels)
        .where(inArray(stockLevels.productId, [...productIds]))
        .all();
      const byId = new Map(rows.map((s) => [s.productId, s.qtyMilli]));
      return productIds.map((productId) => ({ productId, qtyMilli: byId.get(productId) ?? 0 }));
    },
    levels: () => allLevels().all(),
    level: (productId) => level().get({ productId }) ?? { qtyMilli: 0, valuePaise: 0 },
    levelsOf(productIds) {
      const rows = levelsIn().all({ productIds: JSON.stringify([...new Set(productIds)]) });
      return new Map(rows.map((r) => [r.productId, { qtyMilli: r.qtyMilli, valuePaise: r.valuePaise }]));
    },
    lotBalances(productIds) {
      const map = new Map<string, LotBalance[]>();
      const ids = [...new Set(productIds)];
      for (const productId of ids) map.set(productId, []);
      for (const r of lotsInStock().all({ productIds: JSON.stringify(ids) }))
        map.get(r.productId)?.push({
          batchId: r.batchId,
          qtyMilli: r.qtyMilli,
          valuePaise: r.valuePaise,
          expiryDate: r.expiryDate,
          receivedAt: r.receivedAt ?? '',
          mrpPaise: r.mrpPaise,
          unitCostPaise: r.unitCostPaise ?? 0,
        });
      return map;
    },
    lots: (productId, includeEmpty) =>
      lotsOf()
        .all({ productId })
        .filter((r) => includeEmpty || r.qtyMilli !== 0)
        .map(toLot),
    lot: (batchId) => {
      const r = lotById().get({ batchId });
      return r && toLot(r);
    },
    addLots: (lots) => atomically(raw, () => lots.forEach((l) => insertLot().run({ ...l }))),
    expiring: (byDate) =>
      orm
        .select({ ...LOT, productName: products.name })
        .from(batchStock)
        .leftJoin(batches, eq(batches.id, batchStock.batchId))
        .innerJoin(products, eq(products.id, batchStock.productId))
        .where(and(gt(batchStock.qtyMilli, 0), lte(batches.expiryDate, byDate)))
        .orderBy(asc(batches.expiryDate), asc(products.name))
        .all()
        .map(({ productName, ...r }) => ({ ...toLot(r), productName })),
    lowStock: () => {
      const onHand = sql<number>`coalesce(${stockLevels.qtyMilli}, 0)`;
      return orm
        .select({
          productId: products.id,
          name: products.name,
          unit: products.unit,
          qtyMilli: onHand,
          reorderLevelMilli: products.reorderLevelMilli,
          reorderQtyMilli: products.reorderQtyMilli,
          lastSupplierId: sql<string | null>`${latestLot(batches.supplierId, true)}`,
          lastCostPaise: sql<number>`coalesce(${latestLot(batches.unitCostPaise, false)}, ${products.costPaise})`,
        })
        .from(products)
        .leftJoin(stockLevels, eq(stockLevels.productId, products.id))
        .where(and(eq(products.active, true), gt(products.reorderLevelMilli, 0), lte(onHand, products.reorderLevelMilli)))
        .orderBy(asc(products.name))
        .all();
    },
    history: (productId, limit) =>
      orm.select(moveView).from(stockMoves).where(eq(stockMoves.productId, productId)).orderBy(desc(stockMoves.id)).limit(limit).all(),
    // Read by every bill: one prepared statement, and the parsed settings kept while the text is the same.
    settings: () => settings.get(),
    saveSettings: (s, at) => {
      orm
        .insert(stockSettings)
        .values({ id: 1, settings: JSON.stringify(s), updatedAt: at })
        .onConflictDoUpdate({ target: stockSettings.id, set: { settings: sql`excluded.settings`, updatedAt: sql`excluded.updated_at` } })
        .run();
      settings.forget();
    },
  };
}
