import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncPath } from '../../db/backup/copy';
import { createApiClient, DATA_AREAS, isLang } from '../core/contract';
import type { ServiceDeps } from '../core/services/ports';
import { ensureSystemAccounts, setupShop } from '../core/services/shop/setup';
import { settleUnfinishedImports } from '../core/services/catalog/import-commit';
import { openDatabase, ShopFileError, type OpenedDatabase } from '../../db/open';
import { createStore } from '../../db/store';
import { deferredSync } from '../../db/deferred-sync';
import { allowDevicePaths, forbidDeviceRoots } from '../../printers/transports/device-paths';
import { createHostBackups } from './backups/host-backups';
import { startSchedule } from './backups/schedule';
import { shopBackupsPort } from './backups/backups-port';
import { seedDemoShop } from './demo/seed';
import { createShopFiles } from './demo/shop-files';
import { admit, coerceError, createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus } from './event-bus';
import { takeHostLock } from './host-lock';
import { randomIds, systemClock } from './ids';
import { createCustomerDisplay } from './customer-display';
import { createDocuments } from './documents';
import { readLocalSettings } from './local-settings';
import { createForecastJobs } from './forecasting/shop-runs';
import { createCounterGate } from './workers/counter-gate';
import { createInsightsJobs } from './insights/shop-jobs';
import { createPrintQueue } from './print-queue';
import { createSerialScanner } from './serial-scanner';
import { nodeSecrets } from './secrets';
import { spreadsheets } from './spreadsheets';
import { createStockDocuments } from './stock-documents';
import { createHeavyLane, offloadedImportChecks, offloadedSpreadsheets, offloadedTables } from './workers/heavy-lane';
import { backupDirs, checkBeforeOpen, newestBackupIn, ShopFileProblem } from './start-checks';

import type { Host, HostOptions } from './host-shape';

export type { AutomaticBackups, Host, HostOptions } from './host-shape';

const SWAPPING = 'The demo shop is being put aside for the real one. Nothing was saved; try again in a moment.';
const RESTORING = 'The shop file is being restored from a backup. Nothing was saved; try again in a minute.';

/**
 * quick_check reads every page: about a second for a 400 MB file of 100,000 bills (bench
 * `restore`), once a day at start, worth it before any bill is written into a damaged file. Past
 * this size it would keep the counter waiting too long; the daily backup's full integrity_check,
 * a minute after start on a worker, then catches damage and raises the alert.
 */
export const QUICK_CHECK_AT_START_MAX_BYTES = 1 << 30;

