import type { SnapshotProduct } from '../../../core/contract/areas/orders';
import { formatInr } from '../../../core/format/inr';
import { search } from './api';
import { clear, h } from './dom';
import { go } from './router';
import { BASE, productName, qtyOf, setQty, state, t } from './state';

const PAGE = 40;

function stockBadge(p: SnapshotProduct) {
  const [word, cls] = p.s === 'in' ? (['wsInStock', 'in'] as const) : p.s === 'few' ? (['wsFewLeft', 'few'] as const) : (['wsOut', 'out'] as const);
  return h('span', { class: `stock ${cls}` }, t(word));
}

function priceBlock(p: SnapshotProduct) {
  const save = p.m !== null && p.m > p.p ? p.m - p.p : 0;
  return h(
    'div',
    { class: 'price' },
    h('strong', {}, formatInr(p.p)),
    save > 0 ? h('s', { class: 'mrp' }, `${t('wsMrp')} ${formatInr(p.m ?? 0)}`) : null,
    save > 0 ? h('span', { class: 'save' }, t('wsYouSave', { amount: formatInr(save) })) : null,
  );
}

/** Add, or − n + once it is in the cart; the buttons are thumb-sized. */
export function qtyControl(p: SnapshotProduct, onChange: () => void) {
  const wrap = h('div', { class: 'qty' });
  const draw = () => {
    const n = qtyOf(p.id);
    const change = (next: number) => () => {
      setQty(p.id, next);
      draw();
      // The tapped control paints first; the cart bar and totals follow in the next frame.
      requestAnimationFrame(() => setTimeout(onChange, 0));
    };
    if (p.s === 'out') return clear(wrap);
    if (n === 0)
      return clear(wrap, h('button', { class: 'add', type: 'button', 'aria-label': `${t('wsAdd')} ${productName(p)}`, onclick: change(1) }, t('wsAdd')));
    clear(
      wrap,
      h('button', { type: 'button', 'aria-label': t('wsLess'), onclick: change(n - 1) }, '−'),
      h('span', { class: 'n', 'aria-live': 'polite' }, n),
      h('button', { type: 'button', 'aria-label': t('wsMoreOne'), onclick: change(n + 1) }, '+'),
    );
  };
  draw();
  return wrap;
}

function picture(p: SnapshotProduct, size: number) {
  if (!p.i) return h('div', { class: 'pic none', 'aria-hidden': 'true' }, productName(p).slice(0, 1));
  return h('img', { class: 'pic', src: p.i, alt: productName(p), width: size, height: size, loading: 'lazy', decoding: 'async' });
}

function card(p: SnapshotProduct, onCart: () => void) {
  return h(
    'li',
    { class: 'card' },
    h(
      'a',
      { href: `${BASE}/p/${encodeURIComponent(p.id)}`, class: 'card-link', 'data-nav': '1' },
      picture(p, 72),
      h('span', { class: 'name' }, productName(p)),
      h('span', { class: 'pack' }, p.k),
    ),
    priceBlock(p),
    stockBadge(p),
    qtyControl(p, onCart),
  );
}

/** Where the counter's search cannot answer (the cloud relay): every word of the query in the name, brand or category. */
function localSearch(q: string): string[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return (state.snapshot?.products ?? [])
    .filter((p) => {
      const text = `${p.n} ${p.h ?? ''} ${p.b} ${p.c}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .slice(0, 60)
    .map((p) => p.id);
}

/** The shop page: who, where, when; categories; a search box matched by the counter's own search. */
export function browseView(onCart: () => void): HTMLElement {
  const snap = state.snapshot;
  if (!snap) return h('p', {}, t('wsOffline'));
  const s = snap.shop.settings;
  const categories = [...new Set(snap.products.map((p) => p.c))];
  let category = '';
  let ids: string[] | null = null;
  let shown = PAGE;
  const list = h('ul', { class: 'grid', 'aria-live': 'polite' });
  const more = h('button', { class: 'more', type: 'button', onclick: () => ((shown += PAGE), draw()) }, t('wsMore'));
  const draw = () => {
    const pool = ids ? ids.flatMap((id) => state.byId.get(id) ?? []) : snap.products;
    const matching = category ? pool.filter((p) => p.c === category) : pool;
    clear(list, ...(matching.length === 0 ? [h('li', { class: 'empty' }, t('wsNothing'))] : matching.slice(0, shown).map((p) => card(p, onCart))));
    more.hidden = matching.length <= shown;
  };
  let typed = 0;
  const input = h('input', {
    type: 'search',
    id: 'q',
    placeholder: t('wsSearch'),
    'aria-label': t('wsSearchLabel'),
    autocomplete: 'off',
    enterkeyhint: 'search',
  });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    const mine = ++typed;
    shown = PAGE;
    if (!q) return ((ids = null), draw());
    // The counter's Hinglish/Hindi search answers; a slow answer to an older word is dropped.
    window.setTimeout(async () => {
      if (mine !== typed) return;
      const found = (await search(q)) ?? localSearch(q);
      if (mine !== typed) return;
      ids = found;
      draw();
    }, 180);
  });
  const chips = h(
    'nav',
    { class: 'chips', 'aria-label': t('wsAll') },
    ...['', ...categories].map((c) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'aria-pressed': c === category ? 'true' : 'false',
          onclick: (e: Event) => {
            category = c;
            shown = PAGE;
            for (const b of chips.querySelectorAll('button')) b.setAttribute('aria-pressed', b === e.currentTarget ? 'true' : 'false');
            draw();
          },
        },
        c || t('wsAll'),
      ),
    ),
  );
  draw();
  return h(
    'main',
    {},
    h(
      'section',
      { class: 'shop' },
      h('p', {}, snap.shop.address),
      h('p', {}, `${t('wsHours')}: ${s.hours}`, s.deliveryArea ? ` · ${t('wsDelivers')}: ${s.deliveryArea}` : ''),
      h(
        'p',
        {},
        h('a', { href: `tel:${snap.shop.phone}` }, `${t('wsCall')} ${snap.shop.phone}`),
        ' · ',
        shareLink(t('wsShareShop'), `${snap.shop.name} ${location.origin}${BASE}/`),
      ),
    ),
    h('div', { class: 'search' }, input),
    chips,
    list,
    more,
  );
}

export const shareLink = (label: string, text: string) =>
  h('a', { class: 'share', href: `https://wa.me/?text=${encodeURIComponent(text)}`, target: '_blank', rel: 'noopener' }, label);

export function productView(id: string, onCart: () => void): HTMLElement {
  const p = state.byId.get(id);
  if (!p)
    return h(
      'main',
      {},
      h('p', { class: 'empty' }, t('wsNothing')),
      h('button', { type: 'button', class: 'more', onclick: () => go(`${BASE}/`) }, t('wsBack')),
    );
  const url = `${location.origin}${BASE}/p/${encodeURIComponent(p.id)}`;
  return h(
    'main',
    { class: 'product' },
    h('button', { type: 'button', class: 'back', onclick: () => history.back() }, `← ${t('wsBack')}`),
    picture(p, 240),
    h('h2', {}, productName(p)),
    h('p', { class: 'pack' }, `${p.b} · ${p.k}`),
    priceBlock(p),
    stockBadge(p),
    qtyControl(p, onCart),
    h('p', {}, shareLink(t('wsShare'), `${productName(p)} ${p.k} · ${formatInr(p.p)} · ${url}`)),
  );
}
