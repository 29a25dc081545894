import type { StockTakesRepo } from '../../../app/core/services/inventory/ports';
import { atomically, type RepoContext } from '../context';

export function createStockTakesRepo({ raw }: RepoContext): StockTakesRepo {
  return {
    create: (t) =>
      void raw
        .prepare("INSERT INTO stock_takes (id, name, status, created_by, created_at) VALUES (?, ?, 'open', ?, ?)")
        .run(t.id, t.name, t.createdBy, t.createdAt),
    header: (id) => raw.prepare('SELECT id, name, status FROM stock_takes WHERE id = ?').get(id) as ReturnType<StockTakesRepo['header']>,
    view(id) {
      const h = raw.prepare('SELECT id, name, status, created_at AS createdAt, posted_at AS postedAt FROM stock_takes WHERE id = ?').get(id) as
        { id: string; name: string; status: 'open' | 'posted' | 'cancelled'; createdAt: string; postedAt: string | null } | undefined;
      if (!h) return undefined;
      // A posted take shows the book quantity it was posted against: the count minus the adjustment it made.
      const lines = raw
        .prepare(
          `SELECT l.product_id AS productId, p.name, p.unit, l.counted_milli AS countedMilli, u.name AS countedBy,
            CASE WHEN t.status = 'posted' THEN l.counted_milli - coalesce((SELECT sum(m.qty_milli) FROM stock_moves m WHERE m.ref_id = t.id AND m.product_id = l.product_id), 0)
                 ELSE coalesce((SELECT s.qty_milli FROM stock_levels s WHERE s.product_id = l.product_id), 0) END AS bookMilli
          FROM stock_take_lines l JOIN stock_takes t ON t.id = l.take_id JOIN products p ON p.id = l.product_id JOIN users u ON u.id = l.counted_by
          WHERE l.take_id = ? ORDER BY p.name`,
        )
        .all(id) as Array<{ productId: string; name: string; unit: string; countedMilli: number; countedBy: string; bookMilli: number }>;
      return { ...h, lines: lines.map((l) => ({ ...l, varianceMilli: l.countedMilli - l.bookMilli })) };
    },
    list: (status) =>
      raw
        .prepare(
          `SELECT t.id, t.name, t.status, t.created_at AS createdAt, (SELECT count(*) FROM stock_take_lines l WHERE l.take_id = t.id) AS lines
          FROM stock_takes t WHERE (@status IS NULL OR t.status = @status) ORDER BY t.created_at DESC, t.id DESC`,
        )
        .all({ status: status ?? null }) as ReturnType<StockTakesRepo['list']>,
    record(id, lines, by, at) {
      const upsert = raw.prepare(`INSERT INTO stock_take_lines (take_id, product_id, counted_milli, counted_by, counted_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (take_id, product_id) DO UPDATE SET counted_milli = excluded.counted_milli, counted_by = excluded.counted_by, counted_at = excluded.counted_at`);
      atomically(raw, () => lines.forEach((l) => upsert.run(id, l.productId, l.countedMilli, by, at)));
    },
    counts: (id) =>
      raw
        .prepare('SELECT product_id AS productId, counted_milli AS countedMilli FROM stock_take_lines WHERE take_id = ? ORDER BY product_id')
        .all(id) as Array<{ productId: string; countedMilli: number }>,
    markPosted: (id, at) => void raw.prepare("UPDATE stock_takes SET status = 'posted', posted_at = ? WHERE id = ? AND status = 'open'").run(at, id),
  };
}
