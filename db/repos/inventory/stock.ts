import { eq, inArray } from 'drizzle-orm';
import { StockSettings } from '../../../app/core/contract';
import type { LotBalance } from '../../../app/core/inventory/fefo';
import type { Lot } from '../../../app/core/services/inventory/ports';
import { stockLevels, stockMoves } from '../../schema';
import { atomically, cachedRead, once, placeholders, type RepoContext } from '../context';
import type { StockRepo } from '../../../app/core/services/inventory/ports';

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

// Balances joined with their lots; the '' lot (stock from before lots) has no batch row.
const LOTS = `SELECT bs.batch_id AS batchId, bs.product_id AS productId, b.batch_no AS batchNo, b.mfg_date AS mfgDate, b.expiry_date AS expiryDate,
  b.mrp_paise AS mrpPaise, b.unit_cost_paise AS unitCostPaise, b.supplier_id AS supplierId, b.received_at AS receivedAt, bs.qty_milli AS qtyMilli, bs.value_paise AS valuePaise
  FROM batch_stock bs LEFT JOIN batches b ON b.id = bs.batch_id`;

const toLot = (r: LotRow): Lot => ({
  ...r,
  batchNo: r.batchNo ?? '',
  unitCostPaise: r.unitCostPaise ?? (r.qtyMilli > 0 ? Math.round((r.valuePaise * 1000) / r.qtyMilli) : 0),
});

