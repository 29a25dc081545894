import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiClient, ParamsIn } from '../app/core/contract';
import { createHost } from '../app/host/create-host';
import { FY, settableClock, yearOfBooks } from './books-year';
import { readThrough } from './lib/page-cache';
import { passes, type Benchmark, type Outcome } from './lib/result';
import { signIn } from './lib/sign-in';
import { timedCalls, type Summary } from './lib/stats';

const SAMPLES = 20;
const TARGET = { p95Ms: 300 };

/** Every shop report over the whole year, as the Reports screens ask for them. */
const REPORTS: Array<ParamsIn<'reports.view'>> = [
  { report: 'topProducts', from: FY.from, to: FY.to },
  { report: 'topCustomers', from: FY.from, to: FY.to },
  { report: 'profitability', from: FY.from, to: FY.to, groupBy: 'category' },
  { report: 'profitability', from: FY.from, to: FY.to, groupBy: 'brand' },
  { report: 'cashFlow', from: FY.from, to: FY.to },
  { report: 'stockAgeing', from: FY.to, to: FY.to },
  { report: 'deadStock', to: FY.to, days: 60 },
  { report: 'supplierPerformance', from: FY.from, to: FY.to },
  { report: 'ageing', to: FY.to },
  { report: 'dayClose', from: FY.to, to: FY.to },
  { report: 'billsOf', from: '2026-03-01', to: FY.to, productId: 'prod-demo-004' },
];
const nameOf = (p: ParamsIn<'reports.view'>) => `${p.report}${p.groupBy ? `-${p.groupBy}` : ''}`;

const timed = (client: ApiClient, p: ParamsIn<'reports.view'>) => timedCalls(() => client.call('reports.view', p), SAMPLES, 2);

/**
 * `reports.view` for each shop report over the books' year of a busy shop (bench/books-year.ts,
 * ≈110k bills) through the in-process client → dispatcher → service → model, on a copy of the
 * year's file. The headline is the slowest report's run; each report is in details.
 */
async function run(): Promise<Outcome> {
  const { file } = await yearOfBooks((s) => console.log(s));
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-reports-'));
  try {
    const copy = join(dir, 'shop.sqlite');
    copyFileSync(file, copy);
    const clock = settableClock();
    clock.at = new Date(`${FY.to}T12:30:00Z`);
    const host = createHost({ dbFile: copy, clock, log: () => {} });
    readThrough(copy);
    try {
      const client = await signIn(host, 'owner', 'bench-reports');
      const bills = (host.store.raw.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n;
      const byReport: Record<string, Summary> = {};
      for (const p of REPORTS) byReport[nameOf(p)] = await timed(client, p);
      const slowest = Object.entries(byReport).sort((a, b) => b[1].p95 - a[1].p95)[0];
      if (!slowest) throw new Error('no report ran');
      return {
        measures: `reports.view, the slowest of the shop reports (${slowest[0]}) over FY ${FY.label}, in-process client → model`,
        target: TARGET,
        pass: Object.values(byReport).every((f) => passes(f, TARGET)),
        samples: SAMPLES,
        figures: slowest[1],
        details: { bills, byReport, data: 'bench/books-year.ts: FY 2025-26, 300 bills a day through the real services' },
      };
    } finally {
      host.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const shopReports: Benchmark = { name: 'reports', title: 'Any shop report over a year of a busy shop', run };
