import type Database from 'better-sqlite3';
import { pagesByOwner, walFrameCounter } from './lib/wal-frames';

/**
 * What a bill costs that does not swing with the disk: the pages its commit writes to the WAL, the
 * statements our code runs (top-level ones; what triggers run is inside them), and the process's
 * CPU time a bill. Ours and the bare transaction are each run alone for the CPU figures, so each
 * is its own; the pages are counted per commit, alternating.
 */
export interface BillCost {
  pagesPerBill: { ours: number; bare: number; oursByOwner: Record<string, number> };
  statementsPerBill: { ours: number; bare: number };
  cpuMsPerBill: { ours: CpuMs; bare: CpuMs };
}

interface CpuMs {
  user: number;
  system: number;
  total: number;
}

const PAGE_BILLS = 300;
const STATEMENT_BILLS = 100;
const CPU_BILLS = 1_000;

const round = (x: number) => Math.round(x * 1000) / 1000;

async function cpuPerBill(bill: () => unknown, n: number): Promise<CpuMs> {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await bill();
  const used = process.cpuUsage(start);
  return { user: round(used.user / 1000 / n), system: round(used.system / 1000 / n), total: round((used.user + used.system) / 1000 / n) };
}

const RUNNERS = ['run', 'get', 'all', 'iterate'] as const;
type Runner = (typeof RUNNERS)[number];

/** Statements run a bill: every prepared statement's run/get/all/iterate is counted while `bill` runs. */
async function statementsPerBill(db: Database.Database, bill: () => unknown, n: number): Promise<number> {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<Runner, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(RUNNERS.map((m) => [m, proto[m]])) as Record<Runner, (...args: unknown[]) => unknown>;
  let count = 0;
  for (const m of RUNNERS)
    proto[m] = function (this: unknown, ...args: unknown[]) {
      count++;
      return originals[m].apply(this, args);
    };
  try {
    for (let i = 0; i < n; i++) await bill();
  } finally {
    for (const m of RUNNERS) proto[m] = originals[m];
  }
  return round(count / n);
}

export async function measureBillCost(db: Database.Database, dbFile: string, ours: () => Promise<unknown>, bare: () => void): Promise<BillCost> {
  const counter = walFrameCounter(dbFile, db.pragma('page_size', { simple: true }) as number);
  const oursPages: number[][] = [];
  const barePages: number[][] = [];
  try {
    for (let i = 0; i < PAGE_BILLS; i++) {
      counter.before();
      await ours();
      oursPages.push(counter.after());
      counter.before();
      bare();
      barePages.push(counter.after());
    }
  } finally {
    counter.close();
  }
  const statements = { ours: await statementsPerBill(db, ours, STATEMENT_BILLS), bare: await statementsPerBill(db, bare, STATEMENT_BILLS) };
  const cpu = { ours: await cpuPerBill(ours, CPU_BILLS), bare: await cpuPerBill(bare, CPU_BILLS) };
  const mine = pagesByOwner(db, oursPages);
  return {
    pagesPerBill: { ours: mine.perCommit, bare: pagesByOwner(db, barePages).perCommit, oursByOwner: mine.byOwner },
    statementsPerBill: statements,
    cpuMsPerBill: cpu,
  };
}
