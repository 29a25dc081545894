import { atomically, type RepoContext } from '../context';
import type { PurchaseOrder } from '../../../app/core/services/purchasing/ports';
import type { PurchasingRepo } from '../../../app/core/services/purchasing/ports';

type OrdersRepo = Pick<PurchasingRepo, 'insertOrder' | 'order' | 'orders' | 'receiveOnOrder' | 'setOrderStatus'>;

const HEAD = `SELECT o.id, o.number, o.supplier_id AS supplierId, s.name AS supplierName, s.phone AS supplierPhone, o.date, o.status, o.notes, o.created_at AS createdAt,
  (SELECT coalesce(sum((l.qty_milli * l.unit_cost_paise + 500) / 1000), 0) FROM purchase_order_lines l WHERE l.po_id = o.id) AS valuePaise,
  (SELECT count(*) FROM purchase_order_lines l WHERE l.po_id = o.id) AS lineCount
  FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id`;

type HeadRow = {
  id: string;
  number: string;
  supplierId: string;
  supplierName: string;
  supplierPhone: string;
  date: string;
  status: PurchaseOrder['status'];
  notes: string;
  createdAt: string;
  valuePaise: number;
  lineCount: number;
};

const head = (r: HeadRow) => ({
  id: r.id,
  number: r.number,
  supplier: { id: r.supplierId, name: r.supplierName, phone: r.supplierPhone },
  date: r.date,
  status: r.status,
  notes: r.notes,
  valuePaise: r.valuePaise,
  createdAt: r.createdAt,
});

export function createPurchaseOrdersRepo({ raw }: RepoContext): OrdersRepo {
  return {
    insertOrder(po) {
      atomically(raw, () => {
        raw
          .prepare("INSERT INTO purchase_orders (id, number, supplier_id, date, status, notes, created_by, created_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)")
          .run(po.id, po.number, po.supplierId, po.date, po.notes, po.createdBy, po.createdAt);
        const line = raw.prepare('INSERT INTO purchase_order_lines (po_id, line_no, product_id, qty_milli, unit_cost_paise) VALUES (?, ?, ?, ?, ?)');
        po.lines.forEach((l, i) => line.run(po.id, i + 1, l.productId, l.qtyMilli, l.unitCostPaise));
      });
    },
    order(id) {
      const h = raw.prepare(`${HEAD} WHERE o.id = ?`).get(id) as HeadRow | undefined;
      if (!h) return undefined;
      const lines = raw
        .prepare(
          `SELECT l.line_no AS lineNo, l.product_id AS productId, p.name, p.unit, l.qty_milli AS qtyMilli, l.unit_cost_paise AS unitCostPaise, l.received_milli AS receivedMilli
          FROM purchase_order_lines l JOIN products p ON p.id = l.product_id WHERE l.po_id = ? ORDER BY l.line_no`,
        )
        .all(id) as PurchaseOrder['lines'];
      return { ...head(h), lines };
    },
    orders: (status) =>
      (
        raw.prepare(`${HEAD} WHERE (@status IS NULL OR o.status = @status) ORDER BY o.created_at DESC, o.id DESC`).all({ status: status ?? null }) as HeadRow[]
      ).map((r) => ({ ...head(r), lines: r.lineCount })),
    receiveOnOrder(poId, received) {
      // Received goods fill the order's lines for the same product, in line order.
      const lines = raw
        .prepare(
          'SELECT line_no AS lineNo, product_id AS productId, qty_milli AS qty, received_milli AS got FROM purchase_order_lines WHERE po_id = ? ORDER BY line_no',
        )
        .all(poId) as Array<{ lineNo: number; productId: string; qty: number; got: number }>;
      const update = raw.prepare('UPDATE purchase_order_lines SET received_milli = ? WHERE po_id = ? AND line_no = ?');
      for (const r of received) {
        let left = r.qtyMilli;
        const mine = lines.filter((l) => l.productId === r.productId);
        mine.forEach((l, i) => {
          const take = i === mine.length - 1 ? left : Math.min(left, Math.max(0, l.qty - l.got));
          if (take <= 0) return;
          update.run(l.got + take, poId, l.lineNo);
          l.got += take;
          left -= take;
        });
      }
      const done = lines.every((l) => l.got >= l.qty);
      const any = lines.some((l) => l.got > 0);
      raw.prepare('UPDATE purchase_orders SET status = ? WHERE id = ?').run(done ? 'received' : any ? 'partial' : 'open', poId);
    },
    setOrderStatus: (poId, status) => void raw.prepare('UPDATE purchase_orders SET status = ? WHERE id = ?').run(status, poId),
  };
}
