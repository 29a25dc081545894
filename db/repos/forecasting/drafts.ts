import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DraftRow, ForecastingRepo } from '../../../app/core/services/forecasting/ports';
import {
  batches,
  forecastDraftLines,
  forecastDrafts,
  forecastSupplierTerms,
  productUnits,
  products,
  purchaseOrderLines,
  purchaseOrders,
  stockLevels,
  suppliers,
} from '../../schema';
import { atomically, pick, type RepoContext } from '../context';

type DraftsRepo = Pick<
  ForecastingRepo,
  'reorderFacts' | 'supplierTerms' | 'setSupplierTerms' | 'insertDraft' | 'draft' | 'drafts' | 'setDraftLine' | 'setDraftStatus'
>;

export function createDraftsRepo({ orm, raw }: RepoContext): DraftsRepo {
  const latestLot = (column: typeof batches.supplierId | typeof batches.unitCostPaise) =>
    sql`(SELECT ${column} FROM ${batches} WHERE ${batches.productId} = ${products.id} AND ${column} IS NOT NULL ORDER BY ${batches.receivedAt} DESC LIMIT 1)`;
  const onOrder = sql<number>`coalesce((SELECT sum(${purchaseOrderLines.qtyMilli} - ${purchaseOrderLines.receivedMilli}) FROM ${purchaseOrderLines}
    JOIN ${purchaseOrders} ON ${purchaseOrders.id} = ${purchaseOrderLines.poId}
    WHERE ${purchaseOrderLines.productId} = ${products.id} AND ${purchaseOrders.status} IN ('open', 'partial')), 0)`;
  const pack = sql<number>`coalesce((SELECT max(${productUnits.qtyMilli}) FROM ${productUnits} WHERE ${productUnits.productId} = ${products.id}), 1000)`;
  const shelfLife = sql<number | null>`(SELECT round(avg(julianday(${batches.expiryDate}) - julianday(substr(${batches.receivedAt}, 1, 10))))
    FROM ${batches} WHERE ${batches.productId} = ${products.id} AND ${batches.expiryDate} IS NOT NULL AND ${batches.expiryDate} > substr(${batches.receivedAt}, 1, 10))`;

  const linesOf = (draftId: string) =>
    orm
      .select({
        ...pick(products, 'name', 'unit'),
        ...pick(forecastDraftLines, 'productId', 'qtyMilli', 'suggestedMilli', 'unitCostPaise', 'reasons'),
      })
      .from(forecastDraftLines)
      .innerJoin(products, eq(products.id, forecastDraftLines.productId))
      .where(eq(forecastDraftLines.draftId, draftId))
      .orderBy(asc(products.name))
      .all();
  const heads = () =>
    orm
      .select({
        id: forecastDrafts.id,
        runId: forecastDrafts.runId,
        supplierId: forecastDrafts.supplierId,
        supplierName: suppliers.name,
        status: forecastDrafts.status,
        poId: forecastDrafts.poId,
        createdAt: forecastDrafts.createdAt,
        updatedAt: forecastDrafts.updatedAt,
      })
      .from(forecastDrafts)
      .innerJoin(suppliers, eq(suppliers.id, forecastDrafts.supplierId));
  const withLines = (h: Omit<DraftRow, 'lines'>): DraftRow => ({ ...h, lines: linesOf(h.id) });

  return {
    reorderFacts: (productIds) =>
      productIds.length === 0
        ? []
        : orm
            .select({
              productId: products.id,
              name: products.name,
              unit: products.unit,
              loose: products.loose,
              onHandMilli: sql<number>`coalesce(${stockLevels.qtyMilli}, 0)`,
              onOrderMilli: onOrder,
              supplierId: sql<string | null>`${latestLot(batches.supplierId)}`,
              lastCostPaise: sql<number>`coalesce(${latestLot(batches.unitCostPaise)}, ${products.costPaise})`,
              packMilli: pack,
              shelfLifeDays: shelfLife,
            })
            .from(products)
            .leftJoin(stockLevels, eq(stockLevels.productId, products.id))
            .where(and(eq(products.active, true), inArray(products.id, [...productIds])))
            .all(),
    supplierTerms: (defaults) =>
      orm
        .select({
          supplierId: suppliers.id,
          name: suppliers.name,
          phone: suppliers.phone,
          leadTimeDays: sql<number>`coalesce(${forecastSupplierTerms.leadTimeDays}, ${defaults.leadTimeDays})`,
          reviewDays: sql<number>`coalesce(${forecastSupplierTerms.reviewDays}, ${defaults.reviewDays})`,
          set: sql<number>`${forecastSupplierTerms.supplierId} IS NOT NULL`,
        })
        .from(suppliers)
        .leftJoin(forecastSupplierTerms, eq(forecastSupplierTerms.supplierId, suppliers.id))
        .where(eq(suppliers.active, true))
        .orderBy(asc(suppliers.name))
        .all()
        .map((t) => ({ ...t, set: t.set === 1 })),
    setSupplierTerms: (t) =>
      void orm
        .insert(forecastSupplierTerms)
        .values({ supplierId: t.supplierId, leadTimeDays: t.leadTimeDays, reviewDays: t.reviewDays, updatedAt: t.at })
        .onConflictDoUpdate({
          target: forecastSupplierTerms.supplierId,
          set: { leadTimeDays: t.leadTimeDays, reviewDays: t.reviewDays, updatedAt: t.at },
        })
        .run(),
    insertDraft(d) {
      atomically(raw, () => {
        orm
          .insert(forecastDrafts)
          .values({ id: d.id, runId: d.runId, supplierId: d.supplierId, status: 'draft', poId: null, createdBy: d.createdBy, createdAt: d.at, updatedAt: d.at })
          .run();
        for (const l of d.lines)
          orm
            .insert(forecastDraftLines)
            .values({ draftId: d.id, ...l })
            .run();
      });
    },
    draft: (id) => {
      const h = heads().where(eq(forecastDrafts.id, id)).get();
      return h ? withLines(h) : undefined;
    },
    drafts: (status) =>
      heads()
        .where(status ? eq(forecastDrafts.status, status) : isNotNull(forecastDrafts.id))
        .orderBy(desc(forecastDrafts.createdAt), asc(suppliers.name))
        .limit(50)
        .all()
        .map(withLines),
    setDraftLine(draftId, productId, qtyMilli, at) {
      const changed = orm
        .update(forecastDraftLines)
        .set({ qtyMilli })
        .where(and(eq(forecastDraftLines.draftId, draftId), eq(forecastDraftLines.productId, productId)))
        .run().changes;
      if (changed > 0) orm.update(forecastDrafts).set({ updatedAt: at }).where(eq(forecastDrafts.id, draftId)).run();
      return changed > 0;
    },
    setDraftStatus: (draftId, status, poId, at) =>
      void orm.update(forecastDrafts).set({ status, poId, updatedAt: at }).where(eq(forecastDrafts.id, draftId)).run(),
  };
}
