import { runFaults } from '../tests/sync/host/fault-run';
import type { Benchmark, Outcome } from './lib/result';

/** The seeded fault run at full size: 10,000 commands over 3 devices (the suite runs 2,000). */
const TOTAL = 10_000;
const TARGET_MS = 90_000;

async function run(): Promise<Outcome> {
  const started = performance.now();
  const result = await runFaults(TOTAL, 100, 20261204, 600_000);
  const ms = performance.now() - started;
  const exact = result.applied === TOTAL && result.invoices === TOTAL && result.stockRight && result.outcomesOnDevices;
  return {
    measures: `${TOTAL} bills queued by 3 devices over 100 seeded rounds with dropped sockets, partitions, relay restarts, duplicated and reordered commands → every one posted exactly once by the counter (start to last outcome)`,
    target: { p95Ms: TARGET_MS },
    pass: exact && ms <= TARGET_MS,
    samples: 1,
    figures: { n: 1, p50: ms, p95: ms, p99: ms, min: ms, max: ms, mean: ms },
    details: { goals: 'exactly once (applied = invoices = 10,000, stock right, every outcome on the devices) and the whole run ≤ 90 s', ...result },
  };
}

export const syncFaults: Benchmark = { name: 'sync-faults', title: 'Sync: 10,000 commands over 3 devices under seeded faults', run };
