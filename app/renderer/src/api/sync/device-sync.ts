import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SYNC_DOCUMENT, type CommandOutcome, type OfflineMethod, type OutboxCommand, type SyncTarget } from '../../../../core/contract';
import { appendCommand, readCatalog, readOutbox, readStaff, type CatalogCopy, type StaffCopy } from './local-copy';
import { watchHost, type HostReach } from './reachability';
import { deviceId as clientDeviceId } from '../session';

/**
 * The device's copies of its shop's documents: each a Y.Doc kept in the browser (y-indexeddb, so
 * a reload offline still has them) and synced through the relay (y-websocket) whenever it is in
 * reach. One set per signed-in session; the screens read a snapshot of it.
 */

export type LinkState = 'connecting' | 'connected' | 'disconnected' | 'refused';

export interface QueuedCommand {
  command: OutboxCommand;
  outcome: CommandOutcome | null;
}

export interface SyncSnapshot {
  enabled: boolean;
  link: LinkState;
  host: HostReach;
  /** the local copies were read from the browser's store */
  loaded: boolean;
  catalog: CatalogCopy;
  staff: StaffCopy;
  /** this device's commands, newest first, each with its outcome once the counter wrote one */
  queue: QueuedCommand[];
}

const EMPTY: SyncSnapshot = {
  enabled: false,
  link: 'disconnected',
  host: 'checking',
  loaded: false,
  catalog: { products: new Map(), byBarcode: new Map(), meta: null },
  staff: { stock: new Map(), dues: new Map(), days: new Map(), outcomes: new Map(), expiring: new Map() },
  queue: [],
};

interface Opened {
  doc: Y.Doc;
  /** the counter's relay, and the cloud relay as well when the shop uses one */
  providers: WebsocketProvider[];
  local: IndexeddbPersistence;
}

interface Running {
  key: string;
  catalog: Opened;
  staff: Opened;
  /** this month's outbox (new commands) and last month's (outcomes still arriving) */
  outboxes: Opened[];
  userId: string;
  stop(): void;
}

let snapshot: SyncSnapshot = EMPTY;
let running: Running | null = null;
const listeners = new Set<() => void>();

export const subscribeSync = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const syncSnapshot = () => snapshot;

function publish(next: Partial<SyncSnapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const l of listeners) l();
}

const period = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** A uuid without `crypto.randomUUID`, which a page over plain http on the LAN does not have. */
export function newUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function relayBase(target: SyncTarget): string {
  if (target.relayUrl) return target.relayUrl;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

export interface DeviceSyncOptions {
  target: SyncTarget;
  sessionToken: string;
  deviceId: string;
  userId: string;
}

/** Opens (or keeps) the copies for this session; returns the stop. */
export function startDeviceSync(options: DeviceSyncOptions): () => void {
  const { target, deviceId } = options;
  const key = `${target.shopId}|${deviceId}|${options.userId}|${target.relayUrl ?? ''}|${target.cloud?.url ?? ''}|${target.cloud?.token ?? ''}`;
  if (running?.key === key) return () => {};
  running?.stop();
  const base = relayBase(target);
  const token = target.relayToken ?? options.sessionToken;
  const opened: Opened[] = [];
  const refused = new Set<WebsocketProvider>();
  let pending: ReturnType<typeof setTimeout> | undefined;

  const open = (name: string): Opened => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`sk-sync:${name}`, doc);
    // The host's own relay binds the session to this device like every API call; a relay elsewhere gets its own token only.
    const own: Record<string, string> = target.relayToken ? { token } : { token, device: clientDeviceId() };
    const relays = [{ url: base, params: own }, ...(target.cloud ? [{ url: target.cloud.url, params: { token: target.cloud.token } }] : [])];
    const providers = relays.map((relay) => {
      const provider = new WebsocketProvider(relay.url, name, doc, { params: relay.params, maxBackoffTime: 5_000 });
      provider.on('status', () => scheduleRead());
      provider.on('connection-close', (event) => {
        if (event && event.code >= 4400 && event.code <= 4499) refused.add(provider);
        scheduleRead();
      });
      return provider;
    });
    doc.on('update', () => scheduleRead());
    const item = { doc, providers, local };
    opened.push(item);
    return item;
  };
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const catalog = open(SYNC_DOCUMENT.catalog(target.shopId));
  const staff = open(SYNC_DOCUMENT.staff(target.shopId));
  const outboxes = [period(now), period(last)].map((p) => open(SYNC_DOCUMENT.outbox(target.shopId, deviceId, p)));

  const read = () => {
    const copy = readStaff(staff.doc);
    const commands = outboxes.flatMap((o) => readOutbox(o.doc)).sort((a, b) => b.at.localeCompare(a.at));
    // A document is in sync through whichever relay reaches it; refused only when every relay refused it.
    const links = opened.map((o) =>
      o.providers.some((p) => p.wsconnected)
        ? 'connected'
        : o.providers.every((p) => refused.has(p))
          ? 'refused'
          : o.providers.some((p) => p.wsconnecting)
            ? 'connecting'
            : 'disconnected',
    );
    const link: LinkState = links.includes('refused')
      ? 'refused'
      : links.every((l) => l === 'connected')
        ? 'connected'
        : links.includes('connecting')
          ? 'connecting'
          : 'disconnected';
    publish({
      enabled: true,
      link,
      catalog: readCatalog(catalog.doc),
      staff: copy,
      queue: commands.map((command) => ({ command, outcome: copy.outcomes.get(command.id) ?? null })),
    });
  };
  function scheduleRead() {
    clearTimeout(pending);
    pending = setTimeout(read, 30);
  }
  void Promise.all(opened.map((o) => o.local.whenSynced)).then(() => {
    if (running?.key === key) {
      read();
      publish({ loaded: true });
    }
  });
  const unwatch = watchHost((host) => publish({ host }));

  running = {
    key,
    catalog,
    staff,
    outboxes,
    userId: options.userId,
    stop() {
      clearTimeout(pending);
      unwatch();
      for (const o of opened) {
        for (const p of o.providers) p.destroy();
        void o.local.destroy();
        o.doc.destroy();
      }
      running = null;
      snapshot = EMPTY;
      for (const l of listeners) l();
    },
  };
  publish({ enabled: true, link: 'connecting' });
  return () => running?.key === key && running.stop();
}

/** Puts a command in this device's outbox: the counter applies it once, when it next sees it. */
export function queueCommand(method: OfflineMethod, params: Record<string, unknown>, id = newUuid()): OutboxCommand | null {
  const run = running;
  const outbox = run?.outboxes[0];
  if (!run || !outbox) return null;
  const command: OutboxCommand = {
    id,
    method,
    params,
    userId: run.userId,
    at: new Date().toISOString(),
    catalogVersion: snapshot.catalog.meta?.version ?? 0,
  };
  appendCommand(outbox.doc, command);
  return command;
}
