import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Store } from '../app/core/services/ports';
import { createCheckpointer, type Checkpointer } from './checkpoint';
import { createAccountingStore } from './repos/accounting';
import { createAuthStore } from './repos/auth';
import { createBankStore } from './repos/bank';
import { createBillingStore } from './repos/billing';
import { createCatalogStore } from './repos/catalog';
import type { RepoContext } from './repos/context';
import { createCustomersStore } from './repos/customers';
import { createForecastingStore } from './repos/forecasting';
import { createGstStore } from './repos/gst';
import { createInsightsStore } from './repos/insights';
import { createInventoryStore } from './repos/inventory';
import { createKhataStore } from './repos/khata';
import { createOrdersStore } from './repos/orders';
import { createPrintingStore, type PrintJobsStore } from './repos/printing';
import { createPurchasingStore } from './repos/purchasing';
import { createCustomReportsStore } from './repos/reports/custom';
import { createRecordsStore } from './repos/records';
import { createReportsStore } from './repos/reports';
import { createShopStore } from './repos/shop';
import { createSuppliersStore } from './repos/suppliers';
import { createSyncStore } from './repos/sync';
import { createUsersStore } from './repos/users';
import * as schema from './schema';

export interface SqliteStore extends Store {
  printJobs: PrintJobsStore;
  raw: Database.Database;
  checkpoints: Checkpointer;
  /** after each outermost commit of `transaction`: `wrote` when it changed rows (so it wrote WAL frames) */
  onCommit(listener: (wrote: boolean) => void): () => void;
}

/** The core's Store port on one SQLite file. */
export function createStore(raw: Database.Database): SqliteStore {
  const ctx: RepoContext = { orm: drizzle({ client: raw, schema }), raw };
  const checkpoints = createCheckpointer(raw);
  // One wrapper for every action: better-sqlite3 builds four wrapped functions for each new one.
  // Called inside an open transaction it becomes a savepoint of it.
  const inTransaction = raw.transaction((fn: () => unknown) => fn());
  const committed = new Set<(wrote: boolean) => void>();
  let totalChanges: Database.Statement<[], number> | null = null;
  const changesSoFar = () => (totalChanges ??= raw.prepare<[], number>('SELECT total_changes()').pluck()).get() ?? 0;
  return {
    raw,
    checkpoints,
    // IMMEDIATE takes the write lock up front, so a busy database fails before any work, not halfway.
    transaction: <T>(fn: () => T): T => {
      if (raw.inTransaction) return inTransaction(fn) as T;
      const before = committed.size > 0 ? changesSoFar() : 0;
      const result = inTransaction.immediate(fn) as T;
      checkpoints.noteCommit();
      if (committed.size > 0) {
        const wrote = changesSoFar() !== before;
        committed.forEach((listener) => listener(wrote));
      }
      return result;
    },
    onCommit(listener) {
      committed.add(listener);
      return () => void committed.delete(listener);
    },
    ...createShopStore(ctx),
    ...createUsersStore(ctx),
    ...createAuthStore(ctx),
    ...createCatalogStore(ctx),
    ...createCustomersStore(ctx),
    ...createBillingStore(ctx),
    ...createInventoryStore(ctx),
    ...createSuppliersStore(ctx),
    ...createPurchasingStore(ctx),
    ...createAccountingStore(ctx),
    ...createKhataStore(ctx),
    ...createGstStore(ctx),
    ...createBankStore(ctx),
    ...createPrintingStore(ctx),
    ...createRecordsStore(ctx),
    ...createForecastingStore(ctx),
    ...createInsightsStore(ctx),
    ...createSyncStore(ctx),
    ...createOrdersStore(ctx),
    ...createReportsStore(ctx),
    ...createCustomReportsStore(ctx),
  };
}
