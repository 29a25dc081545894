import type { OrderStatus } from '../../../core/contract/areas/orders';
import { formatInr } from '../../../core/format/inr';
import { fromRelay, getOrder, type OrderReply, type RelayOrder, type Reply } from './api';
import { clear, h } from './dom';
import { BASE, ON_RELAY, state, t, type WordKey } from './state';

const WORD: Record<OrderStatus, WordKey> = {
  placed: 'wsPlaced',
  accepted: 'wsAccepted',
  packed: 'wsPacked',
  out: 'wsOutForDelivery',
  ready: 'wsReady',
  delivered: 'wsDelivered',
  collected: 'wsCollected',
  cancelled: 'wsCancelled',
};
const STEPS = { delivery: ['placed', 'accepted', 'packed', 'out', 'delivered'], pickup: ['placed', 'accepted', 'packed', 'ready', 'collected'] } as const;
/** how often the page asks while the stream is down (a stream is the normal way) */
const POLL_MS = 4000;

function draw(root: HTMLElement, r: OrderReply) {
  const o = r.order;
  const steps = STEPS[o.fulfilment];
  const reached = steps.findIndex((s) => s === o.status);
  const url = location.href;
  const wa = `https://wa.me/91${r.shopPhone.replace(/\D/g, '').slice(-10)}?text=${encodeURIComponent(t('wsOrderShare', { number: o.number, shop: state.snapshot?.shop.name ?? '', url }))}`;
  const qr = h('div', { class: 'qr', role: 'img', 'aria-label': 'UPI QR' });
  // The QR is the host's own SVG (uqr), made from the link the host built.
  if (r.upi) qr.innerHTML = r.upi.qrSvg;
  clear(
    root,
    h('h2', {}, t('wsOrder', { number: o.number })),
    o.status === 'cancelled'
      ? h('p', { class: 'error', id: 'status', 'data-status': o.status }, t('wsCancelled', { reason: o.reason ?? '' }))
      : h(
          'ol',
          { class: 'steps', id: 'status', 'data-status': o.status },
          ...steps.map((s, i) => h('li', { class: i <= reached ? 'done' : '', 'aria-current': i === reached ? 'step' : null }, t(WORD[s]))),
        ),
    o.fulfilment === 'delivery' && o.slotLabel
      ? h('p', {}, t('wsSlotChosen', { slot: state.lang === 'hi' ? o.slotLabelHi || o.slotLabel : o.slotLabel }))
      : null,
    o.billNumber ? h('p', {}, t('wsBill', { number: o.billNumber })) : null,
    h(
      'ul',
      { class: 'lines' },
      ...o.lines.map((l) =>
        h('li', {}, h('span', { class: 'name' }, `${state.lang === 'hi' && l.nameHi ? l.nameHi : l.name} × ${l.qty}`), h('span', {}, formatInr(l.amountPaise))),
      ),
    ),
    h(
      'div',
      { class: 'totals' },
      o.feePaise ? h('p', {}, `${t('wsFee')}: ${formatInr(o.feePaise)}`) : null,
      h('p', { class: 'total' }, `${t('wsTotal')}: ${formatInr(o.totalPaise)}`),
    ),
    r.upi && o.status !== 'cancelled'
      ? h(
          'div',
          { class: 'upi' },
          h('a', { class: 'place', href: r.upi.link, id: 'upi-pay' }, t('wsPayNow', { amount: formatInr(o.totalPaise) })),
          qr,
          h('p', { class: 'note' }, t('wsScan', { vpa: r.upi.vpa })),
        )
      : null,
    h('a', { class: 'share', href: wa, target: '_blank', rel: 'noopener' }, t('wsWhatsapp')),
  );
}

const FINAL: readonly OrderStatus[] = ['delivered', 'collected', 'cancelled'];

/**
 * The customer's order page: its status pushed as server-sent events the moment the counter moves
 * it (by the counter's host on the Wi-Fi; on the cloud relay by whichever relay process holds the
 * stream); when the stream cannot open or drops, polling with the order's ETag (a 304 costs a few
 * bytes) carries on until the stream is back.
 */
export function orderView(id: string, key: string): { el: HTMLElement; stop(): void } {
  const root = h('main', { class: 'order', 'aria-live': 'polite' });
  root.dataset.live = 'connecting';
  let version = -1;
  let status: OrderStatus | null = null;
  let refused = false;
  let timer = 0;
  let polling = false;
  let stopped = false;
  let stream: EventSource | null = null;
  const done = () => refused || (status !== null && FINAL.includes(status));
  const show = (r: OrderReply) => {
    status = r.order.status;
    if (r.order.version === version) return;
    version = r.order.version;
    draw(root, r);
  };
  const apply = (r: Reply<OrderReply | null>) => {
    if (r.ok && r.result) show(r.result);
    else if (r.ok && version < 0) clear(root, h('p', { id: 'status', 'data-status': 'waiting' }, t('wsWaiting')));
    else if (!r.ok && r.error.code === 'REFUSED') {
      refused = true;
      clear(root, h('p', { class: 'error', id: 'status', 'data-status': 'refused' }, r.error.message));
    } else if (!r.ok && version < 0) clear(root, h('p', { class: 'error' }, r.error.message || t('wsOffline')));
  };
  const poll = async () => {
    polling = false;
    if (stopped || stream) return;
    const r = await getOrder(id, key);
    if (stopped) return;
    apply(r);
    if (!done() && !stream && !polling) {
      polling = true;
      timer = window.setTimeout(() => void poll(), POLL_MS);
    }
  };
  const listen = () => {
    if (stopped || done()) return;
    if (typeof EventSource === 'undefined') return void poll();
    const source = new EventSource(`${BASE}/api/orders/${encodeURIComponent(id)}/events?k=${encodeURIComponent(key)}`);
    stream = source;
    source.addEventListener('open', () => {
      root.dataset.live = 'stream';
    });
    source.addEventListener('status', (e) => {
      if (!(e instanceof MessageEvent)) return;
      const reply = JSON.parse(String(e.data)) as Reply<OrderReply> | Reply<RelayOrder>;
      apply(ON_RELAY ? fromRelay(reply as Reply<RelayOrder>) : (reply as Reply<OrderReply>));
    });
    source.addEventListener('error', () => {
      // A final status ends the stream on purpose; anything else polls meanwhile and tries the stream again later.
      source.close();
      stream = null;
      if (done() || stopped) return;
      root.dataset.live = 'poll';
      if (!polling) void poll();
      window.setTimeout(listen, POLL_MS * 5);
    });
  };
  listen();
  return {
    el: root,
    stop: () => {
      stopped = true;
      stream?.close();
      window.clearTimeout(timer);
    },
  };
}
