import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Store } from '../app/core/services/ports';
import { createCheckpointer, type Checkpointer } from './checkpoint';
import { createAccountsRepo } from './repos/accounts';
import { createAuditRepo, createOutboxRepo } from './repos/audit';
import { createBankRepo } from './repos/bank';
import { createBooksRepo } from './repos/books';
import { createCreditNotesRepo } from './repos/credit-notes';
import { createGstRepo } from './repos/gst';
import { createJournalRepo } from './repos/journal';
import { createPartiesRepo } from './repos/parties';
import { createRegistersRepo, createVouchersRepo } from './repos/vouchers';
import { createBillingRepo, createSeriesRepo } from './repos/billing';
import { createCatalogRepo } from './repos/catalog';
import type { RepoContext } from './repos/context';
import { createCustomersRepo } from './repos/customers';
import { createLedgerRepo } from './repos/ledger';
import { createPrintJobsRepo, type PrintJobsStore } from './repos/printing';
import { createShopRepo } from './repos/shop';
import { createStockRepo } from './repos/stock';
import { createImportsRepo } from './repos/imports';
import { createPurchasingRepo } from './repos/purchasing';
import { createStockTakesRepo } from './repos/stock-takes';
import { createSuppliersRepo } from './repos/suppliers';
import { createDevicesRepo, createSessionsRepo, createUsersRepo } from './repos/users';
import * as schema from './schema';

export interface SqliteStore extends Store {
  printJobs: PrintJobsStore;
  raw: Database.Database;
  checkpoints: Checkpointer;
}

/** The core's Store port on one SQLite file. */
export function createStore(raw: Database.Database): SqliteStore {
  const ctx: RepoContext = { orm: drizzle({ client: raw, schema }), raw };
  const checkpoints = createCheckpointer(raw);
  // One wrapper for every action: better-sqlite3 builds four wrapped functions for each new one.
  // Called inside an open transaction it becomes a savepoint of it.
  const inTransaction = raw.transaction((fn: () => unknown) => fn());
  return {
    raw,
    checkpoints,
    // IMMEDIATE takes the write lock up front, so a busy database fails before any work, not halfway.
    transaction: <T>(fn: () => T): T => {
      if (raw.inTransaction) return inTransaction(fn) as T;
      const result = inTransaction.immediate(fn) as T;
      checkpoints.noteCommit();
      return result;
    },
    shop: createShopRepo(ctx),
    users: createUsersRepo(ctx),
    sessions: createSessionsRepo(ctx),
    devices: createDevicesRepo(ctx),
    catalog: createCatalogRepo(ctx),
    customers: createCustomersRepo(ctx),
    billing: createBillingRepo(ctx),
    series: createSeriesRepo(ctx),
    accounts: createAccountsRepo(ctx),
    ledger: createLedgerRepo(ctx),
    stock: createStockRepo(ctx),
    audit: createAuditRepo(ctx),
    outbox: createOutboxRepo(ctx),
    printJobs: createPrintJobsRepo(ctx),
    suppliers: createSuppliersRepo(ctx),
    purchasing: createPurchasingRepo(ctx),
    stockTakes: createStockTakesRepo(ctx),
    imports: createImportsRepo(ctx),
    books: createBooksRepo(ctx),
    journal: createJournalRepo(ctx),
    vouchers: createVouchersRepo(ctx),
    registers: createRegistersRepo(ctx),
    creditNotes: createCreditNotesRepo(ctx),
    parties: createPartiesRepo(ctx),
    gst: createGstRepo(ctx),
    bank: createBankRepo(ctx),
  };
}
