import { formatInr } from '../../../core/format/inr';
import { post, type OrderReply } from './api';
import { qtyControl } from './browse';
import { clear, h } from './dom';
import { go } from './router';
import { BASE, cartLines, productName, saveCart, state, t } from './state';

const field = (label: string, input: HTMLElement) => h('label', { class: 'field' }, h('span', {}, label), input);

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** The cart and the order form on one page: fewer round trips on a slow network. */
export function cartView(onCart: () => void): HTMLElement {
  const snap = state.snapshot;
  const lines = cartLines();
  if (!snap || lines.length === 0)
    return h(
      'main',
      {},
      h('p', { class: 'empty' }, t('wsCartEmpty')),
      h('button', { type: 'button', class: 'more', onclick: () => go(`${BASE}/`) }, t('wsBack')),
    );
  const s = snap.shop.settings;
  const error = h('p', { class: 'error', role: 'alert' });
  const totals = h('div', { class: 'totals' });
  let fulfilment: 'pickup' | 'delivery' = s.delivery ? 'delivery' : 'pickup';
  let payment: 'upi' | 'cod' = snap.shop.upi ? 'upi' : 'cod';
  let phoneToken = '';
  // One key per attempt to order this cart: a retry after a lost answer gets the same order back.
  let key = sessionStorage.getItem('sk-shop-key') ?? newKey();
  sessionStorage.setItem('sk-shop-key', key);

  const name = h('input', { name: 'name', autocomplete: 'name', maxlength: 60, required: true });
  const phone = h('input', { name: 'phone', type: 'tel', inputmode: 'numeric', autocomplete: 'tel', maxlength: 14, required: true });
  const otp = h('input', { name: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6 });
  const otpRow = h('div', { class: 'otp', hidden: true });
  const phoneNote = h('p', { class: 'note', 'aria-live': 'polite' });
  const address = h('textarea', { name: 'address', rows: 2, maxlength: 200, autocomplete: 'street-address' });
  const slot = h('select', { name: 'slot' }, ...s.slots.map((x) => h('option', { value: x.id }, state.lang === 'hi' ? x.labelHi : x.label)));
  const deliveryBox = h('div', {}, field(t('wsAddress'), address), s.slots.length ? field(t('wsSlot'), slot) : null);
  const place = h('button', { type: 'submit', class: 'place' });

  const fee = (items: number) => (fulfilment === 'pickup' || (s.freeDeliveryFromPaise !== null && items >= s.freeDeliveryFromPaise) ? 0 : s.deliveryFeePaise);
  const drawTotals = () => {
    const items = cartLines().reduce((sum, l) => sum + l.amount, 0);
    const total = items + fee(items);
    clear(
      totals,
      h('p', {}, `${t('wsItems')}: ${formatInr(items)}`),
      fulfilment === 'delivery' ? h('p', {}, `${t('wsFee')}: ${formatInr(fee(items))}`) : h('span'),
      h('p', { class: 'total' }, `${t('wsTotal')}: ${formatInr(total)}`),
      s.minOrderPaise > items ? h('p', { class: 'note' }, t('wsMinimum', { amount: formatInr(s.minOrderPaise) })) : h('span'),
      s.freeDeliveryFromPaise !== null && fulfilment === 'delivery'
        ? h('p', { class: 'note' }, t('wsFreeFrom', { amount: formatInr(s.freeDeliveryFromPaise) }))
        : h('span'),
    );
    place.textContent = t('wsPlace', { amount: formatInr(total) });
    deliveryBox.hidden = fulfilment !== 'delivery';
  };
  const changed = () => {
    onCart();
    if (cartLines().length === 0) go(`${BASE}/cart`);
    else drawTotals();
  };
  const choice = (group: string, options: Array<[string, string, boolean]>, pick: (v: string) => void, current: string) =>
    h(
      'fieldset',
      { class: 'choice' },
      ...options
        .filter(([, , on]) => on)
        .map(([value, label]) =>
          h('label', {}, h('input', { type: 'radio', name: group, value, checked: value === current, onchange: () => (pick(value), drawTotals()) }), label),
        ),
    );

  const sendOtp = async () => {
    error.textContent = '';
    const r = await post<{ sent: boolean }>(`${BASE}/api/otp`, { phone: phone.value, lang: state.lang });
    if (!r.ok) return void (error.textContent = r.error.message || t('wsOffline'));
    otpRow.hidden = false;
    phoneNote.textContent = t('wsOtpSent', { phone: phone.value });
    otp.focus();
  };
  const verify = async () => {
    error.textContent = '';
    const r = await post<{ phoneToken: string }>(`${BASE}/api/otp/verify`, { phone: phone.value, code: otp.value.trim() });
    if (!r.ok) return void (error.textContent = r.error.message || t('wsOffline'));
    phoneToken = r.result.phoneToken;
    otpRow.hidden = true;
    phoneNote.textContent = `✓ ${t('wsVerified')}`;
  };
  otpRow.append(field(t('wsOtp'), otp), h('button', { type: 'button', class: 'secondary', onclick: verify }, t('wsVerify')));

  const submit = async (e: Event) => {
    e.preventDefault();
    error.textContent = '';
    place.disabled = true;
    const body = {
      idempotencyKey: key,
      name: name.value,
      phone: phone.value,
      phoneToken: phoneToken || 'unverified-phone-token-x',
      fulfilment,
      address: fulfilment === 'delivery' ? address.value : '',
      slot: fulfilment === 'delivery' ? slot.value : '',
      payment,
      lang: state.lang,
      lines: cartLines().map((l) => ({ productId: l.product.id, qty: l.qty, pricePaise: l.product.p })),
    };
    const r = await post<OrderReply | { id: string }>(`${BASE}/api/orders`, body);
    place.disabled = false;
    if (!r.ok) {
      error.textContent = r.error.message || t('wsOffline');
      // A refused order may be changed and sent again: that is a new order, with a new key.
      if (r.error.code !== 'OFFLINE' && r.error.code !== 'INTERNAL') sessionStorage.setItem('sk-shop-key', (key = newKey()));
      return;
    }
    state.cart = [];
    saveCart();
    sessionStorage.removeItem('sk-shop-key');
    onCart();
    go(`${BASE}/o/${encodeURIComponent('order' in r.result ? r.result.order.id : r.result.id)}?k=${encodeURIComponent(key)}`);
  };

  drawTotals();
  return h(
    'main',
    { class: 'cart' },
    h('h2', {}, t('wsCart')),
    h(
      'ul',
      { class: 'lines' },
      ...lines.map((l) =>
        h(
          'li',
          {},
          h('span', { class: 'name' }, `${productName(l.product)} ${l.product.k}`),
          h('span', {}, formatInr(l.product.p)),
          qtyControl(l.product, changed),
        ),
      ),
    ),
    h(
      'form',
      { class: 'checkout', onsubmit: submit, novalidate: true },
      field(t('wsName'), name),
      h('div', { class: 'phone' }, field(t('wsPhone'), phone), h('button', { type: 'button', class: 'secondary', onclick: sendOtp }, t('wsSendOtp'))),
      phoneNote,
      otpRow,
      choice(
        'fulfilment',
        [
          ['delivery', t('wsDelivery'), s.delivery],
          ['pickup', t('wsPickup'), s.pickup],
        ],
        (v) => (fulfilment = v === 'pickup' ? 'pickup' : 'delivery'),
        fulfilment,
      ),
      deliveryBox,
      choice(
        'payment',
        [
          ['upi', t('wsPayUpi'), snap.shop.upi],
          ['cod', t('wsPayCod'), s.cashOnDelivery],
        ],
        (v) => (payment = v === 'cod' ? 'cod' : 'upi'),
        payment,
      ),
      totals,
      error,
      place,
    ),
  );
}
