import type { CatalogSnapshot, OrderView } from '../../../core/contract/areas/orders';
import { state } from './state';

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
    const res = await fetch('/shop/snapshot.json', { cache: 'no-cache' });
    return res.ok ? ((await res.json()) as CatalogSnapshot) : null;
  } catch {
    return null;
  }
}

export async function search(q: string): Promise<string[] | null> {
  try {
    const res = await fetch(`/shop/search.json?q=${encodeURIComponent(q)}`);
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

export async function getOrder(id: string, key: string): Promise<Reply<OrderReply>> {
  try {
    const res = await fetch(`/shop/api/orders/${encodeURIComponent(id)}?k=${encodeURIComponent(key)}`, {
      cache: 'no-cache',
      headers: { 'x-sk-lang': state.lang },
    });
    return await read<OrderReply>(res);
  } catch {
    return offline();
  }
}
