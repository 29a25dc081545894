import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../../app/core/contract';
import { writtenRows } from '../support/accounting';
import { makeTestHost, type TestHost } from '../support/test-host';

/**
 * A full disk, as SQLite meets it: the file may not grow (max_page_count stands in for the disk,
 * through the same SQLITE_FULL path). The cashier reads what happened; nothing is half-written;
 * once there is room the same bill posts, without a restart.
 */
let host: TestHost;
let staff: ApiClient;
beforeEach(async () => {
  host = makeTestHost();
  staff = await host.as('staff');
});
afterEach(() => host.dispose());

const bill = (n: number) => ({
  clientRef: `disk-full-${String(n).padStart(5, '0')}`,
  lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
  tenders: [{ method: 'cash' as const, amountPaise: 2800 }],
});

describe('a full disk at the counter', () => {
  it('answers "Disk full", writes nothing of the bill, and takes the same bill once there is room', async () => {
    const raw = host.store.raw;
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.pragma(`max_page_count = ${pages}`);
    let failure: ApiError | null = null;
    let before: Record<string, number> = {};
    let n = 0;
    for (; n < 500 && !failure; n++) {
      before = writtenRows(raw);
      failure = await staff.call('billing.postInvoice', bill(n)).then(
        () => null,
        (e: unknown) => e as ApiError,
      );
    }
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure!.message).toMatch(/^Disk full: free some space on this computer\. The bill was not saved/);
    expect(writtenRows(raw)).toEqual(before);
    expect(raw.inTransaction).toBe(false);

    raw.pragma('max_page_count = 1073741823');
    const posted = await staff.call('billing.postInvoice', bill(n - 1));
    expect(posted.number).toMatch(new RegExp(`/${String(n).padStart(5, '0')}$`)); // the failed attempt used up no number
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
