import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { SYNC_DOCUMENT } from '../../core/contract/sync-documents';
import { createRelay, type OpenDocument, type Relay } from '../../../sync-server';
import type { Host } from '../create-host';
import { createCloudPort, type CloudPort } from './cloud-port';
import { createApplier, type Applier } from './outbox-applier';
import { applierPace, type PaceOptions } from './applier-pace';
import { deferredSync } from '../../../db/deferred-sync';
import { catalogVersion, publishCatalog, publishOutcomes, publishStaff, pruneOutcomes } from './projections';
import { relaySessions } from './relay-sessions';
import { hostRoomStore } from './room-store';

/** Where the relay lives on the host's port; the tablet and phone open `ws(s)://<host>/sync/shop/<id>/…`. */
export const SYNC_PREFIX = '/sync/';

export interface HostSyncOptions {
  log?: (message: string, error?: unknown) => void;
  /** how often outbox documents stored by the relay are looked for (a device writing a month not opened yet) */
  discoverMs?: number;
  /** how long changes are gathered before the staff document is written again */
  settleMs?: number;
  /** the least time between two writes of the staff document */
  minGapMs?: number;
  /** how many commands, and how many ms of work, one transaction of the applier takes at most */
  batch?: { size?: number; budgetMs?: number; pace?: PaceOptions };
  /** how often every admitted session is checked again besides at its own end (the PC's clock was set forward) */
  recheckMs?: number;
}

