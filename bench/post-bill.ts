import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiClient } from '../app/core/contract';
import type { Clock } from '../app/core/services/ports';
import { createHost, type Host } from '../app/host/create-host';
import { demoCatalog } from '../app/host/demo/demo-shop';
import { createBareBill } from './bare-bill';
import { billParams, makeCarts, type Cart } from './bill-carts';
import { measureBillCost } from './post-bill-cost';
import type { Benchmark, Outcome } from './lib/result';
import { passes } from './lib/result';
import { summarize } from './lib/stats';
import { signIn } from './lib/sign-in';
import { withTempDir } from './lib/tmp';

const SEEDED = 100_000;
const SEED_BATCH = 1_000;
const WARMUP = 300;
const MEASURED = 3_000;
const TARGET = { p95Ms: 2 };

const walSize = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** A clock the seeder can set to past days; null means the real time (for the measured bills). */
export function settableClock(): Clock & { at: Date | null } {
  const clock = { at: null as Date | null, now: () => (clock.at ? new Date(clock.at) : new Date()) };
  return clock;
}

/**
 * 100k bills through the same in-process client, dispatcher and service as the measured ones,
 * spread over the past year, 1,000 to an outer transaction: each bill's own transaction becomes a
 * savepoint of it (better-sqlite3 nests that way), so the rows are exactly those a counter writes,
 * with one fsync per thousand instead of one per bill.
 */
export async function seed(host: Host, client: ApiClient, carts: Cart[], clock: { at: Date | null }): Promise<number> {
  const started = performance.now();
  const from = Date.now() - 366 * 86_400_000;
  const step = (365 * 86_400_000) / SEEDED;
  // A big page cache only while seeding, so it does not slow down as the file grows; the measured bills run with the file's own setting again.
  const cacheSize = host.store.raw.pragma('cache_size', { simple: true }) as number;
  host.store.raw.pragma('cache_size = -1048576');
  for (let b = 0; b < SEEDED; b += SEED_BATCH) {
    host.store.raw.exec('BEGIN IMMEDIATE');
    try {
      for (let i = b; i < b + SEED_BATCH; i++) {
        clock.at = new Date(from + i * step);
        await client.call('billing.postInvoice', billParams(carts[i % carts.length]!, i));
      }
      host.store.raw.exec('COMMIT');
    } catch (e) {
      host.store.raw.exec('ROLLBACK');
      throw e;
    }
  }
  clock.at = null;
  host.store.raw.pragma(`cache_size = ${cacheSize}`);
  return (performance.now() - started) / 1000;
}

/** The bare bill on a host's file, as the staff user at the bench counter (signed in by signIn). */
function bareBillOn(host: Host): () => void {
  const raw = host.store.raw;
  const refs = {
    userId: (raw.prepare("SELECT id FROM users WHERE role = 'staff'").get() as { id: string }).id,
    deviceId: (raw.prepare("SELECT id FROM devices WHERE client_id = 'bench-counter'").get() as { id: string }).id,
    productIds: demoCatalog.slice(0, 5).map((i) => i.product.id!),
    accountCodes: (raw.prepare("SELECT code FROM accounts WHERE code NOT IN ('DEBTORS', 'CREDITORS') ORDER BY code").all() as Array<{ code: string }>).map(
      (r) => r.code,
    ),
  };
  return createBareBill(raw, refs, () => host.store.checkpoints.noteCommit());
}

/**
 * The machine's floor, the "bare bill-shaped durable transaction": the same rows on a fresh
 * file that keeps only its tables (no triggers, no secondary indexes), so the gap from it to the
 * bare bill on the shop's file is what the schema costs, and from there to ours what our layers do.
 */
async function plainFloor(dir: string) {
  const host = createHost({ dbFile: join(dir, 'plain.sqlite'), registerDevicesOnLogin: true, log: () => {} });
  try {
    await signIn(host, 'staff', 'bench-counter');
    const raw = host.store.raw;
    const extras = raw.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql IS NOT NULL").all() as Array<{
      type: string;
      name: string;
    }>;
    for (const { type, name } of extras) raw.exec(`DROP ${type.toUpperCase()} "${name}"`);
    const bare = bareBillOn(host);
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + MEASURED; i++) {
      const t0 = performance.now();
      bare();
      if (i >= WARMUP) samples.push(performance.now() - t0);
    }
    return summarize(samples);
  } finally {
    host.close();
  }
}

