import { formatInr } from '../../../core/format/inr';
import { loadSnapshot } from './api';
import { browseView, productView } from './browse';
import { cartView } from './checkout';
import { clear, h } from './dom';
import { orderView } from './order';
import { go, onRoute } from './router';
import { cartLines, setLang, setSnapshot, state, t } from './state';
import './catalog.css';

const app = document.getElementById('app') ?? document.body;
const cartButton = h('button', { type: 'button', class: 'cart-button', id: 'cart', onclick: () => go('/shop/cart') });
const title = h('h1', {});
const langButton = h('button', { type: 'button', class: 'lang', onclick: () => (setLang(state.lang === 'hi' ? 'en' : 'hi'), render()) });
const body = h('div', {});
let leaving: (() => void) | null = null;

function drawCart() {
  const lines = cartLines();
  const count = lines.reduce((n, l) => n + l.qty, 0);
  cartButton.textContent = `🛒 ${t('wsCartItems', { count, amount: formatInr(lines.reduce((s, l) => s + l.amount, 0)) })}`;
  cartButton.hidden = count === 0 || location.pathname === '/shop/cart';
}

function render() {
  leaving?.();
  leaving = null;
  document.documentElement.lang = state.lang;
  title.textContent = state.snapshot?.shop.name ?? '';
  langButton.textContent = t('wsLanguage');
  const path = location.pathname;
  const product = /^\/shop\/p\/([^/]+)$/.exec(path);
  const order = /^\/shop\/o\/([^/]+)$/.exec(path);
  if (order) {
    const view = orderView(decodeURIComponent(order[1] ?? ''), new URLSearchParams(location.search).get('k') ?? '');
    leaving = view.stop;
    clear(body, view.el);
  } else if (product) clear(body, productView(decodeURIComponent(product[1] ?? ''), drawCart));
  else if (path === '/shop/cart') clear(body, cartView(drawCart));
  else clear(body, browseView(drawCart));
  drawCart();
}

async function start() {
  setLang(state.lang);
  clear(app, h('header', {}, h('a', { href: '/shop/', 'data-nav': '1', class: 'home' }, title), langButton), body, cartButton);
  const snapshot = await loadSnapshot();
  if (snapshot) setSnapshot(snapshot);
  onRoute(render);
  render();
}

void start();
