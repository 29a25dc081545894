import { createApiClient, type ApiClient, type ClientOptions } from '../core/contract';
import type { Clock, IdSource, Secrets, ServiceDeps } from '../core/services/ports';
import { ensureSystemAccounts, setupShop, type ShopSetup } from '../core/services/shop/setup';
import { openDatabase } from '../../db/open';
import { createStore, type SqliteStore } from '../../db/store';
import { seedDemoShop } from './demo/seed';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';
import { randomIds, systemClock } from './ids';
import { createCustomerDisplay } from './customer-display';
import { createDocuments } from './documents';
import { createPrintQueue, type PrintQueueOptions } from './print-queue';
import { createSerialScanner } from './serial-scanner';
import { nodeSecrets } from './secrets';
import { spreadsheets } from './spreadsheets';
import { createStockDocuments } from './stock-documents';

export interface HostOptions {
  /** the shop's SQLite file */
  dbFile: string;
  /** on first run: 'demo' (the default), a given setup, or nothing */
  setup?: 'demo' | ShopSetup | 'none';
  clock?: Clock;
  ids?: IdSource;
  secrets?: Secrets;
  busyTimeoutMs?: number;
  validateResults?: boolean;
  log?: (message: string, error?: unknown) => void;
  /** the receipt printer function and retry waits (tests shorten them) */
  printing?: PrintQueueOptions;
}

export interface Host {
  deps: ServiceDeps;
  store: SqliteStore;
  events: EventBus;
  dispatch: Dispatch;
  /** a typed in-process client (tests, CLI); pass a token to act as a logged-in user, and a language for the words of its replies */
  client(token?: string, options?: ClientOptions): ApiClient;
  /** resolves when queued receipts (and their retries) and pole display updates are done */
  printsIdle(): Promise<void>;
  /** where phones on the shop's Wi-Fi reach this host (for invoice links); set by the HTTP server */
  setLanBaseUrl(url: string | null): void;
  close(): void;
}

/** The one Node host: opens the shop file, wires the core's services to SQLite and the printer. */
export function createHost(options: HostOptions): Host {
  const log = options.log ?? ((m, e) => console.error(`[host] ${m}`, e ?? ''));
  const { db } = openDatabase(options.dbFile, options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs });
  const store = createStore(db);
  const events = createEventBus();
  const printQueue = createPrintQueue(store, events, options.printing);
  const documents = createDocuments(store);
  const display = createCustomerDisplay(events, () => store.shop.get(), log);
  const deps: ServiceDeps = {
    store,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    secrets: options.secrets ?? nodeSecrets,
    printer: printQueue,
    documents,
    display,
    sheets: spreadsheets,
    stockDocuments: createStockDocuments(printQueue.sendBytes),
  };

  const setup = options.setup ?? 'demo';
  if (setup === 'demo') seedDemoShop(deps);
  else if (setup !== 'none') setupShop(deps, setup);
  ensureSystemAccounts(deps);
  // Receipts still pending belong to a host that stopped: show them as failed so they can be reprinted.
  store.printJobs.failStale(deps.clock.now().toISOString(), 'The app stopped before this receipt printed; press Reprint');

  const dispatch = createDispatcher(deps, { events, validateResults: options.validateResults ?? false, log });
  // A serial scanner follows the shop's settings as the owner changes them.
  const scanner = createSerialScanner(events, log);
  const followSettings = () => {
    const shop = store.shop.find();
    if (shop) scanner.configure(shop.scanner);
  };
  followSettings();
  const unsubscribe = events.subscribe((e) => {
    if (e.event === 'data.changed' && e.payload.areas.includes('shop')) followSettings();
  });
  return {
    deps,
    store,
    events,
    dispatch,
    client: (token, clientOptions) => createApiClient(dispatch, token, clientOptions),
    printsIdle: async () => {
      await printQueue.idle();
      await display.idle();
    },
    setLanBaseUrl: (url) => documents.setLanBaseUrl(url),
    close: () => {
      unsubscribe();
      scanner.close();
      printQueue.stop();
      store.checkpoints.flush();
      db.close();
    },
  };
}
