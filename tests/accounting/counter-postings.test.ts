import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract/index';
import { trialBalanceDifference } from '../support/accounting';
import { hostWithClients, type TestHost } from '../support/test-host';

/** The books at the counter and in the office: credit limits, the cash drawer, vouchers, GST rates by date, the day's consolidated invoice. */
const ATTA = 'prod-demo-001'; // ₹285, 5%, HSN 1101
const COLA = 'prod-demo-030'; // ₹40, 40%, HSN 2202

let host: TestHost;
let owner: ApiClient;
let manager: ApiClient;
let staff: ApiClient;
beforeEach(async () => ({ host, owner, manager, staff } = await hostWithClients({ owner: 'owner', manager: 'manager', staff: 'staff' })));
afterEach(() => host.dispose());

const sell = (
  client: ApiClient,
  ref: string,
  lines: Array<{ productId: string; qtyMilli: number }>,
  amountPaise: number,
  extra: Record<string, unknown> = {},
) => client.call('billing.postInvoice', { clientRef: `counter-${ref}`, lines, tenders: [{ method: 'cash', amountPaise }], ...extra });
const balance = async (code: string) =>
  (await manager.call('accounting.trialBalance', { from: '2026-04-01', to: '2027-03-31' })).rows
    .filter((r) => r.code === code)
    .reduce((s, r) => s + r.closingPaise, 0);

describe('khata credit limit at the counter', () => {
  it('warns the cashier, who may go on, when the owner chose warn', async () => {
    const c = await manager.call('customers.add', { name: 'Lakhan Singh', phone: '9827000002', creditLimitPaise: 50000 });
    const bill = { lines: [{ productId: ATTA, qtyMilli: 2000 }], customerId: c.id, tenders: [{ method: 'credit' as const, amountPaise: 57000 }] };
    expect(await staff.call('khata.creditCheck', { customerId: c.id, amountPaise: 57000 })).toMatchObject({
      limitPaise: 50000,
      afterPaise: 57000,
      overByPaise: 7000,
      policy: 'warn',
    });
    await expect(staff.call('billing.postInvoice', { ...bill, clientRef: 'limit-warn-1' })).rejects.toMatchObject({ code: 'CREDIT_LIMIT' });
    const posted = await staff.call('billing.postInvoice', { ...bill, clientRef: 'limit-warn-1', creditLimitAck: true });
    expect(posted.totals.payablePaise).toBe(57000);
  });

  it('refuses the khata bill, even acknowledged, when the owner chose block; cash for the rest goes through', async () => {
    await owner.call('accounting.updateSettings', { creditPolicy: 'block' });
    const c = await manager.call('customers.add', { name: 'Lakhan Singh', phone: '9827000002', creditLimitPaise: 50000 });
    const e = staff.call('billing.postInvoice', {
      clientRef: 'limit-block-1',
      customerId: c.id,
      lines: [{ productId: ATTA, qtyMilli: 2000 }],
      tenders: [{ method: 'credit', amountPaise: 57000 }],
      creditLimitAck: true,
    });
    await expect(e).rejects.toMatchObject({ code: 'CREDIT_LIMIT' });
    const split = await staff.call('billing.postInvoice', {
      clientRef: 'limit-block-2',
      customerId: c.id,
      lines: [{ productId: ATTA, qtyMilli: 2000 }],
      tenders: [
        { method: 'credit', amountPaise: 50000 },
        { method: 'cash', amountPaise: 7000 },
      ],
    });
    expect(split.payments.map((p) => p.method)).toEqual(['credit', 'cash']);
    expect((await staff.call('khata.creditCheck', { customerId: c.id, amountPaise: 1 })).overByPaise).toBe(1);
  });
});

describe('cash register', () => {
  it('posts the difference between the counted cash and the books to cash over and short', async () => {
    const opened = await staff.call('accounting.openRegister', { countedPaise: 0 });
    expect(opened.differencePaise).toBeNull();
    await sell(staff, 'reg-1', [{ productId: ATTA, qtyMilli: 1000 }], 28500);
    await sell(staff, 'reg-2', [{ productId: COLA, qtyMilli: 2000 }], 8000);
    expect((await staff.call('accounting.register', {})).bookCashPaise).toBe(36500);
    await expect(staff.call('accounting.openRegister', { countedPaise: 0 })).rejects.toMatchObject({ code: 'DUPLICATE' });
    const closed = await staff.call('accounting.closeRegister', { countedPaise: 35500, denominations: { '200': 1, '100': 1, '50': 1, '5': 1 } });
    expect(closed).toMatchObject({ status: 'closed', closingBookPaise: 36500, closingCountedPaise: 35500, differencePaise: -1000 });
    expect(closed.auditHead).toMatch(/^[0-9a-f]{64}$/);
    expect(await balance('CASH_OVER_SHORT')).toBe(1000);
    expect(await balance('CASH')).toBe(35500);
    // next morning the drawer holds ₹10 more than the books: cash over
    host.clock.advance(86_400_000);
    const next = await staff.call('accounting.openRegister', { countedPaise: 36500 });
    expect(next.openingCountedPaise - next.openingBookPaise).toBe(1000);
    expect(await balance('CASH_OVER_SHORT')).toBe(0);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);
  });
});

