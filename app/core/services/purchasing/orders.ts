import { shopTitleOf } from '../../shop/identity';
import { formatDocNumber } from '../../billing/numbering';
import { financialYearOf, localDate } from '../../calendar/fy';
import { fail } from '../../i18n/fail';
import { formatAmount, formatDate, formatQty, type Unit } from '../../format/index';
import { toBase64 } from '../../contract/base64';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';

/** The last cost paid per unit for each product (its newest lot), falling back to the catalogue's cost. */
function lastCosts(deps: ServiceDeps): Map<string, { cost: number; supplierId: string | null }> {
  return new Map(deps.store.stock.lowStock().map((l) => [l.productId, { cost: l.lastCostPaise, supplierId: l.lastSupplierId }]));
}

export const purchaseOrderHandlers = {
  'purchasing.createOrder': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const now = clock.now();
    const at = now.toISOString();
    const date = localDate(now);
    const supplier = found(store.suppliers.get(p.supplierId), 'Supplier');
    const lines = p.lines.map((l) => {
      const product = found(store.catalog.get(l.productId), 'Product');
      if (!product.loose && l.qtyMilli % 1000 !== 0) fail('INVALID_INPUT', 'purchasing.orderedInPieces', { product: product.name });
      const lot = store.stock
        .lots(product.id, true)
        .filter((x) => x.batchId !== '')
        .sort((a, b) => ((a.receivedAt ?? '') < (b.receivedAt ?? '') ? 1 : -1))[0];
      return { productId: product.id, qtyMilli: l.qtyMilli, unitCostPaise: l.unitCostPaise ?? lot?.unitCostPaise ?? product.costPaise };
    });
    const id = ids.newId('po');
    const fy = financialYearOf(date, store.shop.get().fyStartMonth);
    store.transaction(() => {
      const number = formatDocNumber(ctx.device.code, fy.short, store.series.next(ctx.device.code, 'purchase_order', fy.short), 'purchase_order');
      store.purchasing.insertOrder({ id, number, supplierId: supplier.id, date, notes: p.notes, createdBy: ctx.user.id, createdAt: at, lines });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'purchasing.createOrder',
        entity: 'purchase_order',
        entityId: id,
        before: null,
        after: { number, supplierId: supplier.id, lines },
      });
    });
    return found(store.purchasing.order(id), 'Purchase order');
  },

  'purchasing.orderFromLowStock': (deps, p) => {
    const costs = lastCosts(deps);
    return deps.store.stock
      .lowStock()
      .filter((l) => !p.supplierId || l.lastSupplierId === p.supplierId)
      .map((l) => ({
        productId: l.productId,
        name: l.name,
        qtyMilli: Math.max(l.reorderQtyMilli, l.reorderLevelMilli - l.qtyMilli, 1000),
        unitCostPaise: costs.get(l.productId)?.cost ?? l.lastCostPaise,
      }));
  },

  'purchasing.getOrder': (deps, p) => found(deps.store.purchasing.order(p.id), 'Purchase order'),
  'purchasing.listOrders': (deps, p) => deps.store.purchasing.orders(p.status),

  'purchasing.orderPdf': async (deps, p) => {
    const { store } = deps;
    const po = found(store.purchasing.order(p.id), 'Purchase order');
    const supplier = found(store.suppliers.get(po.supplier.id), 'Supplier');
    const taxes = po.lines.map((l) => {
      const x = found(store.catalog.get(l.productId), 'Product');
      return { hsn: x.hsn, gstRateBp: x.gstRateBp, cessRateBp: x.cessRateBp };
    });
    const bytes = await deps.stockDocuments.purchaseOrderPdf(po, supplier, taxes, store.shop.get());
    return { fileName: `${po.number.replace(/\//g, '-')}.pdf`, contentType: 'application/pdf', base64: toBase64(bytes) };
  },

  'purchasing.orderShare': (deps, p) => {
    const po = found(deps.store.purchasing.order(p.id), 'Purchase order');
    const shop = deps.store.shop.get();
    const text = [
      `Purchase order ${po.number} dated ${formatDate(po.date)}`,
      `From: ${shopTitleOf(shop)}${shop.phone ? `, ${shop.phone}` : ''}${shop.gstin ? `, GSTIN ${shop.gstin}` : ''}`,
      '',
      ...po.lines.map((l, i) => `${i + 1}. ${l.name} — ${formatQty(l.qtyMilli, l.unit as Unit)}${l.unit === 'kg' || l.unit === 'l' ? '' : ` ${l.unit}`}`),
      '',
      `Expected value before tax: Rs. ${formatAmount(po.valuePaise)}`,
      ...(po.notes ? [po.notes] : []),
      'Please confirm. Thank you!',
    ].join('\n');
    const phone = p.phone ?? po.supplier.phone;
    return { text, whatsappUrl: `https://wa.me/${phone ? `91${phone}` : ''}?text=${encodeURIComponent(text)}` };
  },

  'purchasing.receiveOrder': (deps, p) => {
    const { store } = deps;
    const po = found(store.purchasing.order(p.id), 'Purchase order');
    if (po.status === 'cancelled') fail('INVALID_INPUT', 'purchasing.orderCancelled', { number: po.number });
    if (po.status === 'received') fail('INVALID_INPUT', 'purchasing.orderReceived', { number: po.number });
    const lines = po.lines
      .filter((l) => l.receivedMilli < l.qtyMilli)
      .map((l) => {
        const product = found(store.catalog.get(l.productId), 'Product');
        return {
          productId: l.productId,
          qtyMilli: l.qtyMilli - l.receivedMilli,
          freeMilli: 0,
          unitCostPaise: l.unitCostPaise,
          discountPaise: 0,
          batchNo: '',
          mfgDate: null,
          expiryDate: null,
          mrpPaise: product.mrpPaise,
        };
      });
    return { poId: po.id, supplierId: po.supplier.id, lines };
  },

  'purchasing.cancelOrder': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    store.transaction(() => {
      const po = found(store.purchasing.order(p.id), 'Purchase order');
      if (po.status === 'cancelled') fail('ALREADY_CANCELLED', 'purchasing.orderAlreadyCancelled', { number: po.number });
      if (po.lines.some((l) => l.receivedMilli > 0)) fail('INVALID_INPUT', 'purchasing.orderHasReceipts', { number: po.number });
      store.purchasing.setOrderStatus(po.id, 'cancelled');
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'purchasing.cancelOrder',
        entity: 'purchase_order',
        entityId: po.id,
        before: { status: po.status },
        after: { status: 'cancelled' },
      });
    });
    return found(store.purchasing.order(p.id), 'Purchase order');
  },
} satisfies Partial<AreaHandlers<'purchasing'>>;
