import { createHash, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/contract';
import { OrderIn } from '../../core/contract/areas/orders';
import { CATALOGUE, type MessageKey } from '../../core/i18n/catalogue';
import { fill } from '../../core/i18n/text';
import { placeOrder } from '../../core/services/orders/place';
import type { StoredOrder } from '../../core/services/orders/ports';
import { importPrivateKey, signMessage } from '../../../sync-server';
import type { Host } from '../create-host';
import { relayHttpBase } from '../sync/cloud-bridge';
import { orderReply } from './routes';
import type { SnapshotCache } from './snapshot-cache';

export interface RelayBridgeOptions {
  host: Host;
  snapshots: SnapshotCache;
  /** a new order from the relay: the counter's badge and sound ride on it */
  onOrder: (order: StoredOrder) => void;
  log: (message: string, error?: unknown) => void;
  /** how often the inbox is asked and statuses sent (the order → counter promise is 5 s) */
  pollMs?: number;
  /** changes to the catalog within this long are published together */
  publishAfterMs?: number;
}

export interface RelayBridgeStatus {
  slug: string | null;
  publishedEtag: string | null;
  lastError: string | null;
}

const Inbox = z.object({ orders: z.array(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), request: z.unknown() })) });
const RESERVED = new Set(['shop', 'shops', 'sync', 'assets', 'api']);
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('base64url');

/** The shop's address on the relay: its name in Latin letters (`sharma-general-store`), else one made from its id. */
export function slugOf(name: string, shopId: string, taken = false): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base =
    words.length >= 3 && !RESERVED.has(words)
      ? words
      : `shop-${sha(shopId)
          .slice(0, 6)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, 'x')}`;
  return taken
    ? `${base}-${sha(`${shopId}:slug`)
        .slice(0, 4)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}`
    : base;
}

/** A refusal in the customer's language, for an order the counter could not take. */
const isKey = (key: string): key is MessageKey => Object.hasOwn(CATALOGUE, key);
function refusalWords(e: unknown, lang: 'en' | 'hi'): string {
  const key = e instanceof AppError && e.wording && isKey(e.wording.key) ? e.wording.key : 'error.INTERNAL';
  return fill(CATALOGUE[key][lang], e instanceof AppError ? e.wording?.params : undefined);
}

/**
 * The counter's web shop on the cloud relay (Settings → Devices → Cloud relay, the sync area's
 * setting): the catalog snapshot is published under the shop's slug, signed with the shop's key,
 * a moment after what customers see changes; the relay's inbox is asked every few seconds, each
 * order is priced and placed here as on the Wi-Fi, and every status the counter gives a relayed
 * order is sent back, so the customer's page on the relay follows it.
 */