describe('vouchers', () => {
  it('books an expense with input GST, a contra, a payment, and corrects one by reversal', async () => {
    await owner.call('accounting.journal', {
      narration: 'Capital brought in',
      lines: [
        { account: 'BANK', debitPaise: 5000000 },
        { account: 'CAPITAL', creditPaise: 5000000 },
      ],
    });
    const power = await manager.call('accounting.expense', { account: 'ELECTRICITY', amountPaise: 184000, paidFrom: 'BANK', reference: 'MPEB Nov' });
    const phone = await manager.call('accounting.expense', {
      account: 'TELEPHONE',
      amountPaise: 50000,
      tax: { cgstPaise: 4500, sgstPaise: 4500 },
      paidFrom: 'BANK',
    });
    expect(phone.amountPaise).toBe(59000);
    const contra = await manager.call('accounting.contra', { from: 'BANK', to: 'CASH', amountPaise: 1000000, reference: 'Cheque 000124 self' });
    expect(contra.kind).toBe('contra');
    await expect(manager.call('accounting.contra', { from: 'BANK', to: 'RENT', amountPaise: 100 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const drawings = await manager.call('accounting.payment', { to: { account: 'DRAWINGS' }, amountPaise: 200000, from: 'CASH' });
    expect(await balance('BANK')).toBe(5000000 - 184000 - 59000 - 1000000);
    expect(await balance('INPUT_CGST')).toBe(4500);

    const reversed = await owner.call('accounting.reverseVoucher', { id: power.id, reason: 'Paid twice by mistake' });
    expect(reversed.reversal?.reason).toBe('Paid twice by mistake');
    expect(reversed.entries).toHaveLength(2);
    await expect(owner.call('accounting.reverseVoucher', { id: power.id, reason: 'Again' })).rejects.toMatchObject({ code: 'ALREADY_CANCELLED' });
    expect(await balance('ELECTRICITY')).toBe(0);
    expect(await balance('DRAWINGS')).toBe(200000);
    // posted vouchers cannot be edited in the database
    expect(() =>
      host.store.raw
        .prepare('UPDATE journal_lines SET debit_paise = debit_paise + 1 WHERE entry_id = (SELECT id FROM journal_entries WHERE ref_id = ?)')
        .run(drawings.id),
    ).toThrow();

    const day = await manager.call('accounting.dayBook', { from: '2026-11-24', to: '2026-11-24' });
    expect(day.entries).toHaveLength(7);
    const one = day.entries.find((e) => e.document.id === contra.id);
    const drill = await manager.call('accounting.entry', { id: one?.id ?? '' });
    expect(drill.lines.map((l) => [l.account, l.debitPaise, l.creditPaise])).toEqual([
      ['CASH', 1000000, 0],
      ['BANK', 0, 1000000],
    ]);
  });
});

describe('GST rates by date', () => {
  it('changes the rate of an HSN from a date: bills before keep the old rate, bills from it take the new', async () => {
    const preview = await manager.call('gst.previewRateChange', { select: { hsnPrefixes: ['2202'] }, effectiveFrom: '2026-12-01', gstRateBp: 1800 });
    expect(preview.products.map((p) => p.id)).toContain(COLA);
    expect(preview.products.every((p) => p.currentRateBp === 4000)).toBe(true);
    await expect(owner.call('gst.changeRates', { select: { hsnPrefixes: ['2202'] }, effectiveFrom: '2026-12-01', gstRateBp: 1200 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    const changed = await owner.call('gst.changeRates', {
      select: { hsnPrefixes: ['2202'] },
      effectiveFrom: '2026-12-01',
      gstRateBp: 1800,
      note: 'Council cut',
    });
    expect(changed.hsns).toEqual(['2202']);

    const before = await sell(staff, 'rate-1', [{ productId: COLA, qtyMilli: 1000 }], 4000);
    host.clock.set('2026-12-01T05:30:00.000Z');
    const after = await sell(staff, 'rate-2', [{ productId: COLA, qtyMilli: 1000 }], 4000);
    expect([before.lines[0]?.gstRateBp, after.lines[0]?.gstRateBp]).toEqual([4000, 1800]);
    // 4000 / 1.18 = 3389.83 → 3390; 9% = 305.1 → 305 each
    expect(after.lines[0]).toMatchObject({ taxablePaise: 3390, cgstPaise: 305, sgstPaise: 305 });
    const rates = await staff.call('gst.rates', {});
    expect(rates.filter((r) => r.hsn === '2202').map((r) => [r.effectiveFrom, r.gstRateBp])).toContainEqual(['2026-12-01', 1800]);
  });

  it('keeps tobacco and pan masala at 28% only with their cess', async () => {
    await expect(owner.call('gst.setRate', { hsn: '2106', effectiveFrom: '2026-12-01', gstRateBp: 2800 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await owner.call('gst.setRate', { hsn: '21069020', effectiveFrom: '2026-12-01', gstRateBp: 2800, cessRateBp: 6000, note: 'Pan masala' }),
    ).toMatchObject({ gstRateBp: 2800, cessRateBp: 6000 });
  });
});

describe('consolidated daily invoice for small B2C bills', () => {
  it('gives small walk-in bills slips and covers the day with one tax invoice', async () => {
    await owner.call('accounting.updateSettings', { consolidateSmallB2c: true });
    const slips = [
      await sell(staff, 'small-1', [{ productId: COLA, qtyMilli: 1000 }], 4000),
      await sell(staff, 'small-2', [{ productId: COLA, qtyMilli: 2000 }], 8000),
    ];
    const big = await sell(staff, 'big-1', [{ productId: ATTA, qtyMilli: 1000 }], 28500);
    expect(slips.map((s) => s.number)).toEqual(['C3S/2627/00001', 'C3S/2627/00002']);
    expect(big.number).toBe('C3/2627/00001');
    await expect(manager.call('gst.consolidateDay', { date: '2026-11-24' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    host.clock.advance(86_400_000);
    const ci = await manager.call('gst.consolidateDay', { date: '2026-11-24' });
    // 3 colas: 4000 → 2857 + 571 + 571 (3999, paid 40.00) and 8000 → 5714 + 1143 + 1143; the value is what the slips collected
    expect(ci).toMatchObject({ number: 'C2CI/2627/00001', bills: 2, totals: { taxablePaise: 8571, cgstPaise: 1714, sgstPaise: 1714, valuePaise: 12000 } });
    // a second try finds nothing left to cover and issues nothing
    await expect(manager.call('gst.consolidateDay', { date: '2026-11-24' })).rejects.toThrow(/no slips|already/i);
    expect(await manager.call('gst.consolidated', { from: '2026-11-01', to: '2026-11-30' })).toHaveLength(1);
    const r = await manager.call('gst.gstr1', { period: '112026' });
    const docs = (
      r.json as { doc_issue: { doc_det: Array<{ doc_num: number; docs: Array<{ from: string; to: string; totnum: number }> }> } }
    ).doc_issue.doc_det.find((d) => d.doc_num === 1)?.docs;
    expect(docs?.map((d) => [d.from, d.to, d.totnum])).toEqual([
      ['C2CI/2627/00001', 'C2CI/2627/00001', 1],
      ['C3/2627/00001', 'C3/2627/00001', 1],
    ]);
  });
});

describe('audit trail', () => {
  it('cannot be switched off, and finds a row removed behind the app’s back', async () => {
    const settings = await owner.call('accounting.settings', {});
    expect(Object.keys(settings).some((k) => /audit/i.test(k))).toBe(false);
    await sell(staff, 'audit-1', [{ productId: ATTA, qtyMilli: 1000 }], 28500);
    await owner.call('accounting.updateSettings', { creditPolicy: 'block' });
    const log = await owner.call('accounting.auditLog', {});
    expect(log[0]).toMatchObject({ action: 'accounting.updateSettings' });
    expect([log[0]?.beforeJson, log[0]?.afterJson]).toEqual([expect.stringContaining('warn'), expect.stringContaining('block')]);
    expect((await owner.call('accounting.verifyAudit', {})).ok).toBe(true);
    const raw = host.store.raw;
    expect(() => raw.prepare('DELETE FROM audit_log WHERE id = (SELECT max(id) - 1 FROM audit_log)').run()).toThrow(/append-only/);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE id = (SELECT max(id) - 1 FROM audit_log)').run();
    const check = await owner.call('accounting.verifyAudit', {});
    expect(check.ok).toBe(false);
    expect(check.problem).toMatch(/missing/);
  });
});
