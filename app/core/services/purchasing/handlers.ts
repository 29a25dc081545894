import { postingsForPurchase, postingsForPurchaseReturn } from '../../accounting/purchase-postings';
import { formatDocNumber } from '../../billing/numbering';
import { financialYearOf, localDate } from '../../calendar/fy';
import { fail } from '../../i18n/fail';
import { taxableOf, taxOn } from '../../gst/index';
import { costOfPart } from '../../inventory/fefo';
import type { StockMove } from '../../inventory/moves';
import { pricePurchase, purchaseTotals, purchaseTotalsInPaise } from '../../purchasing/pricing';
import { formatInr } from '../../format/inr';
import { found } from '../guards';
import type { Params } from '../../contract';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import { purchaseOrderHandlers } from './orders';
import { narrate } from '../../accounting/narration';
import { writeEntry } from '../accounting/journal-entries';

type BillParams = { supplierId: string; supplierDate: string; lines: Params<'purchasing.postBill'>['lines'] };

/** The lines priced as the supplier's bill: tax by the supplier's state, free goods, the shop's rounding. */
function priceBill(deps: ServiceDeps, p: BillParams) {
  const { store, clock } = deps;
  const date = localDate(clock.now());
  const supplier = found(store.suppliers.get(p.supplierId), 'Supplier');
  const inputs = p.lines.map((l) => {
    const product = found(store.catalog.get(l.productId), 'Product');
    return {
      product,
      qtyMilli: l.qtyMilli,
      freeMilli: l.freeMilli,
      unitCostPaise: l.unitCostPaise,
      discountPaise: l.discountPaise,
      batchNo: l.batchNo,
      mfgDate: l.mfgDate,
      expiryDate: l.expiryDate,
      mrpPaise: l.mrpPaise,
    };
  });
  return { supplier, inputs, priced: pricePurchase(inputs, supplier.stateCode, store.shop.get(), p.supplierDate > date ? p.supplierDate : date) };
}

const ROUNDING_PAISE = 100;

