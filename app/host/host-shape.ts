import type { ApiClient, ClientOptions } from '../core/contract';
import type { Clock, IdSource, Secrets, ServiceDeps } from '../core/services/ports';
import type { ShopSetup } from '../core/services/shop/setup';
import type { SqliteStore } from '../../db/store';
import type { HostBackups } from './backups/host-backups';
import type { Dispatch } from './dispatcher';
import type { EventBus } from './event-bus';
import type { LocalSettings } from './local-settings';
import type { HostForecastJobs } from './forecasting/shop-runs';
import type { HostInsightsJobs } from './insights/shop-jobs';
import type { PrintQueueOptions } from './print-queue';

export interface HostOptions {
  /** the shop's SQLite file */
  dbFile: string;
  /** the folder with this PC's settings and the backups (default: the shop file's folder) */
  dataDir?: string;
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
  /** automatic backups (a schedule, and one on close); the CLI and the desktop app turn them on */
  backups?: AutomaticBackups | false;
  /** imports, exports and report files on a worker thread (workers/heavy-lane.ts); the CLI and the desktop app turn it on */
  offload?: boolean;
  /**
   * Tests and benchmarks only: a login from a device nobody registered registers it on the spot.
   * The app never sets it; there a manager or the owner registers each device once.
   */
  registerDevicesOnLogin?: boolean;
  /** Tests only: sessions outlive their idle and absolute limits (a fixed clock moved across months). */
  sessionsNeverExpire?: boolean;
  /** a forecasting run each night (after 2 am) and the insights job (after 3 am) when none ran that day; the CLI and the desktop app turn it on */
  nightlyForecast?: boolean;
}

export interface AutomaticBackups {
  /** how often the schedule looks whether a backup is due (default 5 minutes) */
  everyMs?: number;
  /** the first look after start (default 1 minute, off the start's path) */
  firstAfterMs?: number;
  /** the wall clock backups are named and scheduled by */
  now?: () => Date;
}

export interface Host {
  deps: ServiceDeps;
  store: SqliteStore;
  events: EventBus;
  dispatch: Dispatch;
  /** backups of this shop file: list, create, verify, preview, restore, status */
  backups: HostBackups;
  /** this PC's settings (device paths, names, the owner's backup folder) */
  settings: LocalSettings;
  /** what the start found: a first run (demo shop made), and what quick_check cost */
  startup: { firstRun: boolean; quickCheckMs: number | null };
  /** forecasting runs on the worker thread (null for an in-memory shop) */
  forecasts: HostForecastJobs | null;
  /** the insights job on its worker thread and its last report (null for an in-memory shop) */
  insights: HostInsightsJobs | null;
  /** the requests this host is serving, shared with long jobs' threads so they pause meanwhile (workers/counter-gate.ts) */
  counterGate: SharedArrayBuffer;
  /** a typed in-process client (tests, CLI); pass a token to act as a logged-in user, and a language for the words of its replies */
  client(token?: string, options?: ClientOptions): ApiClient;
  /** resolves when queued receipts (and their retries) and pole display updates are done */
  printsIdle(): Promise<void>;
  /** where phones on the shop's Wi-Fi reach this host (for invoice links); set by the HTTP server */
  setLanBaseUrl(url: string | null): void;
  /** the HTTPS address and the shop CA's fingerprint a tablet is paired with (set by the CLI with --lan) */
  setPairing(pairing: { url: string; caFingerprint: string; caCertUrl: string } | null): void;
  close(): void;
}
