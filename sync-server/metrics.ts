import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BusStats } from './bus';

/** Why a client's message did not reach the document (counted, never an error for the relay). */
export type DropReason = 'read-only' | 'awareness-read-only' | 'awareness-too-large' | 'auth-message';

export interface Gauges {
  rooms: number;
  connections: number;
  /** updates waiting to be written */
  pendingWrites: number;
}

const RING = 4096;
const LOOP_WINDOW_MS = 20_000;

/** The relay's counters, served at /metrics (Prometheus text) and /metrics.json. */
export class Metrics {
  bytesIn = 0;
  bytesOut = 0;
  messagesIn = 0;
  messagesOut = 0;
  connectionsOpened = 0;
  readonly dropped = new Map<DropReason, number>();
  /** connections refused or closed by the relay, by close code */
  readonly closedByRelay = new Map<number, number>();
  storeAppends = 0;
  storeCompactions = 0;
  storeErrors = 0;
  /** when a store operation last failed (performance.now()), for /health */
  storeFailedAt = -Infinity;
  /** the bus's own counts, when there is a bus */
  busStats: (() => BusStats) | null = null;
  /** bus messages that did not apply to the document */
  busRejected = 0;
  /** how late the event loop runs timers: a busy or starved process shows here before anywhere else */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  /** the last full window of LOOP_WINDOW_MS */
  private loopWindow = { p50: 0, p99: 0, max: 0 };
  private readonly loopTimer: NodeJS.Timeout;
  private readonly fanOut = new Float64Array(RING);
  private fanOutCount = 0;

  constructor() {
    this.loopDelay.enable();
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    this.loopTimer = setInterval(() => {
      this.loopWindow = { p50: ms(this.loopDelay.percentile(50)), p99: ms(this.loopDelay.percentile(99)), max: ms(this.loopDelay.max) };
      this.loopDelay.reset();
    }, LOOP_WINDOW_MS);
    this.loopTimer.unref();
  }

  /** stops the event-loop sampler (the relay is closing) */
  stop(): void {
    clearInterval(this.loopTimer);
    this.loopDelay.disable();
  }

  storeFailed(): void {
    this.storeErrors++;
    this.storeFailedAt = performance.now();
  }

  drop(reason: DropReason): void {
    this.dropped.set(reason, (this.dropped.get(reason) ?? 0) + 1);
  }

  closed(code: number): void {
    this.closedByRelay.set(code, (this.closedByRelay.get(code) ?? 0) + 1);
  }

  /** from a client's message arriving to its update handed to every other connection of the room */
  recordFanOut(ms: number): void {
    this.fanOut[this.fanOutCount % RING] = ms;
    this.fanOutCount++;
  }

  /** nearest-rank percentile over the last RING fan-outs (0 when there were none) */
  fanOutPercentile(p: number): number {
    const n = Math.min(this.fanOutCount, RING);
    if (n === 0) return 0;
    const sorted = Array.from(this.fanOut.subarray(0, n)).sort((a, b) => a - b);
    return sorted[Math.min(n, Math.max(1, Math.ceil((p / 100) * n))) - 1] ?? 0;
  }

  snapshot(gauges: Gauges) {
    return {
      ...gauges,
      connectionsOpened: this.connectionsOpened,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      messagesIn: this.messagesIn,
      messagesOut: this.messagesOut,
      dropped: Object.fromEntries(this.dropped),
      closedByRelay: Object.fromEntries(this.closedByRelay),
      store: { appends: this.storeAppends, compactions: this.storeCompactions, errors: this.storeErrors },
      bus: { ...(this.busStats?.() ?? { published: 0, received: 0, errors: 0 }), rejected: this.busRejected },
      cpuSeconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e4) / 100,
      fanOutMs: { samples: Math.min(this.fanOutCount, RING), p50: this.fanOutPercentile(50), p95: this.fanOutPercentile(95), p99: this.fanOutPercentile(99) },
      eventLoopDelayMs: this.loopWindow,
      memoryBytes: process.memoryUsage().rss,
    };
  }

  prometheus(gauges: Gauges): string {
    const s = this.snapshot(gauges);
    const lines: string[] = [];
    const metric = (name: string, type: 'gauge' | 'counter', help: string, values: Array<[string, number]>) => {
      lines.push(`# HELP sk_sync_${name} ${help}`, `# TYPE sk_sync_${name} ${type}`);
      for (const [labels, value] of values) lines.push(`sk_sync_${name}${labels} ${value}`);
    };
    metric('rooms', 'gauge', 'Documents loaded in this process.', [['', s.rooms]]);
    metric('connections', 'gauge', 'Open client connections.', [['', s.connections]]);
    metric('pending_writes', 'gauge', 'Updates waiting to be written to the store.', [['', s.pendingWrites]]);
    metric('connections_opened_total', 'counter', 'Connections accepted.', [['', s.connectionsOpened]]);
    metric('bytes_in_total', 'counter', 'Bytes received from clients.', [['', s.bytesIn]]);
    metric('bytes_out_total', 'counter', 'Bytes sent to clients.', [['', s.bytesOut]]);
    metric('messages_in_total', 'counter', 'Messages received from clients.', [['', s.messagesIn]]);
    metric('messages_out_total', 'counter', 'Messages sent to clients.', [['', s.messagesOut]]);
    metric(
      'messages_dropped_total',
      'counter',
      'Client messages dropped, by reason.',
      [...this.dropped].map(([r, v]) => [`{reason="${r}"}`, v]),
    );
    metric(
      'closed_by_relay_total',
      'counter',
      'Connections refused or closed by the relay, by close code.',
      [...this.closedByRelay].map(([c, v]) => [`{code="${c}"}`, v]),
    );
    metric('store_appends_total', 'counter', 'Rows appended to the store.', [['', s.store.appends]]);
    metric('store_compactions_total', 'counter', 'Compactions.', [['', s.store.compactions]]);
    metric('store_errors_total', 'counter', 'Store operations that failed (retried).', [['', s.store.errors]]);
    metric('bus_published_total', 'counter', 'Messages published to other relay processes.', [['', s.bus.published]]);
    metric('bus_received_total', 'counter', 'Messages received from other relay processes.', [['', s.bus.received]]);
    metric('fanout_ms', 'gauge', 'Fan-out latency over the last 4096 updates, by quantile.', [
      ['{quantile="0.5"}', s.fanOutMs.p50],
      ['{quantile="0.95"}', s.fanOutMs.p95],
      ['{quantile="0.99"}', s.fanOutMs.p99],
    ]);
    metric('event_loop_delay_ms', 'gauge', `Event-loop delay over the last ${LOOP_WINDOW_MS / 1000} s window, by quantile.`, [
      ['{quantile="0.5"}', s.eventLoopDelayMs.p50],
      ['{quantile="0.99"}', s.eventLoopDelayMs.p99],
    ]);
    metric('cpu_seconds_total', 'counter', 'CPU time used by the process (user + system).', [['', s.cpuSeconds]]);
    metric('resident_memory_bytes', 'gauge', 'Resident set size of the process.', [['', s.memoryBytes]]);
    return `${lines.join('\n')}\n`;
  }
}
