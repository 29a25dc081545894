import type { ChainCheck, ChainedAuditRow } from '../audit/chain';
import type { AccountingStore } from './accounting/ports';
import type { AuthStore, DevicePolicy, Pairing } from './auth/ports';
import type { BankStore } from './bank/ports';
import type { BillingStore } from './billing/ports';
import type { CatalogStore, ImportChecks, Spreadsheets, UnsyncedWrites } from './catalog/ports';
import type { CustomersStore } from './customers/ports';
import type { CustomerDisplay } from './display/ports';
import type { ForecastingStore, ForecastJobs } from './forecasting/ports';
import type { GstStore } from './gst/ports';
import type { InsightsJobs, InsightsStore } from './insights/ports';
import type { InventoryStore } from './inventory/ports';
import type { KhataStore } from './khata/ports';
import type { OrdersStore, WebShopRelayPort } from './orders/ports';
import type { Documents, PrintingStore, PrintQueue, StockDocuments } from './printing/ports';
import type { PurchasingStore } from './purchasing/ports';
import type { ReportsStore } from './reports/ports';
import type { CustomReportsStore } from './reports/custom-ports';
import type { ShopBackups, ShopFiles, ShopStore } from './shop/ports';
import type { SuppliersStore } from './suppliers/ports';
import type { HostSyncPort, SyncStore } from './sync/ports';
import type { UsersStore } from './users/ports';

/**
 * What the services need from the world, composed from each area's ports.ts: db/ implements the
 * Store on SQLite; the host implements the rest. Store calls are synchronous (better-sqlite3), so
 * one business action is one synchronous transaction.
 */
export interface ServiceDeps {
  store: Store;
  clock: Clock;
  ids: IdSource;
  secrets: Secrets;
  printer: PrintQueue;
  documents: Documents;
  display: CustomerDisplay;
  sheets: Spreadsheets;
  stockDocuments: StockDocuments;
  shopFiles: ShopFiles;
  /** the shop file's backups (absent where the host keeps none, e.g. an in-memory shop or the heavy-work thread) */
  backups?: ShopBackups;
  /** how tablets reach and trust this host (set by the HTTP server when it serves the Wi-Fi) */
  pairing?: Pairing;
  /** unknown browsers: refused at login unless a test host says otherwise (auth/ports.ts) */
  devicePolicy?: DevicePolicy;
  /** forecasting runs on a worker thread (absent where no run can start, e.g. the heavy-work thread) */
  forecastJobs?: ForecastJobs;
  /** the insights job on a worker thread and its last report (absent where no run can start) */
  insightsJobs?: InsightsJobs;
  /** the embedded relay and its cloud bridge (absent until the host runs sync) */
  sync?: HostSyncPort;
  /** the web shop's bridge to the cloud relay (absent until the HTTP host runs) */
  webShopRelay?: WebShopRelayPort;
  /** an import's bulk commits without an fsync on the host's thread (catalog/ports.ts) */
  unsyncedWrites?: UnsyncedWrites;
  /** an import's file checked on the heavy-work thread before its commit writes it (catalog/ports.ts) */
  importChecks?: ImportChecks;
}

/** Every area's repositories, plus the records every area writes (audit trail, sync outbox). */
export interface Store
  extends
    ShopStore,
    UsersStore,
    AuthStore,
    CatalogStore,
    CustomersStore,
    BillingStore,
    InventoryStore,
    SuppliersStore,
    PurchasingStore,
    AccountingStore,
    KhataStore,
    GstStore,
    BankStore,
    PrintingStore,
    ForecastingStore,
    InsightsStore,
    SyncStore,
    OrdersStore,
    ReportsStore,
    CustomReportsStore {
  /** Runs fn in one SQLite transaction: all of it is written, or none. Nested calls join the outer one. */
  transaction<T>(fn: () => T): T;
  audit: AuditRepo;
  outbox: OutboxRepo;
}

export interface Clock {
  now(): Date;
}

export interface IdSource {
  /** a new unique id; `kind` makes ids readable in logs ("inv", "prod", ...) */
  newId(kind: string): string;
}

export interface Secrets {
  /** a PIN's hash at today's cost, on this thread (the shop's set-up) */
  hashPin(pin: string): string;
  /** the same off the host's thread, so the counter keeps answering */
  hashPinAsync(pin: string): Promise<string>;
  verifyPin(pin: string, stored: string): Promise<boolean>;
  /** a hash made at another cost than today's, to be made again at the next right PIN */
  pinNeedsRehash(stored: string): boolean;
  newToken(): string;
  hashToken(token: string): string;
  /** a random code of `groups` groups of four letters and digits, "K7QM-3XTR" */
  newCode(groups: number): string;
}

export interface AuditRepo {
  /** appends a row to the hash chain (app/core/audit/chain.ts) */
  append(row: { at: string; userId: string | null; action: string; entity: string; entityId: string; before: unknown; after: unknown }): void;
  verify(): ChainCheck;
  /** the last row's hash */
  head(): string | null;
  list(f: { from: string | null; to: string | null; entity: string | null; entityId: string | null; limit: number }): ChainedAuditRow[];
}

export interface OutboxRepo {
  append(row: { id: string; at: string; topic: string; payload: unknown }): void;
}
