import type { InsightsOptions, InsightsReport, ShopHistory } from '../../core/insights';
import type { SimulationOptions } from '../../core/insights/simulate/plan';
import type { ReportPiece } from './chunks';

/**
 * Where the worker gets the shop's history. It loads it itself, so the host's thread never
 * serialises a year of bills: `history` is for small sets (tests), `simulated` for the benchmark
 * and the demo shop; the books' own loader (a read-only SQLite connection) joins them here.
 */
export type InsightsSource =
  | { kind: 'history'; history: ShopHistory }
  | { kind: 'simulated'; options: Partial<SimulationOptions> }
  /** the shop's books on a read-only connection: bills from `from`, insights as of `today` (YYYY-MM-DD) */
  | { kind: 'books'; dbFile: string; from: string; today: string };

export interface InsightsRequest {
  source: InsightsSource;
  options?: Partial<InsightsOptions>;
  /** alerts from the first day of the history (the benchmark's "whole job") instead of the last week */
  alertsOverWholeHistory?: boolean;
  /** the host's requests in flight (workers/counter-gate.ts): the job pauses at its yield points while one is served */
  counterGate?: SharedArrayBuffer;
}

/** How the job yielded to the counter: yield points passed, how many of them waited for a request, and how long in all. */
export interface JobPauses {
  yieldPoints: number;
  waits: number;
  waitedMs: number;
}

export type InsightsReply =
  { ok: true; report: InsightsReport; loadMs: number; runMs: number; longestParseMs: number; pauses: JobPauses } | { ok: false; error: string };

/** What crosses the thread boundary (chunks.ts says why pieces). */
export type WorkerMessage = { ok: true; pieces: ReportPiece[]; loadMs: number; runMs: number; pauses: JobPauses } | { ok: false; error: string };
