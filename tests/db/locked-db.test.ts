import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { expectApiError } from '../support/api-errors';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient } from '../../app/core/contract/index';
import { writtenRows } from '../support/accounting';
import { makeTestHost, type TestHost } from '../support/test-host';
import { ATTA } from '../support/demo-catalog';

const bill = { clientRef: 'locked-0000-0001', lines: [{ productId: ATTA, qtyMilli: 1000 }], tenders: [{ method: 'cash' as const, amountPaise: 28500 }] };

let host: TestHost;
let staff: ApiClient;
beforeEach(async () => {
  host = makeTestHost({ busyTimeoutMs: 150 });
  staff = await host.as('staff');
});
afterEach(() => host.dispose());

/** Another program on the same file holding the write lock: a separate process, like a backup tool or a second app. */
async function lockFromAnotherProcess(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    import Database from 'better-sqlite3';
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('LOCKED\\n');
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });`;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--input-type=module', '-e', script, file], {
    cwd: join(import.meta.dirname, '../..'),
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: string) => d.includes('LOCKED') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited early (${code}): ${out}`)));
  });
  return {
    async release() {
      const exited = once(child, 'exit');
      child.stdin.write('go\n');
      await exited;
    },
  };
}

describe('a database locked by someone else', () => {
  it('answers DB_BUSY, writes nothing, and the same bill posts once the lock is gone', async () => {
    const other = new Database(join(host.dir, 'shop.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    const before = writtenRows(host.store.raw);

    const started = Date.now();
    const e = await expectApiError(staff.call('billing.postInvoice', bill), 'DB_BUSY');
    expect(e.message).toMatch(/busy.*Nothing was saved; try again/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140); // it waited the busy timeout before giving up
    expect(writtenRows(host.store.raw)).toEqual(before);
    expect(host.store.raw.inTransaction).toBe(false);

    other.exec('ROLLBACK');
    other.close();
    const inv = await staff.call('billing.postInvoice', bill);
    expect(inv.number).toBe('C1/2627/00001'); // the refused attempt did not use up a number
    expect(writtenRows(host.store.raw).invoices).toBe(before.invoices! + 1);
  });

  it('does the same when the lock is held by another process', async () => {
    const lock = await lockFromAnotherProcess(join(host.dir, 'shop.sqlite'));
    const before = writtenRows(host.store.raw);
    try {
      await expectApiError(staff.call('billing.postInvoice', bill), 'DB_BUSY');
      expect(writtenRows(host.store.raw)).toEqual(before);
    } finally {
      await lock.release();
    }
    const inv = await staff.call('billing.postInvoice', bill);
    expect(inv.number).toBe('C1/2627/00001');
  });

  it('is not blocked by a reader: WAL lets reports read while the counter bills', async () => {
    const reader = new Database(join(host.dir, 'shop.sqlite'));
    reader.exec('BEGIN');
    const seen = (reader.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n;
    try {
      const inv = await staff.call('billing.postInvoice', bill);
      expect(inv.number).toBe('C1/2627/00001');
      // The reader keeps its snapshot until it ends its transaction.
      expect((reader.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n).toBe(seen);
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }
  });
});
