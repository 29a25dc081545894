import type * as Y from 'yjs';
import { OutboxCommand, SYNC_KEYS, type CommandOutcome } from '../../core/contract/sync-documents';
import type { CallContext, ServiceDeps } from '../../core/services';
import type { AppliedCommand } from '../../core/services/sync/ports';
import { message, sayMessage } from '../../core/i18n/fail';
import { isPassing, paramsToApply, pricedFromOlderCatalogue, wordsOf } from '../../core/sync/commands';
import { callAs } from './apply-as';
import { keptLookup } from './kept-lookup';
import { idOf, outcomeOf, referenceOf } from './command-rows';
import type { EventBus } from '../event-bus';
import type { DataArea } from '../../core/contract/define';
import type { ApplierPace } from './applier-pace';
import { sayWhenSynced } from './say-when-synced';

export interface Outbox {
  deviceId: string;
  doc: Y.Doc;
}

export interface ApplierOptions {
  deps: ServiceDeps;
  events: EventBus;
  /** the catalog version devices price against now */
  catalogVersion(): number;
  /** where outcomes go (the staff document), a batch's together */
  publish(outcomes: readonly CommandOutcome[]): void;
  log: (message: string, error?: unknown) => void;
  /** how long a command refused for a passing reason (a busy disk) waits before it is tried again */
  retryMs?: number;
  /** the most commands applied in one transaction */
  batchSize?: number;
  /** a batch takes no more commands once it has run this long (while the counter is quiet; `pace` shortens it) */
  batchBudgetMs?: number;
  /** how long the next batch may run, from what the counter is serving (applier-pace.ts) */
  pace?: ApplierPace;
  /** batches committed without waiting for the disk, then synced off the thread (db/deferred-sync.ts) */
  durable?: { transaction<T>(fn: () => T): T; flush(): Promise<void> };
}

export interface Applier {
  /** observes a device's outbox document and applies what it holds and what comes */
  watch(outbox: Outbox): () => void;
  /** per device: commands seen but not yet applied or refused */
  pending(): Map<string, number>;
  /** resolves when nothing is waiting */
  idle(): Promise<void>;
  /** how many commands this process applied or refused (not counting those found done) */
  readonly done: number;
  close(): void;
}

interface Waiting {
  deviceId: string;
  raw: unknown;
  id: string;
}

/** One command's result inside a batch: its outcome row and the areas it changed, or 'later' (a passing refusal). */
type Applied = { row: AppliedCommand; changes: readonly DataArea[] } | 'later';

interface BatchLookups {
  /** the catalog version devices price against, read once a batch (no command of a batch changes the catalogue) */
  catalogVersion: number;
  device(id: string): ReturnType<ServiceDeps['store']['devices']['get']>;
  user(id: string): ReturnType<ServiceDeps['store']['users']['get']>;
}

/**
 * Applies each device's offline commands exactly once, as the device's user (docs/sync.md
 * "Rules"), in batches: each batch is one transaction (one fsync) holding the postings and their
 * sync_commands rows, so a crash keeps all of a batch or none of it. The command's uuid is the key
 * of its row and the posting's clientRef. A batch is bounded in size and time and the event loop
 * runs between batches, so the counter's own requests wait at most one batch.
 */