export const purchasingHandlers = {
  'purchasing.priceBill': (deps, p) => {
    return purchaseTotalsInPaise(priceBill(deps, p).priced.totals);
  },

  /**
   * Goods receipt with the supplier's bill: each line becomes a lot (batch, expiry, MRP, cost with
   * free goods spread in), stock rises by the lot, the journal takes the goods into STOCK with the
   * input tax, and the supplier is credited; all computed first, then one transaction.
   */
  'purchasing.postBill': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const now = clock.now();
    const at = now.toISOString();
    const date = localDate(now);
    const { supplier, inputs, priced } = priceBill(deps, p);
    if (p.supplierTotalPaise !== undefined && Math.abs(p.supplierTotalPaise - priced.totals.totalPaise) > ROUNDING_PAISE)
      fail(
        'INVALID_INPUT',
        'purchasing.totalMismatch',
        { supplierTotal: formatInr(p.supplierTotalPaise), ourTotal: formatInr(priced.totals.totalPaise) },
        { supplierTotalPaise: p.supplierTotalPaise, totalPaise: priced.totals.totalPaise },
      );
    const catalogueMrp = new Map(inputs.map((i) => [i.product.id, i.product.mrpPaise]));
    const postings = postingsForPurchase(priced.totals, supplier.id);
    const id = ids.newId('pbill');
    const lots = priced.lines.map((l) => ({
      id: ids.newId('batch'),
      productId: l.input.product.id,
      batchNo: l.input.batchNo,
      mfgDate: l.input.mfgDate,
      expiryDate: l.input.expiryDate,
      mrpPaise: l.input.mrpPaise ?? catalogueMrp.get(l.input.product.id) ?? null,
      unitCostPaise: l.lotUnitCostPaise,
      supplierId: supplier.id,
      receivedAt: at,
    }));
    const moves: StockMove[] = priced.lines.map((l, i) => ({
      productId: l.input.product.id,
      batchId: lots[i]?.id ?? null,
      qtyMilli: l.input.qtyMilli + l.input.freeMilli,
      valuePaise: l.stockValuePaise,
      kind: 'purchase',
    }));

    store.transaction(() => {
      if (store.purchasing.bySupplierNumber(supplier.id, p.supplierInvoiceNo))
        fail('DUPLICATE', 'purchasing.billTwice', { number: p.supplierInvoiceNo, supplier: supplier.name });
      if (p.poId) {
        const po = found(store.purchasing.order(p.poId), 'Purchase order');
        if (po.supplier.id !== supplier.id)
          fail('INVALID_INPUT', 'purchasing.orderOtherSupplier', { number: po.number, orderSupplier: po.supplier.name, supplier: supplier.name });
        if (po.status === 'cancelled') fail('INVALID_INPUT', 'purchasing.orderCancelled', { number: po.number });
        if (po.status === 'received') fail('INVALID_INPUT', 'purchasing.orderReceived', { number: po.number });
        store.purchasing.receiveOnOrder(
          po.id,
          moves.map((m) => ({ productId: m.productId, qtyMilli: m.qtyMilli })),
        );
      }
      store.stock.addLots(lots);
      store.purchasing.insert({
        id,
        kind: 'bill',
        number: p.supplierInvoiceNo,
        supplierId: supplier.id,
        date,
        supplierDate: p.supplierDate,
        againstId: null,
        poId: p.poId ?? null,
        supply: priced.supply,
        lines: priced.lines.map((l, i) => ({
          ...l,
          productId: l.input.product.id,
          batchId: lots[i]?.id ?? '',
          qtyMilli: l.input.qtyMilli,
          freeMilli: l.input.freeMilli,
          unitCostPaise: l.input.unitCostPaise,
          discountPaise: l.input.discountPaise,
          gstRateBp: l.input.product.gstRateBp,
          cessRateBp: l.input.product.cessRateBp,
        })),
        totals: priced.totals,
        reason: '',
        createdBy: ctx.user.id,
        createdAt: at,
      });
      store.stock.insert(moves, { refType: 'purchase_bill', refId: id, at });
      writeEntry(
        deps,
        {
          date,
          voucherType: 'purchase',
          refType: 'purchase_bill',
          refId: id,
          ...narrate('narration.purchase', { invoice: p.supplierInvoiceNo, supplier: supplier.name }),
        },
        at,
        postings,
      );
      // The catalogue's cost follows the latest purchase, so margins and reorder values stay current.
      for (const l of priced.lines) store.catalog.update(l.input.product.id, { costPaise: l.lotUnitCostPaise, updatedAt: at });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'purchasing.postBill',
        entity: 'purchase_bill',
        entityId: id,
        before: null,
        after: { supplierId: supplier.id, number: p.supplierInvoiceNo, totalPaise: priced.totals.totalPaise },
      });
      store.outbox.append({
        id: ids.newId('evt'),
        at,
        topic: 'purchase.posted',
        payload: { billId: id, supplierId: supplier.id, totalPaise: priced.totals.totalPaise },
      });
    });
    return found(store.purchasing.view(id), 'Purchase bill');
  },

  /** A debit note: goods go back from the lots they came in, at their book cost; tax as on the bill. */
  'purchasing.postReturn': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const now = clock.now();
    const at = now.toISOString();
    const date = localDate(now);
    const shop = store.shop.get();
    const bill = found(store.purchasing.view(p.billId), 'Purchase bill');
    if (bill.kind !== 'bill') fail('INVALID_INPUT', 'purchasing.returnAgainstBill');
    const returned = store.purchasing.returnedFromBill(bill.id);
    const fifo = store.stock.settings().valuation === 'fifo';
    const lines = p.lines.map((r, i) => {
      const line = bill.lines.find((l) => l.batchId === r.batchId);
      if (!line) fail('NOT_FOUND', 'purchasing.batchNotOnBill', { number: bill.number }, { batchId: r.batchId });
      const lot = found(store.stock.lot(r.batchId), 'Lot');
      const product = found(store.catalog.get(line.productId), 'Product');
      const already = returned.get(r.batchId) ?? 0;
      if (!Number.isSafeInteger(r.qtyMilli) || r.qtyMilli <= 0) fail('INVALID_QUANTITY', 'purchasing.returnQtyNotPositive', { line: i + 1 });
      if (!product.loose && r.qtyMilli % 1000 !== 0) fail('INVALID_QUANTITY', 'purchasing.returnedInPieces', { product: product.name });
      if (r.qtyMilli + already > line.qtyMilli + line.freeMilli)
        fail('INVALID_QUANTITY', 'purchasing.returnMoreThanBill', { left: (line.qtyMilli + line.freeMilli - already) / 1000, product: product.name });
      if (r.qtyMilli > lot.qtyMilli) fail('INVALID_QUANTITY', 'purchasing.returnMoreThanLot', { left: lot.qtyMilli / 1000, product: product.name });
      // The goods' book value; a composition shop's includes the tax it paid, so the note's taxable is what is left without it.
      // Under FIFO that is the lot's own; under weighted average a lot's value also carries the
      // average cost of what was sold from it (and can go below zero), so the goods go back at
      // what they cost on this bill, free ones included.
      const value = fifo
        ? costOfPart(r.qtyMilli, lot.qtyMilli, lot.valuePaise)
        : costOfPart(r.qtyMilli, line.qtyMilli + line.freeMilli, shop.composition ? line.totalPaise : line.taxablePaise);
      const rates = { gstBp: line.gstRateBp, cessBp: line.cessRateBp };
      const tax = taxOn(shop.composition ? taxableOf(value, rates, 'inclusive') : value, rates, bill.supply);
      return { line, product, qtyMilli: r.qtyMilli, tax, stockValuePaise: shop.composition ? tax.total : tax.taxable };
    });
    const totals = purchaseTotals(
      lines.map((l) => ({ ...l.tax, stockValuePaise: l.stockValuePaise })),
      shop,
    );
    const postings = postingsForPurchaseReturn(totals, bill.supplier.id);
    const id = ids.newId('pbill');
    const fy = financialYearOf(date, shop.fyStartMonth);
    store.transaction(() => {
      const number = formatDocNumber(ctx.device.code, fy.short, store.series.next(ctx.device.code, 'debit_note', fy.short), 'debit_note');
      store.purchasing.insert({
        id,
        kind: 'return',
        number,
        supplierId: bill.supplier.id,
        date,
        supplierDate: null,
        againstId: bill.id,
        poId: null,
        supply: bill.supply,
        lines: lines.map((l) => ({
          ...l.tax,
          productId: l.product.id,
          batchId: l.line.batchId,
          qtyMilli: l.qtyMilli,
          freeMilli: 0,
          unitCostPaise: l.line.unitCostPaise,
          discountPaise: 0,
          gstRateBp: l.line.gstRateBp,
          cessRateBp: l.line.cessRateBp,
        })),
        totals,
        reason: p.reason,
        createdBy: ctx.user.id,
        createdAt: at,
      });
      store.stock.insert(
        lines.map((l) => ({
          productId: l.product.id,
          batchId: l.line.batchId,
          qtyMilli: -l.qtyMilli,
          valuePaise: -l.stockValuePaise,
          kind: 'purchase_return' as const,
        })),
        { refType: 'purchase_return', refId: id, at },
      );
      writeEntry(
        deps,
        {
          date,
          voucherType: 'purchase_return',
          refType: 'purchase_return',
          refId: id,
          ...narrate('narration.debitNote', { number, supplier: bill.supplier.name, bill: bill.number, reason: p.reason }),
        },
        at,
        postings,
      );
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'purchasing.postReturn',
        entity: 'purchase_bill',
        entityId: id,
        before: null,
        after: { against: bill.id, number, totalPaise: totals.totalPaise },
      });
    });
    return found(store.purchasing.view(id), 'Debit note');
  },

  'purchasing.getBill': (deps, p) => found(deps.store.purchasing.view(p.id), 'Purchase bill'),
  'purchasing.listBills': (deps, p) => deps.store.purchasing.list(p),

  ...purchaseOrderHandlers,
} satisfies AreaHandlers<'purchasing'>;
