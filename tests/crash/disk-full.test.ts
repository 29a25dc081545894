import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../app/core/contract';
import { say } from '../../app/core/i18n/fail';
import { writtenRows } from '../support/accounting';
import { upload } from '../support/imports';
import { hostWithClients, type TestHost } from '../support/test-host';
import { catalogueCsv } from './import-file';

/**
 * A full disk, as SQLite meets it: the file may not grow (max_page_count stands in for the disk,
 * through the same SQLITE_FULL path). The cashier reads DISK_FULL in their language; nothing is
 * half-written; once there is room the same bill posts, without a restart.
 */
let host: TestHost;
let staff: ApiClient;
beforeEach(async () => ({ host, staff } = await hostWithClients({ staff: 'staff' })));
afterEach(() => {
  vi.restoreAllMocks();
  host.dispose();
});

const products = () => (host.store.raw.prepare("SELECT count(*) AS n FROM products WHERE name GLOB 'Crash Test Item *'").get() as { n: number }).n;

/**
 * Once the `groups`-th group of an import's rows is staged, `edit` one product of that group (a
 * manager's call, answered between two of the import's transactions); at the first group staged
 * after the edit, `fill` the disk.
 */
function spyOnStage(on: TestHost, groups: number, edit: (productId: string) => Promise<unknown>, fill: () => void): { reached: boolean } {
  const seen = { reached: false };
  let n = 0;
  let edited = false;
  const stage = on.store.imports.stage.bind(on.store.imports);
  on.store.imports.stage = (importId, rows) => {
    stage(importId, rows);
    if (++n === groups) void edit(rows[0]?.productId ?? '').then(() => (edited = true));
    else if (edited && !seen.reached) {
      fill();
      seen.reached = true;
    }
  };
  return seen;
}

/** A machine so busy that every time slice is over as soon as it is looked at. */
function busyClock(): void {
  let now = performance.now();
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 50));
}

const bill = (n: number) => ({
  clientRef: `disk-full-${String(n).padStart(5, '0')}`,
  lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
  tenders: [{ method: 'cash' as const, amountPaise: 2800 }],
});

const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: unknown) => (e instanceof ApiError ? e : null),
  );

