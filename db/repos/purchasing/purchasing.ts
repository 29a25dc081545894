import { atomically, type RepoContext } from '../context';
import { createPurchaseOrdersRepo } from './purchase-orders';
import type { PurchasingRepo } from '../../../app/core/services/purchasing/ports';

type Head = {
  id: string;
  kind: 'bill' | 'return';
  number: string;
  supplierId: string;
  supplierName: string;
  gstin: string | null;
  stateCode: string;
  date: string;
  supplierDate: string | null;
  againstId: string | null;
  poId: string | null;
  supply: 'intra' | 'inter';
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  cessPaise: number;
  roundOffPaise: number;
  totalPaise: number;
  reason: string;
  createdAt: string;
};

export function createPurchasingRepo(ctx: RepoContext): PurchasingRepo {
  const { raw } = ctx;
  const insertHead =
    raw.prepare(`INSERT INTO purchase_bills (id, kind, number, supplier_id, date, supplier_date, against_id, po_id, supply, taxable_paise, cgst_paise, sgst_paise, igst_paise,
    cess_paise, round_off_paise, total_paise, reason, created_by, created_at) VALUES (@id, @kind, @number, @supplierId, @date, @supplierDate, @againstId, @poId, @supply, @taxable, @cgst, @sgst, @igst,
    @cess, @roundOff, @total, @reason, @createdBy, @createdAt)`);
  const insertLine =
    raw.prepare(`INSERT INTO purchase_lines (bill_id, line_no, product_id, batch_id, qty_milli, free_milli, unit_cost_paise, discount_paise, taxable_paise, gst_rate_bp, cess_rate_bp,
    cgst_paise, sgst_paise, igst_paise, cess_paise, total_paise) VALUES (@billId, @lineNo, @productId, @batchId, @qtyMilli, @freeMilli, @unitCostPaise, @discountPaise, @taxable, @gstRateBp, @cessRateBp,
    @cgst, @sgst, @igst, @cess, @total)`);
  return {
    insert(doc) {
      const t = doc.totals;
      atomically(raw, () => {
        insertHead.run({
          id: doc.id,
          kind: doc.kind,
          number: doc.number,
          supplierId: doc.supplierId,
          date: doc.date,
          supplierDate: doc.supplierDate,
          againstId: doc.againstId,
          poId: doc.poId,
          supply: doc.supply,
          taxable: t.taxablePaise,
          cgst: t.cgst,
          sgst: t.sgst,
          igst: t.igst,
          cess: t.cess,
          roundOff: t.roundOffPaise,
          total: t.totalPaise,
          reason: doc.reason,
          createdBy: doc.createdBy,
          createdAt: doc.createdAt,
        });
        doc.lines.forEach((l, i) =>
          insertLine.run({
            billId: doc.id,
            lineNo: i + 1,
            productId: l.productId,
            batchId: l.batchId,
            qtyMilli: l.qtyMilli,
            freeMilli: l.freeMilli,
            unitCostPaise: l.unitCostPaise,
            discountPaise: l.discountPaise,
            taxable: l.taxable,
            gstRateBp: l.gstRateBp,
            cessRateBp: l.cessRateBp,
            cgst: l.cgst,
            sgst: l.sgst,
            igst: l.igst,
            cess: l.cess,
            total: l.total,
          }),
        );
      });
    },
    view(id) {
      const h = raw
        .prepare(
          `SELECT b.id, b.kind, b.number, b.supplier_id AS supplierId, s.name AS supplierName, s.gstin, s.state_code AS stateCode, b.date, b.supplier_date AS supplierDate,
          b.against_id AS againstId, b.po_id AS poId, b.supply, b.taxable_paise AS taxablePaise, b.cgst_paise AS cgstPaise, b.sgst_paise AS sgstPaise, b.igst_paise AS igstPaise,
          b.cess_paise AS cessPaise, b.round_off_paise AS roundOffPaise, b.total_paise AS totalPaise, b.reason, b.created_at AS createdAt
          FROM purchase_bills b JOIN suppliers s ON s.id = b.supplier_id WHERE b.id = ?`,
        )
        .get(id) as Head | undefined;
      if (!h) return undefined;
      const lines = raw
        .prepare(
          `SELECT l.line_no AS lineNo, l.product_id AS productId, p.name, p.hsn, p.unit, l.batch_id AS batchId, bt.batch_no AS batchNo, bt.mfg_date AS mfgDate, bt.expiry_date AS expiryDate,
          bt.mrp_paise AS mrpPaise, l.qty_milli AS qtyMilli, l.free_milli AS freeMilli, l.unit_cost_paise AS unitCostPaise, l.discount_paise AS discountPaise, l.taxable_paise AS taxablePaise,
          l.gst_rate_bp AS gstRateBp, l.cess_rate_bp AS cessRateBp, l.cgst_paise AS cgstPaise, l.sgst_paise AS sgstPaise, l.igst_paise AS igstPaise, l.cess_paise AS cessPaise, l.total_paise AS totalPaise
          FROM purchase_lines l JOIN products p ON p.id = l.product_id JOIN batches bt ON bt.id = l.batch_id WHERE l.bill_id = ? ORDER BY l.line_no`,
        )
        .all(id) as NonNullable<ReturnType<PurchasingRepo['view']>>['lines'];
      return {
        id: h.id,
        kind: h.kind,
        number: h.number,
        supplier: { id: h.supplierId, name: h.supplierName, gstin: h.gstin, stateCode: h.stateCode },
        date: h.date,
        supplierDate: h.supplierDate,
        againstId: h.againstId,
        poId: h.poId,
        supply: h.supply,
        lines,
        totals: {
          taxablePaise: h.taxablePaise,
          cgstPaise: h.cgstPaise,
          sgstPaise: h.sgstPaise,
          igstPaise: h.igstPaise,
          cessPaise: h.cessPaise,
          roundOffPaise: h.roundOffPaise,
          totalPaise: h.totalPaise,
        },
        reason: h.reason,
        createdAt: h.createdAt,
      };
    },
    bySupplierNumber: (supplierId, number) =>
      (
        raw.prepare("SELECT id FROM purchase_bills WHERE supplier_id = ? AND kind = 'bill' AND number = ? COLLATE NOCASE").get(supplierId, number) as
          { id: string } | undefined
      )?.id,
    list: (f) =>
      raw
        .prepare(
          `SELECT b.id, b.kind, b.number, s.name AS supplierName, b.date, b.total_paise AS totalPaise, (SELECT count(*) FROM purchase_lines l WHERE l.bill_id = b.id) AS lines
          FROM purchase_bills b JOIN suppliers s ON s.id = b.supplier_id
          WHERE (@supplierId IS NULL OR b.supplier_id = @supplierId) AND (@from IS NULL OR b.date >= @from) AND (@to IS NULL OR b.date <= @to)
          ORDER BY b.date DESC, b.created_at DESC LIMIT @limit`,
        )
        .all({ supplierId: f.supplierId ?? null, from: f.from ?? null, to: f.to ?? null, limit: f.limit }) as ReturnType<PurchasingRepo['list']>,
    returnedFromBill(billId) {
      const rows = raw
        .prepare(
          `SELECT l.batch_id AS batchId, sum(l.qty_milli) AS qty FROM purchase_lines l JOIN purchase_bills b ON b.id = l.bill_id
          WHERE b.kind = 'return' AND b.against_id = ? GROUP BY l.batch_id`,
        )
        .all(billId) as Array<{ batchId: string; qty: number }>;
      return new Map(rows.map((r) => [r.batchId, r.qty]));
    },
    ...createPurchaseOrdersRepo(ctx),
  };
}
