import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiClient } from '../../app/core/contract';
import { balanced, BOOKS_LIMIT_PAISE } from '../../app/core/accounting/posting';
import { expectApiError } from '../support/api-errors';
import type { TestHost } from '../support/test-host';
import { hostWithExampleBills } from '../contract/example-run';

/**
 * Each account's running totals (ledger_totals, kept by a trigger) are what every posting's
 * books-range check reads: they must equal the journal's lines, bills, khata and cancellations
 * alike, and a bill that would take an account past the limit is refused by them.
 */
let host: TestHost;
let owner: ApiClient;
beforeAll(async () => ({ host, owner } = await hostWithExampleBills()));
afterAll(() => host.dispose());

const totals = () => host.store.raw.prepare('SELECT account_code, debit_paise, credit_paise, lines FROM ledger_totals ORDER BY account_code').all();
const fromLines = () =>
  host.store.raw
    .prepare(
      'SELECT account_code, sum(debit_paise) AS debit_paise, sum(credit_paise) AS credit_paise, count(*) AS lines FROM journal_lines GROUP BY account_code ORDER BY account_code',
    )
    .all();

describe('running totals per account', () => {
  it('equal the journal lines after bills, a khata bill and a cancellation', async () => {
    const { id } = await owner.call('billing.getInvoice', { id: (await owner.call('billing.listInvoices', { limit: 1 }))[0]!.id });
    await owner.call('billing.cancelInvoice', { id, reason: 'Customer returned the goods at the counter' });
    expect(totals().length).toBeGreaterThan(3);
    expect(totals()).toEqual(fromLines());
  });

  it('refuse a bill that would take cash past the books’ limit, and change nothing', async () => {
    const cash = (host.store.raw.prepare("SELECT debit_paise - credit_paise AS b FROM ledger_totals WHERE account_code = 'CASH'").get() as { b: number }).b;
    // Cash a few rupees short of the limit, entered through the journal's own checked path, against an account with nothing in it yet.
    const unused = (
      host.store.raw
        .prepare("SELECT code FROM accounts WHERE code NOT IN (SELECT account_code FROM ledger_totals) AND code NOT IN ('DEBTORS', 'CREDITORS') ORDER BY code")
        .get() as { code: string }
    ).code;
    host.store.journal.insert(
      {
        id: 'je-near-limit',
        date: '2026-11-24',
        voucherType: 'journal',
        refType: 'voucher',
        refId: 'near-limit',
        narration: 'near the limit',
        reversesId: null,
        createdAt: '2026-11-24T05:30:00.000Z',
      },
      balanced([
        { account: 'CASH', debit: BOOKS_LIMIT_PAISE - cash - 500, credit: 0, partyId: null },
        { account: unused, debit: 0, credit: BOOKS_LIMIT_PAISE - cash - 500, partyId: null },
      ]),
    );
    const before = totals();
    const example = api['billing.postInvoice'].example;
    await expectApiError(owner.call('billing.postInvoice', { ...example, clientRef: 'past-the-limit' }), 'INVALID_INPUT');
    expect(totals()).toEqual(before);
    expect(totals()).toEqual(fromLines());
  });
});
