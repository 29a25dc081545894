import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { PurchaseOrder, PurchasingRepo } from '../../../app/core/services/purchasing/ports';
import { products, purchaseOrderLines, purchaseOrders, suppliers } from '../../schema';
import { atomically, pick, type RepoContext } from '../context';

type OrdersRepo = Pick<PurchasingRepo, 'insertOrder' | 'order' | 'orders' | 'receiveOnOrder' | 'setOrderStatus'>;

export function createPurchaseOrdersRepo({ orm, raw }: RepoContext): OrdersRepo {
  const linesOf = (what: SQL) => sql<number>`(SELECT ${what} FROM ${purchaseOrderLines} WHERE ${purchaseOrderLines.poId} = ${purchaseOrders.id})`;
  const heads = () =>
    orm
      .select({
        id: purchaseOrders.id,
        number: purchaseOrders.number,
        supplier: { id: suppliers.id, name: suppliers.name, phone: suppliers.phone },
        date: purchaseOrders.date,
        status: purchaseOrders.status,
        notes: purchaseOrders.notes,
        valuePaise: linesOf(sql`coalesce(sum((${purchaseOrderLines.qtyMilli} * ${purchaseOrderLines.unitCostPaise} + 500) / 1000), 0)`),
        createdAt: purchaseOrders.createdAt,
        lineCount: linesOf(sql`count(*)`),
      })
      .from(purchaseOrders)
      .innerJoin(suppliers, eq(suppliers.id, purchaseOrders.supplierId));
  return {
    insertOrder(po) {
      atomically(raw, () => {
        orm
          .insert(purchaseOrders)
          .values({
            id: po.id,
            number: po.number,
            supplierId: po.supplierId,
            date: po.date,
            status: 'open',
            notes: po.notes,
            createdBy: po.createdBy,
            createdAt: po.createdAt,
          })
          .run();
        po.lines.forEach(
          (l, i) =>
            void orm
              .insert(purchaseOrderLines)
              .values({ poId: po.id, lineNo: i + 1, productId: l.productId, qtyMilli: l.qtyMilli, unitCostPaise: l.unitCostPaise, receivedMilli: 0 })
              .run(),
        );
      });
    },
    order(id) {
      const h = heads().where(eq(purchaseOrders.id, id)).get();
      if (!h) return undefined;
      const { lineCount: _n, ...head } = h;
      const lines: PurchaseOrder['lines'] = orm
        .select({
          ...pick(products, 'name', 'unit'),
          ...pick(purchaseOrderLines, 'lineNo', 'productId', 'qtyMilli', 'unitCostPaise', 'receivedMilli'),
        })
        .from(purchaseOrderLines)
        .innerJoin(products, eq(products.id, purchaseOrderLines.productId))
        .where(eq(purchaseOrderLines.poId, id))
        .orderBy(asc(purchaseOrderLines.lineNo))
        .all();
      return { ...head, lines };
    },
    orders: (status) =>
      heads()
        .where(status === undefined ? undefined : eq(purchaseOrders.status, status))
        .orderBy(desc(purchaseOrders.createdAt), desc(purchaseOrders.id))
        .all()
        .map(({ lineCount, ...h }) => ({ ...h, lines: lineCount })),
    receiveOnOrder(poId, received) {
      // Received goods fill the order's lines for the same product, in line order.
      const lines = orm
        .select({
          lineNo: purchaseOrderLines.lineNo,
          productId: purchaseOrderLines.productId,
          qty: purchaseOrderLines.qtyMilli,
          got: purchaseOrderLines.receivedMilli,
        })
        .from(purchaseOrderLines)
        .where(eq(purchaseOrderLines.poId, poId))
        .orderBy(asc(purchaseOrderLines.lineNo))
        .all();
      for (const r of received) {
        let left = r.qtyMilli;
        const mine = lines.filter((l) => l.productId === r.productId);
        mine.forEach((line, i) => {
          const take = i === mine.length - 1 ? left : Math.min(left, Math.max(0, line.qty - line.got));
          if (take <= 0) return;
          orm
            .update(purchaseOrderLines)
            .set({ receivedMilli: line.got + take })
            .where(and(eq(purchaseOrderLines.poId, poId), eq(purchaseOrderLines.lineNo, line.lineNo)))
            .run();
          line.got += take;
          left -= take;
        });
      }
      const done = lines.every((l) => l.got >= l.qty);
      const any = lines.some((l) => l.got > 0);
      orm
        .update(purchaseOrders)
        .set({ status: done ? 'received' : any ? 'partial' : 'open' })
        .where(eq(purchaseOrders.id, poId))
        .run();
    },
    setOrderStatus: (poId, status) => void orm.update(purchaseOrders).set({ status }).where(eq(purchaseOrders.id, poId)).run(),
  };
}
