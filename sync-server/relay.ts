import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import type * as Y from 'yjs';
import { createTokenAuthenticator, type Authenticate, type TokenAuthenticator } from './auth';
import type { RoomBus } from './bus';
import { createEndpoints } from './endpoints';
import { Gate } from './gate';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { Metrics } from './metrics';
import { RoomPool } from './pool';
import type { ShopRegistry } from './registry';
import { parseRoomName } from './rooms';
import type { RoomStore } from './store';

export interface RelayOptions {
  store: RoomStore;
  /** the embedded host's own check (its session table); without it, device tokens are checked against `registry` */
  authenticate?: Authenticate;
  /** shops' public keys and revocations (standalone relay) */
  registry?: ShopRegistry;
  /** lets shops register their key at `<prefix>shops/<id>/register` */
  registrationSecret?: string;
  /** anonymous connections may read a registered shop's catalog (default true; token authentication only) */
  anonymousCatalog?: boolean;
  /** other relay processes (Redis); without it this process is the only one serving its rooms */
  bus?: RoomBus | null;
  /** where documents and endpoints live, e.g. `/sync/` (default `/`) */
  pathPrefix?: string;
  /** attach to this server's `upgrade` event (plain or TLS: the host decides) instead of listening on a port of its own */
  server?: Server | HttpsServer;
  /** neither listen nor attach: the host's own handlers call handleUpgrade and handleRequest (its Host checks come first) */
  detached?: boolean;
  port?: number;
  host?: string;
  limits?: Partial<Limits>;
  idleUnloadMs?: number;
  flushMs?: number;
  compactEvery?: number;
  metricsToken?: string;
  log?: (message: string) => void;
  /** other plain HTTP requests on the relay's own port (the shops' web catalogs by slug): true when answered */
  requests?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface OpenDocument {
  doc: Y.Doc;
  /** lets the room unload again once no connection holds it either */
  release(): void;
}

export interface Relay {
  /** the relay's own port and ws:// base URL (null when attached to a server) */
  readonly port: number | null;
  readonly url: string | null;
  /** for a host with its own upgrade handler: true when the request was for the relay (and is handled) */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** for a host's request handler: true when the request was for the relay (health, metrics, shop calls) */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** the relay's own copy of a document, for the embedded host's writes (persisted and sent like a client's) */
  openDocument(name: string): Promise<OpenDocument>;
  /** refuses the device from now on and closes its open connections here and, over the bus, everywhere; resolves to how many closed here */
  revokeDevice(shopId: string, deviceId: string, at?: number): Promise<number>;
  /** a shop's devices seen by this process since it started: connections open now and when one last opened or closed */
  devices(shopId: string): Array<{ deviceId: string; connections: number; lastSeenAt: number }>;
  metrics(): ReturnType<Metrics['snapshot']>;
  /** graceful stop: refuse new connections, close clients with 1001, write and fold every room */
  close(): Promise<void>;
}

const SWEEP_MS = 10_000;

export async function createRelay(options: RelayOptions): Promise<Relay> {
  const log = options.log ?? ((message: string) => console.error(message));
  const prefix = options.pathPrefix ?? '/';
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`pathPrefix must start and end with '/' (got ${prefix})`);
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const metrics = new Metrics();
  const bus = options.bus ?? null;
  if (bus) metrics.busStats = () => bus.stats();
  let tokens: TokenAuthenticator | null = null;
  let authenticate = options.authenticate;
  if (!authenticate) {
    if (!options.registry) throw new Error('createRelay needs `authenticate` or a `registry` of shop keys');
    tokens = createTokenAuthenticator({ registry: options.registry, anonymousCatalog: options.anonymousCatalog });
    authenticate = tokens.authenticate;
  }
  const pool = new RoomPool(
    { store: options.store, bus, metrics, flushMs: options.flushMs ?? 50, compactEvery: options.compactEvery ?? 500, log },
    { idleUnloadMs: options.idleUnloadMs ?? 30_000, maxDocumentsPerShop: limits.maxDocumentsPerShop },
  );
  const gate = new Gate({ prefix, authenticate, pool, limits, metrics, log });
  let closing: Promise<void> | null = null;

  const gauges = () => {
    let pendingWrites = 0;
    for (const room of pool.loaded()) pendingWrites += room.pendingWrites;
    return { rooms: pool.size, connections: gate.connections.size, pendingWrites };
  };

  async function revokeDevice(shopId: string, deviceId: string, at?: number): Promise<number> {
    const when = at ?? (tokens ? Math.floor(Date.now() / 1000) : null);
    if (options.registry && when !== null) await options.registry.revoke(shopId, deviceId, when);
    tokens?.invalidate(shopId);
    bus?.publishControl({ type: 'revoke', shopId, deviceId, at: when ?? Number.MAX_SAFE_INTEGER });
    return gate.closeRevoked(shopId, deviceId, when);
  }

  bus?.onControl((message) => {
    if (message.type === 'order-status') return;
    tokens?.invalidate(message.shopId);
    if (message.type === 'revoke') gate.closeRevoked(message.shopId, message.deviceId, message.at);
  });
  bus?.onReconnect(() => {
    for (const room of pool.loaded()) room.announce();
  });

  const handleRequest = createEndpoints({
    prefix,
    metrics,
    gauges,
    trouble: () => (closing ? 'shutting down' : performance.now() - metrics.storeFailedAt < 15_000 ? 'store failing' : null),
    metricsToken: options.metricsToken,
    registry: options.registry,
    registrationSecret: options.registrationSecret,
    onRegistered: (shopId) => {
      tokens?.invalidate(shopId);
      bus?.publishControl({ type: 'shop-changed', shopId });
    },
    revoke: revokeDevice,
    log,
  });
  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => gate.handleUpgrade(req, socket, head);

  let sweeps = 0;
  const sweeper = setInterval(() => gate.sweep(Date.now(), ++sweeps % 3 === 0), SWEEP_MS);
  sweeper.unref();

  let own: Server | null = null;
  if (options.server) options.server.on('upgrade', handleUpgrade);
  else if (!options.detached) {
    own = createServer((req, res) => {
      if (!handleRequest(req, res) && !options.requests?.(req, res)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
      }
    });
    own.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!handleUpgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    });
    own.on('clientError', (_e, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      own?.once('error', reject);
      own?.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
  }
  const port = own ? (own.address() as AddressInfo).port : null;
  const shownHost = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';

  return {
    port,
    url: port === null ? null : `ws://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}${prefix.replace(/\/$/, '')}`,
    handleUpgrade,
    handleRequest,
    openDocument: async (name) => {
      const room = parseRoomName(name);
      if (!room) throw new Error(`not a document name: ${name}`);
      const loaded = await pool.acquire(room);
      let released = false;
      return {
        doc: loaded.doc,
        release: () => {
          if (!released) pool.release(loaded);
          released = true;
        },
      };
    },
    revokeDevice,
    devices: (shopId) => gate.devices(shopId),
    metrics: () => metrics.snapshot(gauges()),
    close: () => {
      closing ??= (async () => {
        clearInterval(sweeper);
        gate.shutDown();
        options.server?.off('upgrade', handleUpgrade);
        const stopped = own ? new Promise<void>((resolve) => own?.close(() => resolve())) : Promise.resolve();
        await pool.closeAll();
        own?.closeAllConnections();
        await stopped;
        metrics.stop();
      })();
      return closing;
    },
  };
}
