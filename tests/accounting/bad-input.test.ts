import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectApiError } from '../support/api-errors';
import type { ApiError } from '../../app/core/contract/index';
import { type ApiClient, type ParamsIn } from '../../app/core/contract/index';
import type { ErrorCode } from '../../app/core/contract/errors';
import { gstinCheckChar } from '../../app/core/gst/index';
import { trialBalanceDifference, writtenRows } from '../support/accounting';
import { hostWithClients, type TestHost } from '../support/test-host';
import { returnPart } from '../support/selling';

/** Bad input gets a clear error and writes nothing; a payment beyond the dues is an advance, not an error. */
const ATTA = 'prod-demo-001'; // ₹285, 5%

let host: TestHost;
let owner: ApiClient;
let manager: ApiClient;
beforeEach(async () => ({ host, owner, manager } = await hostWithClients({ owner: 'owner', manager: 'manager' })));
afterEach(() => host.dispose());

/** Refused with this code, and nothing written. */
async function refused(p: Promise<unknown>, code: ErrorCode): Promise<ApiError> {
  const before = writtenRows(host.store.raw);
  const e = await expectApiError(p, code);
  expect(writtenRows(host.store.raw)).toEqual(before);
  return e;
}

/** One line of a manual journal. */
const debit = (account: string, debitPaise: number) => ({ account, debitPaise });
const credit = (account: string, creditPaise: number) => ({ account, creditPaise });

const customer = async (name = 'Meena Rathore', creditLimitPaise = 0) => manager.call('customers.add', { name, phone: '9827000001', creditLimitPaise });

describe('invalid GSTIN', () => {
  it('refuses a buyer’s GSTIN with a wrong check character, a bad state or a bad format, saying which', async () => {
    const body = '23AAGFG1234M1Z';
    const wrong = body + (gstinCheckChar(body) === 'A' ? 'B' : 'A');
    expect((await refused(manager.call('customers.add', { name: 'Typo Traders', gstin: wrong }), 'INVALID_INPUT')).message).toMatch(/check/i);
    await refused(manager.call('customers.add', { name: 'No State', gstin: '99AAGFG1234M1Z' + gstinCheckChar('99AAGFG1234M1Z') }), 'INVALID_INPUT');
    await refused(manager.call('customers.add', { name: 'Short', gstin: '23AAGFG1234' }), 'INVALID_INPUT');
  });

  it('refuses a shop GSTIN that fails its checksum', async () => {
    await refused(
      owner.call('shop.update', { gstin: '23ABCPS1234K1ZA' === '23ABCPS1234K1Z' + gstinCheckChar('23ABCPS1234K1Z') ? '23ABCPS1234K1ZB' : '23ABCPS1234K1ZA' }),
      'INVALID_INPUT',
    );
  });
});

describe('manual journal', () => {
  it('refuses debits that do not equal credits, a line with both or neither, and a khata line without a customer', async () => {
    const refusals: Array<[ParamsIn<'accounting.journal'>, ErrorCode]> = [
      [{ narration: 'Out by a rupee', lines: [debit('BANK', 10000), credit('CAPITAL', 9900)] }, 'INVALID_INPUT'],
      [{ lines: [{ account: 'BANK', debitPaise: 100, creditPaise: 100 }, credit('CAPITAL', 0)] }, 'INVALID_INPUT'],
      [{ lines: [debit('DEBTORS', 500), credit('SALES', 500)] }, 'INVALID_INPUT'],
      [{ lines: [debit('NO_SUCH', 500), credit('CAPITAL', 500)] }, 'NOT_FOUND'],
    ];
    for (const [journal, code] of refusals) await refused(owner.call('accounting.journal', journal), code);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);
  });

  it('is the owner’s alone', async () => {
    await refused(manager.call('accounting.journal', { lines: [debit('BANK', 100), credit('CAPITAL', 100)] }), 'FORBIDDEN');
  });
});

