import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiClient } from '../app/core/contract';
import { createHost } from '../app/host/create-host';
import { FY, settableClock, yearOfBooks } from './books-year';
import { signIn } from './lib/sign-in';
import { readThrough } from './lib/page-cache';
import { passes, type Benchmark, type Outcome } from './lib/result';
import { timedCalls } from './lib/stats';

const PERIODS = ['day', 'week', 'month', 'year', 'fy'] as const;
const SAMPLES = 60;
const TARGET = { p95Ms: 100 };
const dayOfYear = (i: number) => new Date(Date.parse(`${FY.from}T00:00:00Z`) + (200 + ((i * 37) % 165)) * 86_400_000).toISOString().slice(0, 10);

const timed = (client: ApiClient, period: (typeof PERIODS)[number], date: (i: number) => string) =>
  timedCalls((i) => client.call('insights.dashboard', { period, date: date(i) }), SAMPLES, 3);

/**
 * `insights.dashboard` over the books' year of a busy shop (bench/books-year.ts, ≈110k bills)
 * through the in-process client → dispatcher → service, on a copy of the year's file (opening it
 * applies migration 0013, whose back-fill fills the dashboard's sums from the bills). The headline
 * is the whole financial year to its last day against the year before; each period is in details.
 */
async function run(): Promise<Outcome> {
  const { file } = await yearOfBooks((s) => console.log(s));
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-dashboard-'));
  try {
    const copy = join(dir, 'shop.sqlite');
    copyFileSync(file, copy);
    const clock = settableClock();
    clock.at = new Date(`${FY.to}T12:30:00Z`);
    const openStarted = performance.now();
    const host = createHost({ dbFile: copy, clock, log: () => {} });
    const openMs = Math.round(performance.now() - openStarted);
    readThrough(copy);
    try {
      const client = await signIn(host, 'owner', 'bench-dashboard');
      const bills = (host.store.raw.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n;
      const byPeriod: Record<string, unknown> = {};
      for (const p of PERIODS) byPeriod[p] = await timed(client, p, p === 'fy' ? () => FY.to : dayOfYear);
      const figures = await timed(client, 'fy', () => FY.to);
      return {
        measures: 'insights.dashboard for the whole FY (to 31-03-2026, against the year before), in-process client → result',
        target: TARGET,
        pass: passes(figures, TARGET),
        samples: SAMPLES,
        figures,
        details: { bills, byPeriod, openWithMigrationMs: openMs, data: 'bench/books-year.ts: FY 2025-26, 300 bills a day through the real services' },
      };
    } finally {
      host.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const insightsDashboard: Benchmark = { name: 'insights-dashboard', title: 'The owner’s dashboard over a year of a busy shop', run };