export function startRelayBridge(options: RelayBridgeOptions) {
  const { host, snapshots } = options;
  const pollMs = options.pollMs ?? 2000;
  const publishAfterMs = options.publishAfterMs ?? 1500;
  let key: { pem: string; value: KeyObject } | null = null;
  let dirtyAt: number | null = Date.now();
  let publishedEtag: string | null = null;
  let slug: string | null = null;
  /** the relay's origin the slug was published on: a changed relay has no link until it is published there */
  let publishedOrigin: string | null = null;
  let slugTaken = false;
  let lastError: string | null = null;
  let running = false;
  let stopped = false;
  const pushed = new Map<string, number>();
  const offChange = snapshots.onChange(() => void (dirtyAt ??= Date.now()));

  const trouble = (what: string, e?: unknown) => {
    const text = `${what}${e instanceof Error ? `: ${e.message}` : ''}`;
    if (text !== lastError) options.log(`[web shop] cloud relay: ${text}`);
    lastError = text;
  };

  async function call(origin: string, shopId: string, what: 'inbox' | 'orders', claim: Record<string, unknown>, signer: KeyObject) {
    const body = JSON.stringify(signMessage(signer, { shop: shopId, at: Date.now(), ...claim }));
    return fetch(`${origin}/shops/${shopId}/${what}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
  }

  async function publish(origin: string, shopId: string, signer: KeyObject) {
    const encoded = await snapshots.get();
    if (encoded.etag === publishedEtag) return;
    const wanted = slugOf(host.store.shop.get().name, shopId, slugTaken);
    const claim = { shop: shopId, slug: wanted, sha256: sha(encoded.identity), at: Date.now() };
    const signed = Buffer.from(JSON.stringify(signMessage(signer, claim))).toString('base64url');
    const answer = await fetch(`${origin}/shops/${shopId}/catalog`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sk-signed': signed },
      body: new Uint8Array(encoded.identity),
      signal: AbortSignal.timeout(30_000),
    });
    if (answer.status === 409 && !slugTaken) {
      slugTaken = true;
      return publish(origin, shopId, signer);
    }
    if (!answer.ok) throw new Error(`publishing the catalog answered ${answer.status}`);
    slug = wanted;
    publishedOrigin = origin;
    publishedEtag = encoded.etag;
  }

  /** Orders waiting on the relay, placed here; one the counter cannot take is answered refused, with why. */
  async function pull(origin: string, shopId: string, signer: KeyObject) {
    const answer = await call(origin, shopId, 'inbox', {}, signer);
    if (!answer.ok) throw new Error(`the inbox answered ${answer.status}`);
    const inbox = Inbox.parse(await answer.json());
    const refused: Array<{ id: string; status: string; view: unknown }> = [];
    for (const relayed of inbox.orders) {
      if (host.store.webOrders.byRelayId(relayed.id)) continue;
      const input = OrderIn.safeParse(relayed.request);
      if (!input.success) {
        refused.push({ id: relayed.id, status: 'refused', view: { message: refusalWords(null, 'en') } });
        continue;
      }
      try {
        const placed = placeOrder(host.deps, input.data, relayed.id);
        if (!placed.replay) options.onOrder(placed.order);
      } catch (e) {
        refused.push({ id: relayed.id, status: 'refused', view: { message: refusalWords(e, input.data.lang) } });
      }
    }
    if (refused.length > 0) await call(origin, shopId, 'orders', { orders: refused }, signer);
  }

  /** Each relayed order whose status moved since it was last sent, with the page the customer sees. */
  async function sendStatuses(origin: string, shopId: string, signer: KeyObject) {
    const since = new Date(host.deps.clock.now().getTime() - 86_400_000).toISOString();
    const due = host.store.webOrders.relayedSince(since).filter((o) => o.relayId !== null && pushed.get(o.relayId) !== o.version);
    for (let i = 0; i < due.length; i += 20) {
      const batch = due.slice(i, i + 20);
      const orders = batch.map((o) => ({ id: o.relayId ?? '', status: o.status, view: orderReply(host, o) }));
      const answer = await call(origin, shopId, 'orders', { orders }, signer);
      if (!answer.ok) throw new Error(`sending statuses answered ${answer.status}`);
      for (const o of batch) pushed.set(o.relayId ?? '', o.version);
    }
  }

  async function tick() {
    const setting = host.store.syncCloud.get();
    if (!setting) return;
    if (key?.pem !== setting.privateKeyPem) {
      key = { pem: setting.privateKeyPem, value: importPrivateKey(setting.privateKeyPem) };
      publishedEtag = null;
      pushed.clear();
    }
    const origin = new URL(relayHttpBase(setting.relayUrl)).origin;
    const shopId = host.store.shop.get().id;
    try {
      if (dirtyAt !== null && (publishedEtag === null || Date.now() - dirtyAt >= publishAfterMs)) {
        const changedAt = dirtyAt;
        dirtyAt = null;
        await publish(origin, shopId, key.value).catch((e: unknown) => {
          dirtyAt ??= changedAt;
          throw e;
        });
      }
      await pull(origin, shopId, key.value);
      await sendStatuses(origin, shopId, key.value);
      if (lastError !== null) options.log('[web shop] cloud relay: working again');
      lastError = null;
    } catch (e) {
      trouble('cannot reach it', e);
    }
  }

  let again = false;
  const run = () => {
    if (stopped) return;
    if (running) return void (again = true);
    running = true;
    tick()
      .catch((e: unknown) => trouble('failed', e))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, pollMs);
  timer.unref();
  // A status the counter gives an order goes to the relay at once: the customer's page there is streamed.
  const offOrders = host.events.subscribe((e) => {
    if (e.event === 'data.changed' && e.payload.areas.includes('orders')) run();
  });

  return {
    status: (): RelayBridgeStatus => ({ slug, publishedEtag, lastError }),
    /** the catalog's address on the relay, for the owner to share (null when no relay is set) */
    link() {
      const setting = host.store.syncCloud.get();
      if (!setting) return null;
      const origin = new URL(relayHttpBase(setting.relayUrl)).origin;
      return { url: slug !== null && publishedOrigin === origin ? `${origin}/${slug}` : null, reachable: lastError === null };
    },
    close() {
      stopped = true;
      clearInterval(timer);
      offChange();
      offOrders();
    },
  };
}
export type RelayBridge = ReturnType<typeof startRelayBridge>;