export function createStockRepo({ orm, raw }: RepoContext): StockRepo {
  // One row per bill line on every sale: prepared once (see once()). The trigger keeps the balances.
  const insertMove = once(() =>
    orm
      .insert(stockMoves)
      .values(placeholders('productId', 'batchId', 'qtyMilli', 'valuePaise', 'kind', 'reason', 'refType', 'refId', 'at'))
      .prepare(),
  );
  const savedSettings = once(() => raw.prepare<[], string>('SELECT settings FROM stock_settings WHERE id = 1').pluck());
  // Read by every priced cart; settings saved before an option existed still parse (the schema fills its default).
  const settings = cachedRead(raw, () => StockSettings.parse(JSON.parse(savedSettings().get() ?? '{}')));
  const lotsOf = once(() => raw.prepare<[string], LotRow>(`${LOTS} WHERE bs.product_id = ?`));
  // The counter's pick: only lots with a balance. A year of daily deliveries leaves a product ~180
  // empty lots, and reading them all on every bill line made billing slower as the year went on.
  const lotsInStock = once(() => raw.prepare<[string], LotRow>(`${LOTS} WHERE bs.product_id = ? AND bs.qty_milli <> 0`));
  const allLevels = once(() =>
    raw.prepare<[], { productId: string; qtyMilli: number; valuePaise: number }>(
      'SELECT product_id AS productId, qty_milli AS qtyMilli, value_paise AS valuePaise FROM stock_levels',
    ),
  );
  const level = once(() =>
    raw.prepare<[string], { qtyMilli: number; valuePaise: number }>(
      'SELECT qty_milli AS qtyMilli, value_paise AS valuePaise FROM stock_levels WHERE product_id = ?',
    ),
  );
  const lotById = once(() =>
    raw.prepare<[string], LotRow>(`SELECT b.id AS batchId, b.product_id AS productId, b.batch_no AS batchNo, b.mfg_date AS mfgDate, b.expiry_date AS expiryDate,
      b.mrp_paise AS mrpPaise, b.unit_cost_paise AS unitCostPaise, b.supplier_id AS supplierId, b.received_at AS receivedAt,
      coalesce(bs.qty_milli, 0) AS qtyMilli, coalesce(bs.value_paise, 0) AS valuePaise
      FROM batches b LEFT JOIN batch_stock bs ON bs.batch_id = b.id AND bs.product_id = b.product_id WHERE b.id = ?`),
  );
  const insertLot = once(() =>
    raw.prepare(`INSERT INTO batches (id, product_id, batch_no, mfg_date, expiry_date, mrp_paise, unit_cost_paise, supplier_id, received_at)
      VALUES (@id, @productId, @batchNo, @mfgDate, @expiryDate, @mrpPaise, @unitCostPaise, @supplierId, @receivedAt)`),
  );
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
    movesFor: (refId) =>
      orm
        .select()
        .from(stockMoves)
        .where(eq(stockMoves.refId, refId))
        .orderBy(stockMoves.id)
        .all()
        .map(({ id, productId, batchId, qtyMilli, valuePaise, kind, reason, refType, refId: r, at }) => ({
          id,
          productId,
          batchId,
          qtyMilli,
          valuePaise,
          kind,
          reason,
          refType,
          refId: r,
          at,
        })),
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
    level: (productId) => level().get(productId) ?? { qtyMilli: 0, valuePaise: 0 },
    lotBalances(productIds) {
      const map = new Map<string, LotBalance[]>();
      for (const id of new Set(productIds)) {
        map.set(
          id,
          lotsInStock()
            .all(id)
            .map((r) => ({
              batchId: r.batchId,
              qtyMilli: r.qtyMilli,
              valuePaise: r.valuePaise,
              expiryDate: r.expiryDate,
              receivedAt: r.receivedAt ?? '',
              mrpPaise: r.mrpPaise,
              unitCostPaise: r.unitCostPaise ?? 0,
            })),
        );
      }
      return map;
    },
    lots: (productId, includeEmpty) =>
      lotsOf()
        .all(productId)
        .filter((r) => includeEmpty || r.qtyMilli !== 0)
        .map(toLot),
    lot: (batchId) => {
      const r = lotById().get(batchId);
      return r && toLot(r);
    },
    addLots: (lots) => atomically(raw, () => lots.forEach((l) => insertLot().run(l))),
    expiring: (byDate) =>
      (
        raw
          .prepare(
            `${LOTS.replace('SELECT ', 'SELECT p.name AS productName, ')} JOIN products p ON p.id = bs.product_id WHERE bs.qty_milli > 0 AND b.expiry_date <= ? ORDER BY b.expiry_date, p.name`,
          )
          .all(byDate) as Array<LotRow & { productName: string }>
      ).map((r) => ({ ...toLot(r), productName: r.productName })),
    lowStock: () =>
      raw
        .prepare(
          `SELECT p.id AS productId, p.name, p.unit, coalesce(s.qty_milli, 0) AS qtyMilli, p.reorder_level_milli AS reorderLevelMilli, p.reorder_qty_milli AS reorderQtyMilli,
          (SELECT b.supplier_id FROM batches b WHERE b.product_id = p.id AND b.supplier_id IS NOT NULL ORDER BY b.received_at DESC LIMIT 1) AS lastSupplierId,
          coalesce((SELECT b.unit_cost_paise FROM batches b WHERE b.product_id = p.id ORDER BY b.received_at DESC LIMIT 1), p.cost_paise) AS lastCostPaise
        FROM products p LEFT JOIN stock_levels s ON s.product_id = p.id
        WHERE p.active = 1 AND p.reorder_level_milli > 0 AND coalesce(s.qty_milli, 0) <= p.reorder_level_milli ORDER BY p.name`,
        )
        .all() as ReturnType<StockRepo['lowStock']>,
    history: (productId, limit) =>
      raw
        .prepare(
          `SELECT id, product_id AS productId, batch_id AS batchId, qty_milli AS qtyMilli, value_paise AS valuePaise, kind, reason, ref_type AS refType, ref_id AS refId, at
        FROM stock_moves WHERE product_id = ? ORDER BY id DESC LIMIT ?`,
        )
        .all(productId, limit) as ReturnType<StockRepo['history']>,
    // Read by every bill: one prepared statement, and the parsed settings kept while the text is the same.
    settings: () => settings.get(),
    saveSettings: (s, at) => {
      raw
        .prepare(
          'INSERT INTO stock_settings (id, settings, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at',
        )
        .run(JSON.stringify(s), at);
      settings.forget();
    },
  };
}
