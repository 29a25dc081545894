import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { BusMessage, RoomBus } from './bus';
import type { Metrics } from './metrics';
import { encodeAwareness, encodeUpdate } from './protocol';
import { foldUpdates, type RoomStore } from './store';

/** Origin of changes that came from another relay process: sent to local clients, never stored or re-published here. */
export const FROM_BUS = Symbol('from another relay process');
const FROM_STORE = Symbol('from the store');

/** What a room needs from a client connection. */
export interface Peer {
  send(frame: Uint8Array): void;
  /** anonymous readers get no presence of the shop's staff */
  readonly receivesAwareness: boolean;
  /** the awareness client ids this connection speaks for, removed when it leaves */
  readonly controlled: Set<number>;
}

export interface RoomContext {
  store: RoomStore;
  bus: RoomBus | null;
  metrics: Metrics;
  /** updates are gathered this long and written as one row */
  flushMs: number;
  /** rows after which the room's log is folded into one */
  compactEvery: number;
  log: (message: string) => void;
}

const RETRY_MS = 1_000;

/**
 * One loaded document: the Y.Doc every connection of this process shares, its presence, and its
 * write-behind to the store. A client's update is applied, sent to the room's other connections,
 * published to other processes, and written (batched) by this process alone.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<Peer>();
  /** connections being set up and in-process users (the embedded host) holding the room loaded */
  holds = 0;
  /** stored bytes plus what arrived since the last fold: what the document-size limit is checked against */
  approxBytes = 0;
  private pending: Uint8Array[] = [];
  private writing: Promise<void> = Promise.resolve();
  private flushTimer: NodeJS.Timeout | null = null;
  private rows = 0;
  private unstoredFromBus = false;
  private closed = false;
  /** other relay processes known to hold this room: updates are published only while there are some */
  private readonly elsewhere = new Set<string>();

  constructor(
    readonly name: string,
    private readonly ctx: RoomContext,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  get pendingWrites(): number {
    return this.pending.length;
  }

  /** Loads the stored log; resolves to whether the room had never been written. */
  async load(): Promise<boolean> {
    const rows = await this.ctx.store.load(this.name);
    this.doc.transact(() => {
      for (const row of rows) {
        try {
          Y.applyUpdate(this.doc, row);
        } catch (e) {
          this.ctx.metrics.storeErrors++;
          this.ctx.log(`[relay] ${this.name}: a stored row does not decode and is skipped (${(e as Error).message})`);
        }
      }
    }, FROM_STORE);
    this.rows = rows.length;
    this.approxBytes = rows.reduce((sum, row) => sum + row.byteLength, 0);
    const bus = this.ctx.bus;
    if (bus) {
      bus
        .join(this.name, this.onBus)
        .then(() => {
          if (!this.closed) bus.publish(this.name, 'hello', Y.encodeStateVector(this.doc));
        })
        .catch((e: Error) => this.ctx.log(`[relay] ${this.name}: could not join the bus (${e.message})`));
    }
    if (this.rows > this.ctx.compactEvery) void this.compact();
    return rows.length === 0;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_STORE) return;
    this.approxBytes += update.byteLength;
    const frame = encodeUpdate(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    if (origin === FROM_BUS) {
      this.unstoredFromBus = true;
      return;
    }
    if (this.elsewhere.size > 0) this.ctx.bus?.publish(this.name, 'update', update);
    this.pending.push(update);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => void this.flush(), this.ctx.flushMs);
  };

  private readonly onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0 || this.closed) return;
    const peer = this.peerOf(origin);
    if (peer) {
      for (const id of added) peer.controlled.add(id);
      for (const id of removed) peer.controlled.delete(id);
    }
    const update = encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwareness(update);
    for (const each of this.peers) if (each.receivesAwareness) each.send(frame);
    if (origin !== FROM_BUS && this.elsewhere.size > 0) this.ctx.bus?.publish(this.name, 'awareness', update);
  };

  private peerOf(origin: unknown): Peer | null {
    for (const peer of this.peers) if (peer === origin) return peer;
    return null;
  }

  private readonly onBus = (message: BusMessage) => {
    const bus = this.ctx.bus;
    if (this.closed || !bus) return;
    if (message.kind === 'bye') this.elsewhere.delete(message.from);
    else this.elsewhere.add(message.from);
    try {
      switch (message.kind) {
        case 'update':
        case 'answer':
          Y.applyUpdate(this.doc, message.payload, FROM_BUS);
          break;
        case 'awareness':
          applyAwarenessUpdate(this.awareness, message.payload, FROM_BUS);
          break;
        case 'hello':
          bus.publish(this.name, 'answer', Y.encodeStateAsUpdate(this.doc, message.payload), message.from);
          bus.publish(this.name, 'ask', Y.encodeStateVector(this.doc), message.from);
          break;
        case 'ask':
          bus.publish(this.name, 'answer', Y.encodeStateAsUpdate(this.doc, message.payload), message.from);
          break;
        case 'bye':
          break;
      }
    } catch (e) {
      this.ctx.metrics.busRejected++;
      this.ctx.log(`[relay] ${this.name}: a bus message did not apply (${(e as Error).message})`);
    }
  };

  /** After the bus reconnects: say what this process has, so peers send what it missed. */
  announce(): void {
    if (!this.closed) this.ctx.bus?.publish(this.name, 'hello', Y.encodeStateVector(this.doc));
  }

  /** Writes what is waiting; resolves when the write (or its failure, to be retried) is over. */
  flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.writing = this.writing.then(() => this.writeBatch());
    return this.writing;
  }

  private async writeBatch(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      const only = batch.length === 1 ? batch[0] : undefined;
      await this.ctx.store.append(this.name, only ?? Y.mergeUpdates(batch));
      this.ctx.metrics.storeAppends++;
      this.rows++;
    } catch (e) {
      this.ctx.metrics.storeFailed();
      this.ctx.log(`[relay] ${this.name}: could not store ${batch.length} update(s), will retry (${(e as Error).message})`);
      this.pending = batch.concat(this.pending);
      if (!this.flushTimer && !this.closed) this.flushTimer = setTimeout(() => void this.flush(), RETRY_MS);
      return;
    }
    if (this.rows >= this.ctx.compactEvery) await this.foldNow();
  }

  /** Folds the stored log and this process's copy into one row (queued behind pending writes). */
  compact(): Promise<void> {
    this.writing = this.writing.then(() => this.foldNow());
    return this.writing;
  }

  private async foldNow(): Promise<void> {
    // The in-memory state joins the fold, so updates that reached this process only over the bus
    // (their writer may have died before storing them) are kept too; folding duplicates is harmless.
    const state = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.ctx.store.compact(this.name, (rows) => {
        const folded = foldUpdates([...rows, state]);
        this.approxBytes = folded.byteLength;
        return folded;
      });
      this.rows = 1;
      this.unstoredFromBus = false;
      this.ctx.metrics.storeCompactions++;
    } catch (e) {
      this.ctx.metrics.storeFailed();
      this.ctx.log(`[relay] ${this.name}: compaction failed (${(e as Error).message})`);
    }
  }

  /**
   * Unloads: writes what is waiting, folds the log if it has more than one row, leaves the bus.
   * At shutdown (`fold: false`) only what no row holds yet is folded in, so a stop is quick; the
   * next unload folds the rest.
   */
  async close(fold = true): Promise<void> {
    this.closed = true;
    await this.flush();
    if ((fold && this.rows > 1) || this.unstoredFromBus) await this.compact();
    if (this.pending.length > 0) this.ctx.log(`[relay] ${this.name}: ${this.pending.length} update(s) could not be stored before unloading`);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.elsewhere.size > 0) this.ctx.bus?.publish(this.name, 'bye', new Uint8Array(0));
    await this.ctx.bus?.leave(this.name).catch(() => undefined);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