describe('a full disk at the counter', () => {
  it('answers DISK_FULL "The disk is full", writes nothing of the bill, and takes the same bill once there is room', async () => {
    const raw = host.store.raw;
    // Signed in before the disk fills (a sign-in writes its session).
    const hindi = await host.as('staff', 'test-device-hi', 'hi');
    const owner = await host.as('owner');
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.pragma(`max_page_count = ${pages}`);
    let failure: ApiError | null = null;
    let before: Record<string, number> = {};
    let n = 0;
    for (; n < 500 && !failure; n++) {
      before = writtenRows(raw);
      failure = await failureOf(staff.call('billing.postInvoice', bill(n)));
    }
    expect(failure?.code).toBe('DISK_FULL');
    expect(failure?.message).toBe('The disk is full: free some space on this computer; the bill was not saved. Then post it again.');
    expect(writtenRows(raw)).toEqual(before);
    expect(raw.inTransaction).toBe(false);

    // The same refusal in Hindi, for a cashier whose screen is in Hindi (the words travel as a key).
    const again = await failureOf(hindi.call('billing.postInvoice', bill(n - 1)));
    expect(again).toMatchObject({ code: 'DISK_FULL', key: 'request.diskFullBill' });
    // Other writes say "nothing was saved", not "the bill".
    const other = await failureOf(owner.call('customers.add', { name: 'Disk Full Didi', phone: '9876500011' }));
    expect(other).toMatchObject({ code: 'DISK_FULL', key: 'request.diskFull' });
    expect(writtenRows(raw)).toEqual(before);

    raw.pragma('max_page_count = 1073741823');
    const posted = await staff.call('billing.postInvoice', bill(n - 1));
    expect(posted.number).toMatch(new RegExp(`/${String(n).padStart(5, '0')}$`)); // the failed attempt used up no number
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  /**
   * The disk fills at a chosen point of the import's writing, whatever the machine's load: after
   * the n-th group of rows is staged, the file may grow no further. `loaded` stands in for a busy
   * PC: every time slice ends after its first few rows, so the import is written in the most
   * transactions it can be (what a loaded machine did, and what once left rows behind).
   */
  const FILL_AFTER_GROUPS = [1, 40, 150, 280];
  for (const loaded of [false, true])
    for (const groups of FILL_AFTER_GROUPS)
      it(`a catalogue import that fills the disk part-way (after ${groups * 10} rows${loaded ? ', on a busy PC' : ''}) takes back every row it wrote, and commits whole once there is room`, async () => {
        const raw = host.store.raw;
        const manager = await host.as('manager');
        const ROWS = 3_000;
        const importId = await upload(manager, 'catalogue.csv', catalogueCsv(ROWS, 50_000));
        const pages = () => raw.pragma('page_count', { simple: true }) as number;
        const searchable = () => (raw.prepare("SELECT count(*) AS n FROM products_fts WHERE products_fts MATCH 'crash'").get() as { n: number }).n;
        // A product of the import edited while it runs gets a search entry of its own.
        const edit = (id: string) => manager.call('catalog.updateProduct', { id, name: 'Crash Test Item renamed' });
        const fillAfter = spyOnStage(host, groups, edit, () => {
          expect(searchable()).toBe(1);
          raw.pragma(`max_page_count = ${pages()}`);
        });
        if (loaded) busyClock();
        const failure = await failureOf(manager.call('catalog.importCommit', { importId }));
        expect(fillAfter.reached).toBe(true);
        expect(raw.prepare("SELECT count(*) AS n FROM products WHERE name = 'Crash Test Item renamed'").get()).toEqual({ n: 0 });
        expect(failure).toMatchObject({
          code: 'DISK_FULL',
          key: 'request.diskFull',
          message: 'The disk is full: free some space on this computer; nothing was saved. Then try again.',
        });
        expect(products()).toBe(0);
        expect(raw.prepare('SELECT count(*) AS n FROM catalog_import_rows').get()).toEqual({ n: 0 });
        expect(searchable()).toBe(0);
        expect(host.store.imports.head(importId)?.status).toBe('uploaded');
        // The counter goes on billing where the disk allows it: the process lives.
        expect((await staff.call('billing.quote', { lines: bill(1).lines })).totals.payablePaise).toBe(2800);

        vi.restoreAllMocks();
        raw.pragma('max_page_count = 1073741823');
        expect((await manager.call('catalog.importCommit', { importId })).imported).toBe(ROWS);
        expect(products()).toBe(ROWS);
        expect(searchable()).toBe(ROWS);
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      });

  it('a disk that fills just after the import counted leaves its rows to be made live by the next commit, without a restart', async () => {
    const raw = host.store.raw;
    const manager = await host.as('manager');
    const ROWS = 3_000;
    const importId = await upload(manager, 'catalogue.csv', catalogueCsv(ROWS, 50_000));
    // A product of the import edited while it runs already has its search entry when it is made live.
    const edited = spyOnStage(
      host,
      5,
      (id) => manager.call('catalog.updateProduct', { id, name: 'Crash Test Item renamed' }),
      () => undefined,
    );
    const counted = host.store.imports.markCommitted.bind(host.store.imports);
    host.store.imports.markCommitted = (id, result, at) => {
      counted(id, result, at);
      // Not even the upload's freed pages are left: the file is full from here on.
      raw.pragma('max_page_count = 1');
    };
    busyClock();
    const failure = await failureOf(manager.call('catalog.importCommit', { importId }));
    expect(failure).toMatchObject({
      code: 'DISK_FULL',
      key: 'catalog.importNotLiveYet',
      message:
        'catalogue.csv is imported, but the disk filled before all its products were put on sale. Free some space on this computer, then import it again to finish.',
    });
    expect(host.store.imports.head(importId)?.status).toBe('committed');
    expect(products()).toBe(ROWS);
    const live = () => (raw.prepare("SELECT count(*) AS n FROM products WHERE name GLOB 'Crash Test Item *' AND active = 1").get() as { n: number }).n;
    expect(live()).toBeLessThan(ROWS);

    vi.restoreAllMocks();
    // A product still waiting to go on sale is put on sale by its import, not by hand; the refusal names the field.
    const waiting = raw.prepare('SELECT product_id AS id FROM catalog_import_rows WHERE active = 1 LIMIT 1').get() as { id: string };
    const byHand = await failureOf(manager.call('catalog.updateProduct', { id: waiting.id, active: true }));
    expect(byHand).toMatchObject({ code: 'INVALID_INPUT', key: 'catalog.activeWhileImporting' });
    expect(byHand?.message).toMatch(/^Active: Crash Test Item \d+ is still being imported from catalogue\.csv;/);
    expect(byHand?.params).toEqual({ product: expect.stringMatching(/^Crash Test Item \d+$/), file: 'catalogue.csv' });
    expect(say('hi', 'catalog.activeWhileImporting', { product: 'X', file: 'catalogue.csv' })).toMatch(/^चालू: X अभी catalogue\.csv से आयात हो रहा है/);
    expect(await failureOf(manager.call('catalog.updateProduct', { id: waiting.id, active: false }))).toMatchObject({ key: 'catalog.activeWhileImporting' });
    expect(raw.prepare('SELECT active FROM products WHERE id = ?').get(waiting.id)).toEqual({ active: 0 });

    raw.pragma('max_page_count = 1073741823');
    // "Import it again to finish": the same commit again finishes it and says so.
    const again = await manager.call('catalog.importCommit', { importId });
    expect(again).toMatchObject({ importId, imported: ROWS, skipped: 0, errors: [], finished: true });
    expect(await failureOf(manager.call('catalog.importCommit', { importId }))).toMatchObject({ code: 'DUPLICATE', key: 'catalog.alreadyImported' });
    expect(edited.reached).toBe(true);
    expect(live()).toBe(ROWS);
    expect(raw.prepare("SELECT count(*) AS n FROM products WHERE name = 'Crash Test Item renamed' AND active = 1").get()).toEqual({ n: 1 });
    expect(raw.prepare('SELECT count(*) AS n FROM catalog_import_rows').get()).toEqual({ n: 0 });
    expect(raw.prepare("SELECT count(*) AS n FROM products_fts WHERE products_fts MATCH 'crash'").get()).toEqual({ n: ROWS });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
