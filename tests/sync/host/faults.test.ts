import { describe, expect, it } from 'vitest';
import { runFaults } from './fault-run';

/**
 * The suite's seeded fault run: 2,000 commands over 3 devices (set SK_SYNC_FAULT_COMMANDS for
 * another count). The 10,000-command run is `npx tsx bench/run.ts sync-faults` (docs/sync.md).
 */
const TOTAL = Number(process.env.SK_SYNC_FAULT_COMMANDS ?? 2_000);

describe('faults while devices catch up', () => {
  it(
    `converges with ${TOTAL} commands over 3 devices: sockets dropped, devices partitioned, the relay restarted, commands duplicated and reordered`,
    { timeout: 240_000 },
    async () => {
      const run = await runFaults(TOTAL, 40, 20261204, 200_000);
      expect(run.total).toBe(TOTAL);
      expect(run.applied).toBe(TOTAL);
      expect(run.invoices).toBe(TOTAL);
      expect(run.stockRight).toBe(true);
      expect(run.outcomesOnDevices).toBe(true);
      // the seed strikes every kind of fault
      expect(Math.min(run.faults.drops, run.faults.partitions, run.faults.restarts, run.faults.duplicates)).toBeGreaterThan(0);
    },
  );
});
