import { formatInr } from '../../../core/format/inr';
import { loadSnapshot } from './api';
import { browseView, productView } from './browse';
import { cartView } from './checkout';
import { clear, h } from './dom';
import { orderView } from './order';
import { go, onRoute } from './router';
import { BASE, cartLines, setLang, setSnapshot, state, t } from './state';
import './catalog.css';
import './checkout.css';

const app = document.getElementById('app') ?? document.body;
const cartButton = h('button', { type: 'button', class: 'cart-button', id: 'cart', onclick: () => go(`${BASE}/cart`) });
const title = h('h1', {});
const langButton = h('button', { type: 'button', class: 'lang', onclick: () => (setLang(state.lang === 'hi' ? 'en' : 'hi'), render()) });
const body = h('div', {});
let leaving: (() => void) | null = null;

function drawCart() {
  const lines = cartLines();
  const count = lines.reduce((n, l) => n + l.qty, 0);
  cartButton.textContent = `🛒 ${t('wsCartItems', { count, amount: formatInr(lines.reduce((s, l) => s + l.amount, 0)) })}`;
  cartButton.hidden = count === 0 || location.pathname === `${BASE}/cart`;
}

function render() {
  leaving?.();
  leaving = null;
  document.documentElement.lang = state.lang;
  title.textContent = state.snapshot?.shop.name ?? '';
  langButton.textContent = t('wsLanguage');
  const path = location.pathname.slice(BASE.length);
  const product = /^\/p\/([^/]+)$/.exec(path);
  const order = /^\/o\/([^/]+)$/.exec(path);
  if (order) {
    const view = orderView(decodeURIComponent(order[1] ?? ''), new URLSearchParams(location.search).get('k') ?? '');
    leaving = view.stop;
    clear(body, view.el);
  } else if (product) clear(body, productView(decodeURIComponent(product[1] ?? ''), drawCart));
  else if (path === '/cart') clear(body, cartView(drawCart));
  else clear(body, browseView(drawCart));
  drawCart();
}

async function start() {
  setLang(state.lang);
  // The host's first paint (the shop's name and address) stays until there is more to show.
  const snapshot = await loadSnapshot();
  if (snapshot) setSnapshot(snapshot);
  clear(app, h('header', {}, h('a', { href: `${BASE}/`, 'data-nav': '1', class: 'home' }, title), langButton), body, cartButton);
  onRoute(render);
  render();
}

void start();