describe('closed period', () => {
  it('refuses back-dated entries, bills, returns and cancellations on or before the closing date', async () => {
    host.clock.set('2026-11-23T05:30:00.000Z');
    const bill = await manager.call('billing.postInvoice', {
      clientRef: 'before-close-1',
      lines: [{ productId: ATTA, qtyMilli: 2000 }],
      tenders: [{ method: 'cash', amountPaise: 57000 }],
    });
    host.clock.set('2026-11-24T05:30:00.000Z');
    await expect(owner.call('accounting.updateSettings', { closedUpto: '2026-11-24' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await owner.call('accounting.updateSettings', { closedUpto: '2026-11-23' });
    await refused(manager.call('accounting.expense', { date: '2026-11-20', account: 'RENT', amountPaise: 100000, paidFrom: 'CASH' }), 'PERIOD_CLOSED');
    await refused(owner.call('accounting.journal', { date: '2026-10-31', lines: [debit('BANK', 100), credit('CAPITAL', 100)] }), 'PERIOD_CLOSED');
    await refused(manager.call('khata.receive', { date: '2026-11-23', customerId: (await customer()).id, amountPaise: 100, method: 'cash' }), 'PERIOD_CLOSED');
    await refused(manager.call('billing.cancelInvoice', { id: bill.id, reason: 'Too late' }), 'PERIOD_CLOSED');
    await refused(owner.call('gst.setRate', { hsn: '1101', effectiveFrom: '2026-11-01', gstRateBp: 0 }), 'PERIOD_CLOSED');
    // a counter PC whose clock is wrong cannot bill into the closed days
    host.clock.set('2026-11-20T05:30:00.000Z');
    await refused(
      manager.call('billing.postInvoice', {
        clientRef: 'wrong-clock-1',
        lines: [{ productId: ATTA, qtyMilli: 1000 }],
        tenders: [{ method: 'cash', amountPaise: 28500 }],
      }),
      'PERIOD_CLOSED',
    );
    // today is open: a return of that bill is dated today and goes through
    host.clock.set('2026-11-24T05:30:00.000Z');
    await returnPart(manager, { clientRef: 'after-close-cn', invoiceId: bill.id, reason: 'Returned next day' });
  });

  it('is enforced by the database too, not only the services', async () => {
    await owner.call('accounting.updateSettings', { closedUpto: '2026-11-23' });
    const raw = host.store.raw;
    expect(() =>
      raw
        .prepare(
          "INSERT INTO journal_entries (id, date, voucher_type, ref_type, ref_id, narration, reverses_id, created_at) VALUES ('je-x', '2026-11-01', 'journal', 'voucher', 'v-x', 'sneaked in', NULL, '2026-11-24T05:30:00.000Z')",
        )
        .run(),
    ).toThrow(/closed/i);
  });
});

describe('payment larger than the dues', () => {
  it('settles the dues and keeps the rest as an advance that the next khata bill uses', async () => {
    const c = await customer();
    await manager.call('billing.postInvoice', {
      clientRef: 'khata-bill-01',
      customerId: c.id,
      lines: [{ productId: ATTA, qtyMilli: 1000 }],
      tenders: [{ method: 'credit', amountPaise: 28500 }],
    });
    const paid = await manager.call('khata.receive', { customerId: c.id, amountPaise: 50000, method: 'upi', reference: '431122334455' });
    expect(paid).toMatchObject({ balanceBeforePaise: 28500, balanceAfterPaise: -21500, advancePaise: 21500 });
    const bs = await manager.call('accounting.balanceSheet', { asOf: '2026-11-24' });
    expect(bs.liabilities.find((s) => s.key === 'advances_from_customers')?.totalPaise).toBe(21500);
    expect(bs.differencePaise).toBe(0);
    const ageing = await manager.call('khata.ageing', {});
    expect(ageing.rows.find((r) => r.partyId === c.id)).toMatchObject({ balancePaise: -21500, advancePaise: 21500, d0_30: 0 });
    // the next khata bill eats the advance first
    await manager.call('billing.postInvoice', {
      clientRef: 'khata-bill-02',
      customerId: c.id,
      lines: [{ productId: ATTA, qtyMilli: 1000 }],
      tenders: [{ method: 'credit', amountPaise: 28500 }],
    });
    expect((await manager.call('khata.ledger', { partyId: c.id })).closingPaise).toBe(7000);
  });
});

describe('bank statement', () => {
  const csv = [
    'Txn Date,Value Date,Description,Ref No./Cheque No.,Debit,Credit,Balance',
    '02-11-2026,02-11-2026,BY CASH DEPOSIT,000001,,"5,000.00","5,000.00"',
    '03-11-2026,03-11-2026,SMS CHARGES,000002,17.70,,"4,982.30"',
  ].join('\n');

  it('refuses an import of a statement already imported, even under another file name', async () => {
    const first = await manager.call('bank.import', { fileName: 'sbi-nov.csv', csv });
    expect(first.imported).toBe(2);
    const e = await refused(manager.call('bank.import', { fileName: 'sbi-nov-copy.csv', csv }), 'DUPLICATE');
    expect(e.message).toMatch(/already/i);
  });

  it('refuses a file that is not a bank statement', async () => {
    await refused(manager.call('bank.import', { fileName: 'notes.csv', csv: 'hello,world\n1,2' }), 'INVALID_INPUT');
  });
});
