import { WebShopSettings, type CatalogSnapshot, type SnapshotProduct } from '../../contract/areas/orders';
import type { OrderProduct } from '../../orders/pricing';
import { shopTitleOf } from '../../shop/identity';
import type { ServiceDeps } from '../ports';
import type { WebProductRow } from './ports';

/** Settings → Web shop, with defaults for what the owner never set (or a row an older build wrote). */
export function webShopSettings(deps: Pick<ServiceDeps, 'store'>): WebShopSettings {
  const json = deps.store.webOrders.settings();
  let raw: unknown = {};
  try {
    raw = json === null ? {} : JSON.parse(json);
  } catch {
    raw = {};
  }
  const parsed = WebShopSettings.safeParse(raw);
  return parsed.success ? parsed.data : WebShopSettings.parse({});
}

const stockWord = (available: number, lowAt: number): SnapshotProduct['s'] => (available < 1000 ? 'out' : available <= Math.max(lowAt, 3000) ? 'few' : 'in');

const freeToSell = (row: WebProductRow, held: ReadonlyMap<string, number>) => row.onHandMilli - (held.get(row.id) ?? 0);

/** Only http(s) pictures reach a customer's page: anything else (a file path, a data: URL) is dropped. */
const publicImage = (url: string | null) => (url && /^https?:\/\/[^\s"'<>]{1,500}$/.test(url) ? url : null);

/** The catalog as customers see it: the counter's prices and what is free to sell, nothing else. */
export function catalogSnapshot(deps: Pick<ServiceDeps, 'store' | 'clock'>): CatalogSnapshot {
  const store = deps.store;
  const shop = store.shop.get();
  const held = store.webOrders.held();
  const products = store.webOrders.catalog().map((r): SnapshotProduct => ({
    id: r.id,
    n: r.name,
    h: r.nameHi,
    c: r.category,
    b: r.brand,
    k: r.packSize,
    u: r.unit,
    p: r.mrpPaise !== null ? Math.min(r.pricePaise, r.mrpPaise) : r.pricePaise,
    m: r.mrpPaise,
    s: stockWord(freeToSell(r, held), r.reorderLevelMilli),
    i: publicImage(r.imageUrl),
  }));
  return {
    shop: { name: shopTitleOf(shop), address: shop.address, phone: shop.phone, upi: Boolean(shop.upiVpa), settings: webShopSettings(deps) },
    products,
    at: deps.clock.now().toISOString(),
  };
}

/** The counter's view of the products an order names, with what is free to sell. */
export function orderProducts(deps: Pick<ServiceDeps, 'store'>, ids: readonly string[]): Map<string, OrderProduct> {
  const held = deps.store.webOrders.held();
  return new Map(
    deps.store.webOrders
      .products(ids)
      .map((r) => [r.id, { id: r.id, name: r.name, nameHi: r.nameHi, pricePaise: r.pricePaise, mrpPaise: r.mrpPaise, availableMilli: freeToSell(r, held) }]),
  );
}
