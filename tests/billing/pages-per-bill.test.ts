import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract/index';
import { billParams, makeCarts, type Cart } from '../../bench/bill-carts';
import { pagesByOwner, walFrameCounter } from '../../bench/lib/wal-frames';
import { hostWithClients, type TestHost } from '../support/test-host';

let host: TestHost;
let staff: ApiClient;
let carts: Cart[];

beforeEach(async () => {
  ({ host, staff } = await hostWithClients({ staff: 'staff' }));
  carts = await makeCarts(staff, 8);
});
afterEach(() => host.dispose());

const DAY = 86_400_000;

/** The pages each of `n` bills writes to the WAL, by table and index. */
async function pagesOfBills(n: number, from: number) {
  const raw = host.store.raw;
  const counter = walFrameCounter(`${host.dir}/shop.sqlite`, raw.pragma('page_size', { simple: true }) as number);
  const commits: number[][] = [];
  try {
    for (let i = 0; i < n; i++) {
      counter.before();
      await staff.call('billing.postInvoice', billParams(carts[(from + i) % carts.length]!, from + i));
      commits.push(counter.after());
    }
  } finally {
    counter.close();
  }
  return pagesByOwner(raw, commits);
}

describe('what a bill writes', () => {
  it('rewrites one page of the day totals however many accounts it posts to, on a file with months of them', async () => {
    // Months of days, so the day totals span many leaves: keyed by account, each account a bill posts to was a leaf of its own.
    for (let day = 0; day < 200; day++) {
      await staff.call('billing.postInvoice', billParams(carts[day % carts.length]!, day));
      host.clock.advance(DAY);
    }
    const accounts = host.store.raw.prepare("SELECT count(DISTINCT account_code) AS n FROM ledger_daily WHERE party_id = ''").get() as { n: number };
    expect(accounts.n).toBeGreaterThanOrEqual(6);
    const leaves = host.store.raw.prepare("SELECT count(*) AS n FROM dbstat WHERE name = 'ledger_daily' AND pagetype = 'leaf'").get() as { n: number };
    expect(leaves.n).toBeGreaterThanOrEqual(8);

    // A cash bill and a UPI bill first, so today's rows exist for every account the measured bills post to.
    for (const n of [1000, 1002]) await staff.call('billing.postInvoice', billParams(carts[0]!, n));
    const { byOwner } = await pagesOfBills(12, 1003);
    // The day's few rows share a leaf, or two when it splits; keyed by account they were six or more.
    expect(byOwner['ledger_daily']).toBeLessThanOrEqual(2);
    // The account index holds key columns only: only a day's first line on an account adds to it.
    expect(byOwner['ledger_daily_account'] ?? 0).toBeLessThanOrEqual(0.25);
    expect(byOwner['ledger_totals']).toBe(1);
  }, 120_000); // two hundred bills
});