export interface HostSync {
  prefix: string;
  relay: Relay;
  shopId: string;
  applier: Applier;
  /** the cloud relay bridge and the device targets (also `host.deps.sync` while running) */
  cloud: CloudPort;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** resolves when every command seen is applied and the projections are written */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** the longest a batch's outcomes wait for a counter's commit to sync them before the applier syncs the file itself */
const COUNTER_COMMIT_WAIT_MS = 100;

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/**
 * The relay embedded in the counter host (docs/sync.md "Embedding it in the counter host"): devices
 * authenticate with their session token, the host writes the catalog and staff documents and
 * applies every device's outbox.
 */
export async function startHostSync(host: Host, options: HostSyncOptions = {}): Promise<HostSync> {
  const log = options.log ?? ((m, e) => console.error(m, e ?? ''));
  const shop = host.store.shop.find();
  if (!shop) throw new Error('sync starts once the shop is set up');
  const shopId = shop.id;
  const pace = applierPace(host.counterGate, options.batch?.pace);
  // While the counter bills, its own commits (synchronous=FULL) make the applier's batches and the
  // relay's log durable: no second fsync of the file runs beside a bill's.
  const durable = deferredSync(() => host.store, { waitForCommitMs: () => (pace.serving() ? COUNTER_COMMIT_WAIT_MS : 0) });
  const store = hostRoomStore(host, durable);

  // Closing a device's sockets waits for the relay, made just below.
  const sessions = relaySessions(host, shopId, (deviceId) => void relay.revokeDevice(shopId, deviceId));
  const recheckSessions = () => sessions.recheck();
  const relay = await createRelay({ store, authenticate: sessions.authenticate, detached: true, pathPrefix: SYNC_PREFIX, log: (m) => log(m) });

  const catalog = await relay.openDocument(SYNC_DOCUMENT.catalog(shopId));
  const staff = await relay.openDocument(SYNC_DOCUMENT.staff(shopId));
  const applier = createApplier({
    deps: host.deps,
    events: host.events,
    catalogVersion: () => catalogVersion(catalog.doc),
    publish: (outcomes) => publishOutcomes(staff.doc, outcomes),
    log,
    batchSize: options.batch?.size,
    batchBudgetMs: options.batch?.budgetMs,
    pace,
    durable,
  });

  const devicesSeen = () => {
    const waiting = applier.pending();
    const relayed = new Map(relay.devices(shopId).map((d) => [d.deviceId, d]));
    return [...new Set([...waiting.keys(), ...relayed.keys()])].map((deviceId) => {
      const seen = relayed.get(deviceId);
      return {
        deviceId,
        connections: seen?.connections ?? 0,
        lastSeenAt: seen ? new Date(seen.lastSeenAt).toISOString() : null,
        waiting: waiting.get(deviceId) ?? 0,
      };
    });
  };
  const cloud = createCloudPort(host, shopId, log, devicesSeen);
  cloud.hold(SYNC_DOCUMENT.catalog(shopId), catalog.doc);
  cloud.hold(SYNC_DOCUMENT.staff(shopId), staff.doc);
  host.deps.sync = cloud;

  publishCatalog(catalog.doc, host.deps);
  publishStaff(staff.doc, host.deps);
  pruneOutcomes(staff.doc, host.deps.clock.now());

  const outboxes = new Map<string, { open: OpenDocument; stop: () => void }>();
  let closed = false;
  const openOutbox = async (name: string, deviceId: string) => {
    if (outboxes.has(name) || closed) return;
    const open = await relay.openDocument(name);
    if (outboxes.has(name) || closed) return open.release();
    outboxes.set(name, { open, stop: applier.watch({ deviceId, doc: open.doc }) });
    cloud.hold(name, open.doc);
  };
  const devicePrefix = `shop/${shopId}/device/`;
  const discover = async () => {
    const month = monthOf(host.deps.clock.now());
    const wanted = host.store.devices
      .list()
      .filter((d) => d.retiredAt === null)
      .map((d) => ({ name: SYNC_DOCUMENT.outbox(shopId, d.id, month), deviceId: d.id }));
    for (const name of await store.listRooms(devicePrefix)) {
      const deviceId = name.slice(devicePrefix.length).split('/')[0] ?? '';
      if (name.startsWith(`${devicePrefix}${deviceId}/outbox`)) wanted.push({ name, deviceId });
    }
    for (const w of wanted) await openOutbox(w.name, w.deviceId);
  };
  await discover();
  const discovering = setInterval(() => void discover().catch((e: unknown) => log('[sync] looking for outboxes failed', e)), options.discoverMs ?? 1000);
  discovering.unref();

  // Projections follow the books: gathered for a moment, so a burst of bills writes once.
  let dirty = { catalog: false, staff: false };
  let settle: NodeJS.Timeout | null = null;
  let retired = new Set(
    host.store.devices
      .list()
      .filter((d) => d.retiredAt !== null)
      .map((d) => d.id),
  );
  let lastFlush = 0;
  const flush = () => {
    settle = null;
    lastFlush = Date.now();
    const now = dirty;
    dirty = { catalog: false, staff: false };
    try {
      if (now.catalog) publishCatalog(catalog.doc, host.deps);
      if (now.staff) publishStaff(staff.doc, host.deps);
    } catch (e) {
      log('[sync] publishing the projections failed', e);
    }
  };
  const unsubscribe = host.events.subscribe((e) => {
    if (e.event !== 'data.changed' || closed) return;
    const areas: readonly string[] = e.payload.areas;
    if (areas.includes('catalog') || areas.includes('shop')) dirty.catalog = true;
    dirty.staff = true;
    // While a device catches up, bills come back to back: the staff document is written at most every few hundred ms.
    settle ??= setTimeout(flush, Math.max(options.settleMs ?? 20, lastFlush + (options.minGapMs ?? 250) - Date.now()));
    if (areas.includes('users')) {
      recheckSessions();
      const now = new Set(
        host.store.devices
          .list()
          .filter((d) => d.retiredAt !== null)
          .map((d) => d.id),
      );
      for (const id of now) {
        if (retired.has(id)) continue;
        void relay.revokeDevice(shopId, id);
        cloud.revoke(id);
      }
      retired = now;
    }
  });
  const pruning = setInterval(() => pruneOutcomes(staff.doc, host.deps.clock.now()), 3_600_000);
  pruning.unref();
  const rechecking = setInterval(() => {
    try {
      recheckSessions();
    } catch (e) {
      log('[sync] checking the relay’s sessions failed', e);
    }
  }, options.recheckMs ?? 30_000);
  rechecking.unref();

  return {
    prefix: SYNC_PREFIX,
    relay,
    shopId,
    applier,
    cloud,
    handleUpgrade: (req, socket, head) => relay.handleUpgrade(req, socket, head),
    handleRequest: (req, res) => relay.handleRequest(req, res),
    idle: async () => {
      await applier.idle();
      if (settle) {
        clearTimeout(settle);
        flush();
      }
    },
    close: async () => {
      closed = true;
      if (host.deps.sync === cloud) delete host.deps.sync;
      cloud.close();
      unsubscribe();
      clearInterval(discovering);
      clearInterval(pruning);
      clearInterval(rechecking);
      sessions.close();
      if (settle) clearTimeout(settle);
      applier.close();
      pace.close();
      for (const o of outboxes.values()) {
        o.stop();
        o.open.release();
      }
      catalog.release();
      staff.release();
      await relay.close();
    },
  };
}
