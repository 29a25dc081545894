import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { PurchasingRepo } from '../../../app/core/services/purchasing/ports';
import { batches, LINE_TAX_COLUMNS, products, purchaseBills, purchaseLines, suppliers } from '../../schema';
import { atomically, once, pick, placeholders, type RepoContext } from '../context';
import { purchaseTotalsInPaise } from '../../../app/core/purchasing/pricing';
import { createPurchaseOrdersRepo } from './purchase-orders';

export function createPurchasingRepo(ctx: RepoContext): PurchasingRepo {
  const { orm, raw } = ctx;
  const insertLine = once(() =>
    orm
      .insert(purchaseLines)
      .values(placeholders('billId', 'lineNo', 'productId', 'batchId', 'qtyMilli', 'freeMilli', 'unitCostPaise', 'discountPaise', ...LINE_TAX_COLUMNS))
      .prepare(),
  );
  return {
    insert(doc) {
      const t = doc.totals;
      atomically(raw, () => {
        orm
          .insert(purchaseBills)
          .values({
            id: doc.id,
            kind: doc.kind,
            number: doc.number,
            supplierId: doc.supplierId,
            date: doc.date,
            supplierDate: doc.supplierDate,
            againstId: doc.againstId,
            poId: doc.poId,
            supply: doc.supply,
            ...purchaseTotalsInPaise(t),
            reason: doc.reason,
            createdBy: doc.createdBy,
            createdAt: doc.createdAt,
          })
          .run();
        doc.lines.forEach((l, i) =>
          insertLine().run({
            billId: doc.id,
            lineNo: i + 1,
            productId: l.productId,
            batchId: l.batchId,
            qtyMilli: l.qtyMilli,
            freeMilli: l.freeMilli,
            unitCostPaise: l.unitCostPaise,
            discountPaise: l.discountPaise,
            taxablePaise: l.taxable,
            gstRateBp: l.gstRateBp,
            cessRateBp: l.cessRateBp,
            cgstPaise: l.cgst,
            sgstPaise: l.sgst,
            igstPaise: l.igst,
            cessPaise: l.cess,
            totalPaise: l.total,
          }),
        );
      });
    },
    view(id) {
      const h = orm
        .select({ b: purchaseBills, supplier: { id: suppliers.id, name: suppliers.name, gstin: suppliers.gstin, stateCode: suppliers.stateCode } })
        .from(purchaseBills)
        .innerJoin(suppliers, eq(suppliers.id, purchaseBills.supplierId))
        .where(eq(purchaseBills.id, id))
        .get();
      if (!h) return undefined;
      const { b } = h;
      const lines = orm
        .select({
          ...pick(products, 'name', 'nameHi', 'hsn', 'unit'),
          ...pick(batches, 'batchNo', 'mfgDate', 'expiryDate', 'mrpPaise'),
          ...pick(purchaseLines, 'lineNo', 'productId', 'batchId', 'qtyMilli', 'freeMilli', 'unitCostPaise', 'discountPaise', ...LINE_TAX_COLUMNS),
        })
        .from(purchaseLines)
        .innerJoin(products, eq(products.id, purchaseLines.productId))
        .innerJoin(batches, eq(batches.id, purchaseLines.batchId))
        .where(eq(purchaseLines.billId, id))
        .orderBy(purchaseLines.lineNo)
        .all();
      return {
        id: b.id,
        kind: b.kind,
        number: b.number,
        supplier: h.supplier,
        date: b.date,
        supplierDate: b.supplierDate,
        againstId: b.againstId,
        poId: b.poId,
        supply: b.supply,
        lines,
        totals: {
          taxablePaise: b.taxablePaise,
          cgstPaise: b.cgstPaise,
          sgstPaise: b.sgstPaise,
          igstPaise: b.igstPaise,
          cessPaise: b.cessPaise,
          roundOffPaise: b.roundOffPaise,
          totalPaise: b.totalPaise,
        },
        reason: b.reason,
        createdAt: b.createdAt,
      };
    },
    bySupplierNumber: (supplierId, number) =>
      orm
        .select({ id: purchaseBills.id })
        .from(purchaseBills)
        .where(and(eq(purchaseBills.supplierId, supplierId), eq(purchaseBills.kind, 'bill'), sql`${purchaseBills.number} = ${number} COLLATE NOCASE`))
        .get()?.id,
    list: (f) =>
      orm
        .select({
          id: purchaseBills.id,
          kind: purchaseBills.kind,
          number: purchaseBills.number,
          supplierName: suppliers.name,
          date: purchaseBills.date,
          totalPaise: purchaseBills.totalPaise,
          lines: sql<number>`(SELECT count(*) FROM ${purchaseLines} WHERE ${purchaseLines.billId} = ${purchaseBills.id})`,
        })
        .from(purchaseBills)
        .innerJoin(suppliers, eq(suppliers.id, purchaseBills.supplierId))
        .where(
          and(
            f.supplierId === undefined ? undefined : eq(purchaseBills.supplierId, f.supplierId),
            f.from === undefined ? undefined : gte(purchaseBills.date, f.from),
            f.to === undefined ? undefined : lte(purchaseBills.date, f.to),
          ),
        )
        .orderBy(desc(purchaseBills.date), desc(purchaseBills.createdAt))
        .limit(f.limit)
        .all(),
    returnedFromBill(billId) {
      const rows = orm
        .select({ batchId: purchaseLines.batchId, qty: sql<number>`sum(${purchaseLines.qtyMilli})` })
        .from(purchaseLines)
        .innerJoin(purchaseBills, eq(purchaseBills.id, purchaseLines.billId))
        .where(and(eq(purchaseBills.kind, 'return'), eq(purchaseBills.againstId, billId)))
        .groupBy(purchaseLines.batchId)
        .all();
      return new Map(rows.map((r) => [r.batchId, r.qty]));
    },
    ...createPurchaseOrdersRepo(ctx),
  };
}
