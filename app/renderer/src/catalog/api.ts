import type { CatalogSnapshot, OrderView } from '../../../core/contract/areas/orders';
import { BASE, ON_RELAY, state } from './state';

export interface Refusal {
  code: string;
  message: string;
}
export type Reply<T> = { ok: true; result: T } | { ok: false; error: Refusal };

export interface OrderReply {
  order: OrderView;
  upi: { link: string; vpa: string; qrSvg: string } | null;
  shopPhone: string;
}

async function read<T>(res: Response): Promise<Reply<T>> {
  try {
    const body: unknown = await res.json();
    if (body && typeof body === 'object' && 'ok' in body) return body as Reply<T>;
  } catch {
    // a page that is not JSON (a proxy's error): said below as "cannot reach the shop"
  }
  return { ok: false, error: { code: 'INTERNAL', message: '' } };
}

const offline = <T>(): Reply<T> => ({ ok: false, error: { code: 'OFFLINE', message: '' } });

/** The browser keeps the snapshot's ETag: a repeat visit costs one 304. */
export async function loadSnapshot(): Promise<CatalogSnapshot | null> {
  try {
    // The page's <link rel=preload> fetched it already; the host's no-cache makes a repeat visit a 304.
    const res = await fetch(`${BASE}/snapshot.json`);
    return res.ok ? ((await res.json()) as CatalogSnapshot) : null;
  } catch {
    return null;
  }
}

export async function search(q: string): Promise<string[] | null> {
  try {
    if (ON_RELAY) return null;
    const res = await fetch(`${BASE}/search.json?q=${encodeURIComponent(q)}`);
    const reply = await read<string[]>(res);
    return reply.ok ? reply.result : null;
  } catch {
    return null;
  }
}

export async function post<T>(path: string, body: unknown): Promise<Reply<T>> {
  try {
    const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sk-lang': state.lang }, body: JSON.stringify(body) });
    return await read<T>(res);
  } catch {
    return offline();
  }
}

/** An order the relay holds: the page the counter last sent, or null while it waits in the shop's inbox. */
export interface RelayOrder {
  id: string;
  status: string;
  order: OrderReply | { message: string } | null;
}

/** The relay's answer as the page's: an order the counter could not take (a price or stock changed) says why, in the customer's words. */
export function fromRelay(r: Reply<RelayOrder>): Reply<OrderReply | null> {
  if (!r.ok) return r;
  const order = r.result.order;
  const refused = r.result.status === 'refused' && order && 'message' in order ? String(order.message) : null;
  if (refused !== null) return { ok: false, error: { code: 'REFUSED', message: refused } };
  return { ok: true, result: order && 'order' in order ? order : null };
}

export async function getOrder(id: string, key: string): Promise<Reply<OrderReply | null>> {
  try {
    const res = await fetch(`${BASE}/api/orders/${encodeURIComponent(id)}?k=${encodeURIComponent(key)}`, {
      cache: 'no-cache',
      headers: { 'x-sk-lang': state.lang },
    });
    if (!ON_RELAY) return await read<OrderReply>(res);
    return fromRelay(await read<RelayOrder>(res));
  } catch {
    return offline();
  }
}