async function measure(dir: string): Promise<Outcome> {
  const clock = settableClock();
  const host = createHost({ dbFile: join(dir, 'shop.sqlite'), clock, registerDevicesOnLogin: true, log: () => {} });
  try {
    const client = await signIn(host, 'staff', 'bench-counter');
    const carts = await makeCarts(client, 64);
    const seedS = await seed(host, client, carts, clock);
    const count = (host.store.raw.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n;

    const bare = bareBillOn(host);

    const run = async (count: number, warmup: number) => {
      // Ours and the bare transaction alternate, so a busy moment on the machine hits both alike.
      const ours: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < warmup + count; i++) {
        const params = billParams(carts[i % carts.length]!, i);
        const t0 = performance.now();
        await client.call('billing.postInvoice', params);
        const t1 = performance.now();
        bare();
        const t2 = performance.now();
        if (i >= warmup) {
          ours.push(t1 - t0);
          floor.push(t2 - t1);
        }
      }
      return { ours: summarize(ours), bare: summarize(floor) };
    };
    // A shop goes quiet between a bulk load and the next customer: the idle checkpoint copies the
    // seeded WAL back, and the first bill starts it over, as after a catalogue import or a restore.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await host.store.checkpoints.settled();
    const checkpointsBefore = host.store.checkpoints.durationsMs.length;
    const catchUpsBefore = host.store.checkpoints.catchUpMs.length;
    const main = await run(MEASURED, WARMUP);
    const walAfter = walSize(join(dir, 'shop.sqlite-wal'));
    await host.store.checkpoints.settled();
    const checkpoints = host.store.checkpoints.durationsMs.slice(checkpointsBefore);
    const catchUps = host.store.checkpoints.catchUpMs.slice(catchUpsBefore);
    let extra = 0;
    const cost = await measureBillCost(
      host.store.raw,
      join(dir, 'shop.sqlite'),
      () => client.call('billing.postInvoice', billParams(carts[extra++ % carts.length]!, extra)),
      bare,
    );
    const plain = await plainFloor(dir);
    const figures = main.ours;
    return {
      measures: `billing.postInvoice (5 lines) through the in-process client: session, zod, pricing, one BEGIN IMMEDIATE transaction (WAL, synchronous=FULL) and the posted bill read back; ${count.toLocaleString('en')} bills already in the file`,
      target: TARGET,
      pass: passes(figures, TARGET),
      samples: figures.n,
      figures,
      details: {
        billsBefore: count,
        seeding: `${SEEDED.toLocaleString('en')} bills through the same client → dispatcher → service, ${SEED_BATCH} per outer transaction (each bill a savepoint), dated over the past 365 days, 64 carts of 5 demo products, cash or UPI; page cache 1 GB while seeding, back to the default for the measured bills; then 2 s idle, in which the checkpointer copies the WAL back (the next commit starts it over, cut to 64 MB)`,
        seedSeconds: Math.round(seedS * 10) / 10,
        // Seeding commits once per 1,000 bills, so this is roughly the CPU cost of a bill without its fsync.
        seedMsPerBill: Math.round((seedS * 1_000_000) / SEEDED) / 1000,
        warmup: WARMUP,
        // What does not swing with the disk, measured after the timed bills (bench/post-bill-cost.ts).
        pagesPerBill: cost.pagesPerBill,
        statementsPerBill: cost.statementsPerBill,
        cpuMsPerBill: cost.cpuMsPerBill,
        printer: 'none (the demo shop): no receipt is sent, the print_jobs row is still written',
        bareTransaction: {
          measures:
            'the same rows as prepared statements in one BEGIN IMMEDIATE transaction on the same file (series upsert, invoice, 5 lines, payment, 5 stock moves, journal entry + 8 lines, audit, outbox), then the store’s after-commit step (checkpoint count), alternating with ours',
          figures: main.bare,
        },
        plainFloor: {
          measures:
            'the same bare transaction on a fresh file with only the tables: no triggers (aggregates, immutability, audit guards) and no secondary indexes; run after the above',
          figures: plain,
        },
        checkpoints: {
          why: 'SQLite’s automatic checkpoint is off; a worker thread with its own connection runs a PASSIVE checkpoint every 200 commits (ours and the bare ones alike) and when idle, beside the bills, so no bill waits for one; 16 commits after each, the host copies back the few frames committed meanwhile (a catch-up, inside that commit), so the next commit writes the WAL from its start instead of extending the file (journal_size_limit 64 MB)',
          runs: checkpoints.length,
          durationMs: summarize(checkpoints),
          catchUps: catchUps.length,
          catchUpMs: summarize(catchUps),
          walBytesAtEnd: walAfter,
        },
      },
    };
  } finally {
    host.close();
  }
}

export const postBill: Benchmark = {
  name: 'post-bill',
  title: 'Post one 5-line bill with 100,000 bills in the file',
  run: () => withTempDir('post-bill', measure),
};
