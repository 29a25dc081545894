import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { catalogSnapshot } from '../../core/services/orders/settings';
import type { ServiceDeps } from '../../core/services/ports';
import type { EventBus } from '../event-bus';

export interface Encoded {
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  builtMs: number;
}

/** The areas whose changes alter what customers see: prices, names, stock, the shop's details. */
const WATCHED = new Set(['catalog', 'inventory', 'billing', 'purchasing', 'shop', 'orders']);

export function encode(json: string, started = performance.now()): Encoded {
  const identity = Buffer.from(json);
  return {
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    identity,
    gzip: gzipSync(identity, { level: 6 }),
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    builtMs: performance.now() - started,
  };
}

/**
 * The catalog snapshot, made from SQLite on first ask after a change and kept compressed: every
 * customer's phone gets the same bytes and ETag until a bill, a purchase, a price or an order moves
 * stock.
 */
export function createSnapshotCache(deps: () => ServiceDeps, events: EventBus) {
  let kept: Encoded | null = null;
  const forget = () => void (kept = null);
  const unsubscribe = events.subscribe((e) => {
    if (e.event === 'data.changed' && e.payload.areas.some((a) => WATCHED.has(a))) forget();
  });
  return {
    get(): Encoded {
      if (!kept) {
        const started = performance.now();
        kept = encode(JSON.stringify(catalogSnapshot(deps())), started);
      }
      return kept;
    },
    forget,
    close: unsubscribe,
  };
}
export type SnapshotCache = ReturnType<typeof createSnapshotCache>;
