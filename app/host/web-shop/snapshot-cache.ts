import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { CatalogSnapshot } from '../../core/contract/areas/orders';
import { catalogSnapshot } from '../../core/services/orders/settings';
import type { ServiceDeps } from '../../core/services/ports';
import type { EventBus } from '../event-bus';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface Encoded {
  snapshot: CatalogSnapshot;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** from the SQLite read to both encodings ready */
  builtMs: number;
  /** the part of it that held the host's event loop (the read and the JSON); compression runs on libuv's threads */
  blockedMs: number;
}

/** The areas whose changes alter what customers see: prices, names, stock, the shop's details. */
const WATCHED = new Set(['catalog', 'inventory', 'billing', 'purchasing', 'shop', 'orders']);

/** JSON, then gzip and brotli at once on the thread pool: the counter's requests are not held while 10 MB compress. */
export async function encode(snapshot: CatalogSnapshot, started = performance.now()): Promise<Encoded> {
  const identity = Buffer.from(JSON.stringify(snapshot));
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  const blockedMs = performance.now() - started;
  const [gz, br] = await Promise.all([
    gzipAsync(identity, { level: 6 }),
    brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ]);
  return { snapshot, etag, identity, gzip: gz, br, builtMs: performance.now() - started, blockedMs };
}

/**
 * The catalog snapshot, made from SQLite on first ask after a change and kept compressed: every
 * customer's phone gets the same bytes and ETag until a bill, a purchase, a price or an order moves
 * stock. Asks while it is being made wait for the same build.
 */
export function createSnapshotCache(deps: () => ServiceDeps, events: EventBus) {
  let kept: Promise<Encoded> | null = null;
  const changed = new Set<() => void>();
  const forget = () => {
    kept = null;
    for (const listener of changed) listener();
  };
  const unsubscribe = events.subscribe((e) => {
    if (e.event === 'data.changed' && e.payload.areas.some((a) => WATCHED.has(a))) forget();
  });
  return {
    get(): Promise<Encoded> {
      if (!kept) {
        const started = performance.now();
        const building = encode(catalogSnapshot(deps()), started);
        // A failed build is not kept: the next ask tries again.
        building.catch(() => kept === building && (kept = null));
        kept = building;
      }
      return kept;
    },
    /** told each time what customers see may have changed (the cloud relay's publisher listens) */
    onChange(listener: () => void): () => void {
      changed.add(listener);
      return () => void changed.delete(listener);
    },
    forget,
    close: unsubscribe,
  };
}
export type SnapshotCache = ReturnType<typeof createSnapshotCache>;