/** The one Node host: checks and opens the shop file, wires the core's services to SQLite and the printer. */
export function createHost(options: HostOptions): Host {
  const log = options.log ?? ((m, e) => console.error(`[host] ${m}`, e ?? ''));
  const dataDir = options.dataDir ?? dirname(options.dbFile);
  const settings = readLocalSettings(dataDir, log);
  const dirs = backupDirs(dataDir, settings);
  forbidDeviceRoots([dataDir, ...dirs]);
  allowDevicePaths(settings.allowedDevices);
  const firstRun = options.dbFile !== ':memory:' && checkBeforeOpen(options.dbFile, dirs) === 'first-run';
  const events = createEventBus();
  let lanBaseUrl: string | null = null;
  const lane = options.offload ? createHeavyLane({ dbFile: options.dbFile, validateResults: options.validateResults ?? false, log }) : null;

  const open = (file = options.dbFile) => {
    let db: OpenedDatabase['db'];
    let quickCheckMs: number | null;
    try {
      const quickCheck = !existsSync(file) || statSync(file).size <= QUICK_CHECK_AT_START_MAX_BYTES;
      ({ db, quickCheckMs } = openDatabase(file, { busyTimeoutMs: options.busyTimeoutMs, backupDir: dirs[0], quickCheck }));
      if (!quickCheck) log(`[host] the shop file is over ${QUICK_CHECK_AT_START_MAX_BYTES >> 30} GB: quick_check is left to the daily backup`);
    } catch (e) {
      if (e instanceof ShopFileError) throw new ShopFileProblem(e.found, e.detail, newestBackupIn(dirs), options.dbFile);
      throw e;
    }
    const store = createStore(db);
    const printer = createPrintQueue(store, events, options.printing);
    const inline = createDocuments(store);
    inline.setLanBaseUrl(lanBaseUrl);
    const documents = lane ? { ...inline, ...offloadedTables(lane) } : inline;
    const display = createCustomerDisplay(events, () => store.shop.get(), log);
    return { db, store, printer, documents, display, quickCheckMs, stockDocuments: createStockDocuments(printer.sendBytes) };
  };
  // A first run builds the new shop file beside its place and renames it in when it is complete,
  // so a power cut half-way leaves no empty or half-made shop file for the next start to refuse.
  const creating = `${options.dbFile}.creating`;
  if (firstRun) for (const f of [creating, `${creating}-wal`, `${creating}-shm`]) rmSync(f, { force: true });
  let parts = open(firstRun ? creating : options.dbFile);
  const deps: ServiceDeps = {
    store: parts.store,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    secrets: options.secrets ?? nodeSecrets,
    printer: parts.printer,
    documents: parts.documents,
    display: parts.display,
    sheets: lane ? offloadedSpreadsheets(lane) : spreadsheets,
    ...(lane ? { importChecks: offloadedImportChecks(lane, () => deps.clock.now()) } : {}),
    stockDocuments: parts.stockDocuments,
    shopFiles: createShopFiles({
      dbFile: options.dbFile,
      deps: () => deps,
      // The request that moves the file is itself in flight: nothing to drain.
      reopen: (move) => withFileClosed(SWAPPING, move, { drain: false }),
    }),
    ...(options.registerDevicesOnLogin || options.sessionsNeverExpire
      ? { devicePolicy: { registerOnLogin: options.registerDevicesOnLogin === true, sessionsNeverExpire: options.sessionsNeverExpire === true } }
      : {}),
  };

  const closeParts = () => {
    parts.printer.stop();
    parts.store.checkpoints.flush();
    parts.db.close();
  };
  const reopenParts = () => {
    parts = open();
    Object.assign(deps, {
      store: parts.store,
      printer: parts.printer,
      documents: parts.documents,
      display: parts.display,
      stockDocuments: parts.stockDocuments,
    });
  };

  const setup = options.setup ?? 'demo';
  if (setup === 'demo') seedDemoShop(deps);
  else if (setup !== 'none') setupShop(deps, setup);
  ensureSystemAccounts(deps);
  if (firstRun) {
    closeParts();
    renameSync(creating, options.dbFile);
    syncPath(dirname(options.dbFile));
    reopenParts();
  }
  const releaseLock = options.dbFile === ':memory:' ? () => {} : takeHostLock(options.dbFile);
  // Receipts still pending belong to a host that stopped: show them as failed so they can be reprinted.
  // An import it stopped part-way is finished one way or the other before anyone is served.
  const failStale = () => {
    parts.store.printJobs.failStale(deps.clock.now().toISOString(), 'The app stopped before this receipt printed; press Reprint');
    if (settleUnfinishedImports(deps) > 0) log('[host] an import stopped part-way was settled (all its rows or none)');
  };
  failStale();

  // Long jobs on worker threads pause while the host serves a request.
  const gate = createCounterGate();
  const forecasts =
    options.dbFile === ':memory:'
      ? null
      : createForecastJobs({ dbFile: options.dbFile, store: () => parts.store, clock: deps.clock, ids: deps.ids, events, log, counterGate: gate.shared });
  if (forecasts) {
    deps.forecastJobs = forecasts;
    parts.store.forecasting.failUnfinished(deps.clock.now().toISOString());
  }
  const stopNightly = forecasts && options.nightlyForecast ? forecasts.nightly() : () => {};
  const insights =
    options.dbFile === ':memory:' ? null : createInsightsJobs({ dbFile: options.dbFile, clock: deps.clock, events, log, counterGate: gate.shared });
  if (insights) deps.insightsJobs = insights;
  // An import's bulk commits: their fsync on the thread pool, never on the counter's thread.
  deps.unsyncedWrites = deferredSync(() => parts.store);
  const stopNightlyInsights = insights && options.nightlyForecast ? insights.nightly() : () => {};

  const inner = createDispatcher(deps, { events, validateResults: options.validateResults ?? false, log });
  let inFlight = 0;
  let maintenance: string | null = null;
  const dispatch: Dispatch = async (request) => {
    if (maintenance) return { id: request.id, ok: false, error: { code: 'DB_BUSY', message: maintenance } };
    // A restore asked through the API waits for every other call before the swap, not for itself.
    const counted = request.method !== 'shop.restoreBackup';
    if (counted) inFlight += 1;
    gate.enter();
    try {
      if (!lane?.handles(request.method)) return await inner(request);
      // Refused here, on the host's thread, before anything is handed to the worker.
      const lang = isLang(request.lang) ? request.lang : 'en';
      try {
        admit(deps, request, lang);
      } catch (e) {
        return { id: request.id, ok: false, error: coerceError(e, log) };
      }
      return await lane.call(request, deps.clock.now());
    } finally {
      gate.leave();
      if (counted) inFlight -= 1;
    }
  };

  // A serial scanner follows the shop's settings as the owner changes them.
  /** Closes the shop file for `swap` (a move or a restore) and opens it again whatever happens; requests meanwhile are refused with `state`. */
  const withFileClosed = async (state: string, swap: () => void | Promise<void>, { drain }: { drain: boolean }) => {
    maintenance = state;
    try {
      while (drain && inFlight > 0) await new Promise((r) => setTimeout(r, 20));
      await parts.printer.idle();
      await parts.display.idle();
      // The worker's read connection would go on reading the old file.
      lane?.close();
      closeParts();
      try {
        await swap();
      } finally {
        reopenParts();
        ensureSystemAccounts(deps);
        failStale();
        followSettings();
      }
    } finally {
      maintenance = null;
    }
  };

  const scanner = createSerialScanner(events, log);
  const followSettings = () => {
    const shop = parts.store.shop.find();
    if (shop) scanner.configure(shop.scanner);
  };
  followSettings();

  const backups = createHostBackups({
    shopFile: options.dbFile,
    dirs,
    extraDir: settings.backupFolder,
    shopName: () => {
      const shop = parts.store.shop.find();
      return shop ? (shop.demo ? `DEMO ${shop.name}` : shop.name) : null;
    },
    log,
    ...(options.backups && options.backups.now ? { now: options.backups.now } : {}),
    async reopen(swap) {
      await withFileClosed(RESTORING, swap, { drain: true });
      events.publish({ event: 'data.changed', payload: { areas: [...DATA_AREAS] } });
    },
  });

  if (options.dbFile !== ':memory:') deps.backups = shopBackupsPort(backups, dataDir, log);

  const unsubscribe = events.subscribe((e) => {
    if (e.event !== 'data.changed') return;
    backups.noteChange(e.payload.areas.includes('billing'));
    if (e.payload.areas.includes('shop')) followSettings();
  });
  const schedule = options.backups ? startSchedule(backups, options.backups, log) : () => {};

  return {
    deps,
    get store() {
      return parts.store;
    },
    events,
    dispatch,
    backups,
    settings,
    startup: { firstRun, quickCheckMs: parts.quickCheckMs },
    forecasts,
    insights,
    counterGate: gate.shared,
    client: (token, clientOptions) => createApiClient(dispatch, token, clientOptions),
    printsIdle: async () => {
      await parts.printer.idle();
      await parts.display.idle();
    },
    setPairing: (pairing) => {
      if (pairing) deps.pairing = pairing;
      else delete deps.pairing;
    },
    setLanBaseUrl: (url) => {
      lanBaseUrl = url;
      parts.documents.setLanBaseUrl(url);
    },
    close: () => {
      stopNightly();
      stopNightlyInsights();
      forecasts?.close();
      insights?.close();
      schedule();
      unsubscribe();
      lane?.close();
      scanner.close();
      parts.printer.stop();
      parts.store.checkpoints.flush();
      if (options.backups && backups.changedSinceBackup()) backups.createNow('close');
      parts.db.close();
      releaseLock();
    },
  };
}