export function createApplier(options: ApplierOptions): Applier {
  const { deps, log } = options;
  const batchSize = options.batchSize ?? 200;
  const budgetMs = options.batchBudgetMs ?? 25;
  const queue: Waiting[] = [];
  const queued = new Set<string>();
  const waiters: Array<() => void> = [];
  let running = false;
  let closed = false;
  let done = 0;
  let retry: NodeJS.Timeout | null = null;
  const { pace } = options;
  const transaction = options.durable?.transaction ?? deps.store.transaction;
  const watched = new Set<Outbox>();
  // The commands a device may queue change neither devices nor users, so each is looked up once and
  // kept until a change of users or devices is announced (a retire, a deactivation, a restore); the
  // dispatcher announces it before the event loop can run another batch.
  const devices = keptLookup((id) => deps.store.devices.get(id));
  const users = keptLookup((id) => deps.store.users.get(id));
  const unsubscribe = options.events.subscribe((e) => {
    if (e.event !== 'data.changed' || !e.payload.areas.includes('users')) return;
    devices.forget();
    users.forget();
  });

  const scan = (outbox: Outbox, commands: readonly unknown[]) => {
    const known: CommandOutcome[] = [];
    for (const raw of commands) {
      const id = idOf(raw);
      if (id === null || queued.has(id)) continue;
      const row = deps.store.syncCommands.get(id);
      if (row) {
        // Recorded before (this run or an earlier one): the outcome is said again, in case the staff document was re-seeded.
        known.push(outcomeOf(row));
        continue;
      }
      queued.add(id);
      queue.push({ deviceId: outbox.deviceId, raw, id });
    }
    if (known.length > 0) options.publish(known);
    void drain();
  };

  function applyOne(w: Waiting, at: string, people: BatchLookups): Applied {
    const refused = (words: { en: string; hi: string }, userId = '', method = '', queuedAt = at): Applied => ({
      row: {
        commandId: w.id,
        deviceId: w.deviceId,
        method,
        userId,
        status: 'refused',
        reference: null,
        messageEn: words.en,
        messageHi: words.hi,
        flagged: false,
        queuedAt,
        appliedAt: at,
      },
      changes: [],
    });
    const words = (key: 'sync.commandUnreadable' | 'sync.deviceRemoved' | 'sync.userUnknown') => {
      const m = message(key);
      return { en: sayMessage('en', m), hi: sayMessage('hi', m) };
    };
    const parsed = OutboxCommand.safeParse(w.raw);
    if (!parsed.success) return refused(words('sync.commandUnreadable'));
    const command = parsed.data;
    const device = people.device(w.deviceId);
    if (!device || device.retiredAt !== null) return refused(words('sync.deviceRemoved'), command.userId, command.method, command.at);
    const user = people.user(command.userId);
    if (!user || !user.active) return refused(words('sync.userUnknown'), command.userId, command.method, command.at);

    const params = paramsToApply(command);
    const ctx: CallContext = {
      user: { id: user.id, name: user.name, role: user.role },
      device: { id: device.id, code: device.code, name: device.name },
      tokenHash: '',
      lang: 'en',
    };
    let changedPrices: string[] = [];
    if (command.method === 'billing.postInvoice') {
      const bill = params as { lines?: Array<{ productId: string; unitPricePaise?: number; discountPaise?: number }>; billDiscountPaise?: number };
      const lines = Array.isArray(bill.lines) ? bill.lines : [];
      changedPrices = pricedFromOlderCatalogue(lines, (id) => deps.store.catalog.get(id)?.pricePaise, command.catalogVersion, people.catalogVersion);
      const discounts = lines.some((l) => (l.discountPaise ?? 0) > 0) || (bill.billDiscountPaise ?? 0) > 0;
      if (changedPrices.length > 0 && !discounts) ctx.grants = ['price.override'];
    }
    const reply = callAs(deps, ctx, command.method, params, log);
    if (!reply.ok) {
      if (isPassing(reply.error)) return 'later';
      return refused(wordsOf(reply.error), command.userId, command.method, command.at);
    }
    let flagged = changedPrices.length > 0;
    if (command.method === 'billing.postInvoice') {
      const lines = (params as { lines: Array<{ productId: string }> }).lines;
      // One prepared lookup per product: this runs for every bill of a backlog.
      flagged ||= lines.some((l) => deps.store.stock.level(l.productId).qtyMilli < 0);
    }
    const row: AppliedCommand = {
      commandId: w.id,
      deviceId: w.deviceId,
      method: command.method,
      userId: command.userId,
      status: 'applied',
      reference: referenceOf(reply.result),
      messageEn: null,
      messageHi: null,
      flagged,
      queuedAt: command.at,
      appliedAt: at,
    };
    return { row, changes: reply.changes };
  }

  /**
   * Applies the head of the queue in one transaction and answers what it recorded. A passing
   * refusal ends the batch (what came before it is kept); a failed commit keeps nothing.
   */
  function applyBatch(budget: number): { recorded: AppliedCommand[]; changes: Set<DataArea>; later: boolean } {
    const started = performance.now();
    const at = deps.clock.now().toISOString();
    const recorded: AppliedCommand[] = [];
    const changes = new Set<DataArea>();
    let later = false;
    const people: BatchLookups = { catalogVersion: options.catalogVersion(), device: devices.get, user: users.get };
    try {
      transaction(() => {
        for (const w of queue) {
          if (recorded.length >= batchSize || (recorded.length > 0 && performance.now() - started >= budget)) break;
          const applied = applyOne(w, at, people);
          if (applied === 'later') {
            later = true;
            break;
          }
          const first = deps.store.syncCommands.record(applied.row);
          recorded.push(first ? applied.row : (deps.store.syncCommands.get(applied.row.commandId) ?? applied.row));
          applied.changes.forEach((area) => changes.add(area));
        }
      });
    } catch (e) {
      log('[sync] a batch of commands could not be applied now', e);
      return { recorded: [], changes: new Set(), later: true };
    }
    return { recorded, changes, later };
  }

  // Said only once the batch is on disk: a device never sees an outcome a crash could take back.
  const saying = sayWhenSynced({
    flush: options.durable?.flush ?? (() => Promise.resolve()),
    say: (outcomes, changes) => {
      if (outcomes.length > 0) options.publish(outcomes);
      if (changes.size > 0) options.events.publish({ event: 'data.changed', payload: { areas: [...changes] } });
    },
    log,
    retryMs: options.retryMs ?? 1000,
    closed: () => closed,
    settled: () => settle(),
  });
  const settle = () => {
    if (queue.length === 0 && !running && !saying.busy()) waiters.splice(0).forEach((resolve) => resolve());
  };

  async function drain(): Promise<void> {
    if (running || closed) return;
    running = true;
    try {
      while (queue.length > 0 && !closed) {
        await pace?.clear();
        if (closed) break;
        const started = performance.now();
        const { recorded, changes, later } = applyBatch(pace ? pace.budgetMs(budgetMs) : budgetMs);
        const took = performance.now() - started;
        queue.splice(0, recorded.length);
        for (const row of recorded) queued.delete(row.commandId);
        done += recorded.length;
        if (recorded.length > 0) saying.add(recorded.map(outcomeOf), changes);
        if (later) {
          retry ??= setTimeout(() => {
            retry = null;
            void drain();
          }, options.retryMs ?? 1000);
          retry.unref();
          break;
        }
        // The counter's own requests and the relay's sockets run between two batches.
        await (pace ? pace.rest(took) : new Promise((resolve) => setImmediate(resolve)));
      }
    } finally {
      running = false;
      settle();
    }
  }
  return {
    watch(outbox) {
      watched.add(outbox);
      const commands = outbox.doc.getArray<unknown>(SYNC_KEYS.outbox.commands);
      // Only what an update added is looked at: a device's outbox of thousands is not read again per command.
      const observer = (event: Y.YArrayEvent<unknown>) =>
        scan(
          outbox,
          [...event.changes.added].flatMap((item) => item.content.getContent()),
        );
      commands.observe(observer);
      scan(outbox, commands.toArray());
      return () => {
        commands.unobserve(observer);
        watched.delete(outbox);
      };
    },
    pending() {
      const counts = new Map<string, number>();
      for (const w of queue) counts.set(w.deviceId, (counts.get(w.deviceId) ?? 0) + 1);
      return counts;
    },
    idle: () => (queue.length === 0 && !running && !saying.busy() ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    get done() {
      return done;
    },
    close() {
      closed = true;
      unsubscribe();
      if (retry) clearTimeout(retry);
      waiters.splice(0).forEach((resolve) => resolve());
    },
  };
}
