import { ORDER_STATUSES } from '../../contract/areas/orders';
import { toBase64 } from '../../contract/base64';
import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';
import { billOrder } from './bill';
import { moveOrder, openOrders, viewOf } from './place';
import { webShopSettings } from './settings';

export const ordersHandlers = {
  'orders.list': (deps, p) => (p.which === 'open' ? openOrders(deps, p.limit) : deps.store.webOrders.list(ORDER_STATUSES, p.limit).map(viewOf)),
  'orders.move': (deps, p) => viewOf(moveOrder(deps, p.id, p.to, p.reason ?? null)),
  'orders.bill': billOrder,
  'orders.printSlip': async (deps, p) => {
    const order = deps.store.webOrders.byId(p.id);
    if (!order) fail('NOT_FOUND', 'orders.notFound');
    const shop = deps.store.shop.get();
    if (shop.printer.kind === 'none') return { status: 'disabled', error: null } as const;
    const slotLabel = (order.lang === 'hi' ? order.slotLabelHi || order.slotLabel : order.slotLabel) || null;
    const outcome = await deps.printer.printPackingSlip({ order: viewOf(order), shop, slotLabel });
    return { status: outcome.ok ? 'printed' : 'failed', error: outcome.error } as const;
  },
  'orders.poster': async (deps, p) => {
    const shop = deps.store.shop.get();
    const bytes = await deps.documents.qrPosterPdf({
      shopName: shop.name,
      address: shop.address,
      phone: shop.phone,
      hours: webShopSettings(deps).hours,
      url: p.url,
      lang: p.lang,
    });
    return { fileName: `catalog-poster-${p.lang}.pdf`, contentType: 'application/pdf', base64: toBase64(bytes) } as const;
  },
  'orders.links': (deps) => {
    const lan = deps.documents.lanBaseUrl();
    return { relay: deps.webShopRelay?.link() ?? null, lan: lan ? `${lan}/shop/` : null };
  },
  'orders.settings': (deps) => webShopSettings(deps),
  'orders.saveSettings': (deps, p) => {
    deps.store.webOrders.saveSettings(JSON.stringify(p), deps.clock.now().toISOString());
    return webShopSettings(deps);
  },
} satisfies AreaHandlers<'orders'>;
