import type { LedgerHistory } from '../../forecasting/ledger';
import type { RunSummary } from '../../forecasting/run-summary';

/** The repositories this area owns in the Store (db/repos/forecasting). */
export interface ForecastingStore {
  forecasting: ForecastingRepo;
}

export type RunTrigger = 'manual' | 'nightly';
export type RunStatus = 'running' | 'done' | 'failed';

export interface ForecastRunRow {
  id: string;
  trigger: RunTrigger;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  origin: string;
  horizon: number;
  products: number;
  seconds: number | null;
  summary: RunSummary | null;
  error: string | null;
}

export interface ProductForecastRow {
  productId: string;
  name: string;
  category: string;
  unit: string;
  method: string;
  demandClass: string;
  enoughHistory: boolean;
  dispersion: number;
  backtestError: number | null;
  naiveError: number | null;
}

export interface ForecastDayRow {
  productId: string;
  day: string;
  mean: number;
  point: number;
  lower: number;
  upper: number;
}

/** What reorder needs to know of a product beyond its forecast. */
export interface ReorderFacts {
  productId: string;
  name: string;
  unit: string;
  loose: boolean;
  onHandMilli: number;
  onOrderMilli: number;
  supplierId: string | null;
  lastCostPaise: number;
  /** the largest pack the catalogue knows (its units), 1000 when none */
  packMilli: number;
  /** median days from receipt to expiry of its lots, null when no lot had an expiry */
  shelfLifeDays: number | null;
}

export interface SupplierTerms {
  supplierId: string;
  name: string;
  phone: string;
  leadTimeDays: number;
  reviewDays: number;
  /** false: the defaults, never set for this supplier */
  set: boolean;
}

export interface DraftLineRow {
  productId: string;
  name: string;
  unit: string;
  qtyMilli: number;
  suggestedMilli: number;
  unitCostPaise: number;
  reasons: string[];
}

export interface DraftRow {
  id: string;
  runId: string;
  supplierId: string;
  supplierName: string;
  status: 'draft' | 'ordered' | 'dropped';
  poId: string | null;
  createdAt: string;
  updatedAt: string;
  lines: DraftLineRow[];
}

export interface NewRunResult {
  runId: string;
  finishedAt: string;
  seconds: number;
  summary: RunSummary;
  model: Uint8Array | null;
  /** the rows as read back, less the catalogue's name and unit */
  products: ReadonlyArray<Omit<ProductForecastRow, 'name' | 'unit'> & { days: ReadonlyArray<Omit<ForecastDayRow, 'productId'>> }>;
}

export interface ForecastingRepo {
  /** the ledger's demand history over [from, to] (db/repos/forecasting/history.ts) */
  history(from: string, to: string): LedgerHistory;
  insertRun(run: { id: string; trigger: RunTrigger; requestedBy: string | null; startedAt: string; origin: string; horizon: number; products: number }): void;
  /** writes one slice of a finished run's products (a big shop's run is written in slices, so the counter is never held) */
  writeProducts(runId: string, products: NewRunResult['products']): void;
  finishRun(result: Omit<NewRunResult, 'products'> & { products: number }): void;
  failRun(runId: string, at: string, error: string): void;
  /** runs marked running by a host that stopped */
  failUnfinished(at: string): void;
  /** forgets the forecasts of runs before the newest `keep` finished ones */
  prune(keep: number): void;
  run(id: string): ForecastRunRow | undefined;
  latestRun(status?: RunStatus): ForecastRunRow | undefined;
  runs(limit: number): ForecastRunRow[];
  products(runId: string): ProductForecastRow[];
  days(runId: string, productIds: readonly string[] | null): ForecastDayRow[];
  /** units sold per day (returns netted) for these products over [from, to] */
  actuals(productIds: readonly string[], from: string, to: string): Array<{ day: string; units: number }>;
  reorderFacts(productIds: readonly string[]): ReorderFacts[];
  supplierTerms(defaults: { leadTimeDays: number; reviewDays: number }): SupplierTerms[];
  setSupplierTerms(terms: { supplierId: string; leadTimeDays: number; reviewDays: number; at: string }): void;
  insertDraft(draft: { id: string; runId: string; supplierId: string; createdBy: string; at: string; lines: Omit<DraftLineRow, 'name' | 'unit'>[] }): void;
  draft(id: string): DraftRow | undefined;
  drafts(status: DraftRow['status'] | null): DraftRow[];
  setDraftLine(draftId: string, productId: string, qtyMilli: number, at: string): boolean;
  setDraftStatus(draftId: string, status: DraftRow['status'], poId: string | null, at: string): void;
}

/** The host's side of a run: it trains in a worker thread and pushes progress to the screens. */
export interface ForecastJobs {
  /** starts a run unless one is going; answers its id, or null when one is already running */
  start(request: { trigger: RunTrigger; userId: string | null }): { runId: string } | null;
  /** the run in progress: how far it is */
  progress(): { runId: string; stage: string; fraction: number } | null;
}
