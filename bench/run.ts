import { join } from 'node:path';
import { booksBenchmarks } from './books';
import { coldStart } from './cold-start';
import { heavyWork } from './heavy-work';
import { restoreBig } from './restore';
import { forecastBench } from './forecast';
import { forecastShopBench } from './forecast-shop';
import { importBigBasket, inventorySearch, stockOnHandAll, stockTakePosting } from './inventory';
import { insightsJob } from './insights';
import { insightsDashboard } from './insights-dashboard';
import { shopReports } from './reports';
import { customReportBench } from './custom-report';
import { loadAverage, machineInfo } from './lib/machine';
import type { Benchmark, BenchResult } from './lib/result';
import { writeResults } from './lib/results-file';
import { pdfInvoice } from './pdf-invoice';
import { postBill } from './post-bill';
import { receiptHindi, receiptText } from './receipt-latency';
import { scanToCart } from './scan';
import { productSearch } from './search';
import { syncRelay } from './sync-relay';
import { syncDevices } from './sync-devices';
import { syncFaults } from './sync-faults';
import { webCatalogJs, webCatalogSnapshot } from './web-catalog';
import { webCatalogVitals, webOrderLatency } from './web-catalog-live';
import { webRelayShops } from './web-relay';

/**
 * `npm run bench` (builds first) or `npx tsx bench/run.ts [name …]` for some of them.
 * Figures go to bench/results.json; see bench/README.md for how to read them.
 */
const ALL: Benchmark[] = [
  postBill,
  scanToCart,
  productSearch,
  coldStart,
  receiptText,
  receiptHindi,
  pdfInvoice,
  inventorySearch,
  stockOnHandAll,
  importBigBasket,
  stockTakePosting,
  ...booksBenchmarks,
  insightsJob,
  insightsDashboard,
  shopReports,

  syncRelay,
  syncDevices,
  syncFaults,
  heavyWork,
  restoreBig,
  forecastBench,
  forecastShopBench,
  webCatalogJs,
  webCatalogSnapshot,
  webCatalogVitals,
  webOrderLatency,
  webRelayShops,
  customReportBench,
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !ALL.some((b) => b.name === w));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${ALL.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const chosen = wanted.length > 0 ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
const machine = machineInfo();
console.log(`${machine.cpuModel}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, Node ${machine.node}, SQLite ${machine.sqlite}`);

const results: Record<string, BenchResult> = {};
let failed = false;
for (const bench of chosen) {
  const loadBefore = loadAverage();
  const started = performance.now();
  console.log(`\n▶ ${bench.name}: ${bench.title}  (load ${loadBefore.join(' ')})`);
  try {
    const outcome = await bench.run();
    const loadAfter = loadAverage();
    results[bench.name] = {
      title: bench.title,
      ...outcome,
      conditions: {
        date: new Date().toISOString(),
        gitCommit: machine.gitCommit,
        gitDirty: machine.gitDirty,
        loadBefore,
        loadAfter,
        durationS: Math.round((performance.now() - started) / 100) / 10,
      },
    };
    const f = outcome.figures;
    if (outcome.skipped) console.log(`  skipped: ${outcome.skipped}`);
    else if (f)
      console.log(
        `  p50 ${f.p50} ms, p95 ${f.p95} ms (target ≤ ${outcome.target.p95Ms} ms) ${outcome.pass ? 'PASS' : 'FAIL'}  n=${f.n}  load after ${loadAfter.join(' ')}`,
      );
  } catch (e) {
    failed = true;
    console.error(`  ${bench.name} broke:`, e);
  }
}

const file = join(import.meta.dirname, 'results.json');
writeResults(
  file,
  machine,
  results,
  ALL.map((b) => b.name),
);
console.log(`\nWrote ${file}`);
// A missed target is a finding, not a crash; only a benchmark that could not run fails the command.
process.exit(failed ? 1 : 0);
