import type { CatalogSnapshot, SnapshotProduct } from '../../../core/contract/areas/orders';
import { WEB_SHOP_WORDS } from '../i18n/web-shop';

export type Lang = 'en' | 'hi';

/** Where this catalog lives: /shop on the shop's Wi-Fi, /<slug> on the cloud relay (the page's server says which). */
export const BASE = ((b) => (b && /^\/[a-z0-9-]{1,48}$/.test(b) ? b : '/shop'))(document.getElementById('app')?.dataset.base);
/** On the cloud relay an order waits in the shop's inbox until the counter takes it; on the Wi-Fi the counter answers at once. */
export const ON_RELAY = BASE !== '/shop';
export type WordKey = keyof typeof WEB_SHOP_WORDS;

export interface CartLine {
  id: string;
  qty: number;
}

const LANG_KEY = 'sk-shop-lang';
const CART_KEY = 'sk-shop-cart';

function readCart(): CartLine[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(CART_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((l: unknown) =>
      l && typeof l === 'object' && 'id' in l && 'qty' in l && typeof l.id === 'string' && typeof l.qty === 'number' && l.qty > 0
        ? [{ id: l.id, qty: Math.min(50, Math.floor(l.qty)) }]
        : [],
    );
  } catch {
    return [];
  }
}

export const state = {
  lang: (localStorage.getItem(LANG_KEY) ?? (navigator.language.startsWith('hi') ? 'hi' : 'en')) === 'hi' ? ('hi' as Lang) : ('en' as Lang),
  snapshot: null as CatalogSnapshot | null,
  byId: new Map<string, SnapshotProduct>(),
  cart: readCart(),
};

export function setLang(lang: Lang) {
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
}

export function setSnapshot(s: CatalogSnapshot) {
  state.snapshot = s;
  state.byId = new Map(s.products.map((p) => [p.id, p]));
}

export function saveCart() {
  localStorage.setItem(CART_KEY, JSON.stringify(state.cart));
}

export function setQty(id: string, qty: number) {
  const line = state.cart.find((l) => l.id === id);
  if (qty <= 0) state.cart = state.cart.filter((l) => l.id !== id);
  else if (line) line.qty = Math.min(50, qty);
  else state.cart.push({ id, qty: Math.min(50, qty) });
  saveCart();
}

export const qtyOf = (id: string) => state.cart.find((l) => l.id === id)?.qty ?? 0;

/** Lines still sold, at today's price: what the cart shows and what an order sends. */
export function cartLines() {
  return state.cart.flatMap((l) => {
    const p = state.byId.get(l.id);
    return p ? [{ product: p, qty: l.qty, amount: p.p * l.qty }] : [];
  });
}

export function t(key: WordKey, params: Record<string, string | number> = {}): string {
  return WEB_SHOP_WORDS[key][state.lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const productName = (p: SnapshotProduct) => (state.lang === 'hi' && p.h ? p.h : p.n);
