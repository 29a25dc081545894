import { and, count, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { OrderStatus } from '../../../app/core/contract/areas/orders';
import { HOLDS_STOCK } from '../../../app/core/orders/status';
import type { OrdersStore, StoredOrder, WebOrdersRepo } from '../../../app/core/services/orders/ports';
import { products, stockLevels, webOrders, webOtps, webShop } from '../../schema';
import type { RepoContext } from '../context';

const productColumns = {
  id: products.id,
  name: products.name,
  nameHi: products.nameHi,
  category: products.category,
  brand: products.brand,
  packSize: products.packSize,
  unit: products.unit,
  pricePaise: products.pricePaise,
  mrpPaise: products.mrpPaise,
  imageUrl: products.imageUrl,
  onHandMilli: sql<number>`coalesce(${stockLevels.qtyMilli}, 0)`,
  reorderLevelMilli: products.reorderLevelMilli,
};

type OrderRow = typeof webOrders.$inferSelect;
const toOrder = (r: OrderRow): StoredOrder => ({ ...r, reason: r.reason ?? null, billNumber: r.billNumber ?? null, relayId: r.relayId ?? null });

export function createWebOrdersRepo({ orm }: RepoContext): WebOrdersRepo {
  const productQuery = () =>
    orm.select(productColumns).from(products).leftJoin(stockLevels, eq(stockLevels.productId, products.id)).where(eq(products.active, true)).$dynamic();
  return {
    settings: () => orm.select({ settings: webShop.settings }).from(webShop).where(eq(webShop.id, 1)).get()?.settings ?? null,
    saveSettings: (json, at) =>
      void orm
        .insert(webShop)
        .values({ id: 1, settings: json, updatedAt: at })
        .onConflictDoUpdate({ target: webShop.id, set: { settings: json, updatedAt: at } })
        .run(),
    catalog: () => productQuery().orderBy(products.category, products.name).all(),
    products: (ids) =>
      ids.length === 0
        ? []
        : productQuery()
            .where(and(eq(products.active, true), inArray(products.id, [...ids])))
            .all(),
    held: () => {
      const held = new Map<string, number>();
      const open = orm
        .select({ lines: webOrders.lines })
        .from(webOrders)
        .where(inArray(webOrders.status, [...HOLDS_STOCK]))
        .all();
      for (const o of open) for (const l of o.lines) held.set(l.productId, (held.get(l.productId) ?? 0) + l.qty * 1000);
      return held;
    },
    add: (o) => void orm.insert(webOrders).values(o).run(),
    byKey: (key) => {
      const r = orm.select().from(webOrders).where(eq(webOrders.idempotencyKey, key)).get();
      return r && toOrder(r);
    },
    byId: (id) => {
      const r = orm.select().from(webOrders).where(eq(webOrders.id, id)).get();
      return r && toOrder(r);
    },
    byRelayId: (relayId) => {
      const r = orm.select().from(webOrders).where(eq(webOrders.relayId, relayId)).get();
      return r && toOrder(r);
    },
    relayedSince: (since) =>
      orm
        .select()
        .from(webOrders)
        .where(and(isNotNull(webOrders.relayId), gte(webOrders.updatedAt, since)))
        .orderBy(webOrders.updatedAt)
        .limit(500)
        .all()
        .map(toOrder),
    list: (statuses: readonly OrderStatus[], limit) =>
      orm
        .select()
        .from(webOrders)
        .where(inArray(webOrders.status, [...statuses]))
        .orderBy(desc(webOrders.createdAt))
        .limit(limit)
        .all()
        .map(toOrder),
    countSince: (by, value, since) =>
      orm
        .select({ n: count() })
        .from(webOrders)
        .where(and(eq(by === 'phone' ? webOrders.phone : webOrders.addressKey, value), gte(webOrders.createdAt, since)))
        .get()?.n ?? 0,
    nextNumber: () => {
      const n = orm.select({ n: count() }).from(webOrders).get()?.n ?? 0;
      return `W-${String(n + 1).padStart(4, '0')}`;
    },
    move: (id, status, reason, at, billNumber) =>
      void orm
        .update(webOrders)
        .set({ status, reason, updatedAt: at, version: sql`${webOrders.version} + 1`, ...(billNumber === undefined ? {} : { billNumber }) })
        .where(eq(webOrders.id, id))
        .run(),
    ensureCharge: (charge, at) =>
      void orm
        .insert(products)
        .values({
          id: charge.id,
          name: charge.name,
          nameHi: charge.nameHi,
          altNames: [],
          // SAC 9968 (postal and courier services) on the row; its bill line files under the goods' HSN.
          hsn: '9968',
          gstRateBp: 0,
          cessRateBp: 0,
          mrpPaise: null,
          pricePaise: 0,
          costPaise: 0,
          unit: 'pcs',
          loose: false,
          active: false,
          createdAt: at,
          updatedAt: at,
          category: '',
          subCategory: '',
          brand: '',
          packSize: '',
          reorderLevelMilli: 0,
          reorderQtyMilli: 0,
        })
        .onConflictDoNothing()
        .run(),
    otp: (phone) => orm.select().from(webOtps).where(eq(webOtps.phone, phone)).get(),
    saveOtp: (row) => void orm.insert(webOtps).values(row).onConflictDoUpdate({ target: webOtps.phone, set: row }).run(),
  };
}

export const createOrdersStore = (ctx: RepoContext): OrdersStore => ({ webOrders: createWebOrdersRepo(ctx) });
