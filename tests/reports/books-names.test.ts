import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../app/core/i18n';
import { ledgerReport } from '../../app/core/reports/books';
import { trialBalanceReport } from '../../app/core/reports/accounting';
import { purchaseRegisterReport, salesRegisterReport } from '../../app/core/reports/registers';

/**
 * The books read as an accountant reads Tally: accounts by name under their group, a party by its
 * name under its account, a voucher's type in its own column; no account code in any cell, and no
 * second line on screen that the Excel and PDF would leave out.
 */
const zero = { openingPaise: 0, debitPaise: 0, creditPaise: 0, closingPaise: 0 };
const tb = {
  from: '2026-04-01',
  to: '2026-11-30',
  rows: [
    { code: 'CASH', name: 'Cash in hand', group: 'cash', type: 'asset', partyId: null, partyName: null, ...zero, debitPaise: 50_000, closingPaise: 50_000 },
    {
      code: 'DEBTORS',
      name: 'Sundry debtors (khata)',
      group: 'debtors',
      type: 'asset',
      partyId: 'cust-1',
      partyName: 'Sunita Devi',
      ...zero,
      debitPaise: 30_000,
      closingPaise: 30_000,
    },
    {
      code: 'DEBTORS',
      name: 'Sundry debtors (khata)',
      group: 'debtors',
      type: 'asset',
      partyId: 'cust-2',
      partyName: 'Vikram Singh',
      ...zero,
      debitPaise: 20_000,
      closingPaise: 20_000,
    },
    { code: 'SALES', name: 'Sales', group: 'sales', type: 'income', partyId: null, partyName: null, ...zero, creditPaise: 100_000, closingPaise: -100_000 },
  ],
  totals: { openingPaise: 0, debitPaise: 100_000, creditPaise: 100_000, closingDebitPaise: 100_000, closingCreditPaise: 100_000 },
} as const;
const hi = (key: keyof typeof CATALOGUE) => CATALOGUE[key].hi;

describe('the trial balance in Hindi', () => {
  const model = trialBalanceReport({ ...tb, rows: tb.rows.map((r) => ({ ...r })) }, 'hi');
  const rows = model.parts[0]?.rows ?? [];
  const labels = rows.map((r) => r.cells[0]);

  it('lists each group’s heading, then its accounts by name, then a party by its name under its account', () => {
    expect(labels).toEqual([
      hi('group.cash'),
      hi('accountName.CASH'),
      hi('group.debtors'),
      hi('accountName.DEBTORS'),
      'Sunita Devi',
      'Vikram Singh',
      hi('group.sales'),
      hi('accountName.SALES'),
      hi('report.total'),
    ]);
    expect(rows.map((r) => r.level ?? 0)).toEqual([0, 1, 0, 1, 2, 2, 0, 1, 0]);
    expect(rows[4]?.drill).toEqual({ kind: 'ledger', account: 'DEBTORS', partyId: 'cust-1', from: tb.from, to: tb.to });
    // the account over its parties has no figures of its own: they are the parties'
    expect(rows[3]?.cells.slice(1).every((c) => c === null)).toBe(true);
  });

  it('gives each group’s heading its subtotal, the accounts’ figures and the total unchanged', () => {
    // opening Dr, opening Cr, debit, credit, closing Dr, closing Cr
    expect(rows[0]?.cells.slice(1)).toEqual([null, null, 50_000, null, 50_000, null]);
    expect(rows[2]?.cells.slice(1)).toEqual([null, null, 50_000, null, 50_000, null]);
    expect(rows[6]?.cells.slice(1)).toEqual([null, null, null, 100_000, null, 100_000]);
    expect(rows[4]?.cells.slice(1)).toEqual([null, null, 30_000, null, 30_000, null]);
    expect(rows[8]?.cells.slice(1)).toEqual([null, null, 100_000, 100_000, 100_000, 100_000]);
  });

  it('shows no code, and nothing the exports would leave out', () => {
    const text = JSON.stringify(rows.map((r) => r.cells));
    for (const code of ['CASH', 'DEBTORS', 'SALES', 'cash', 'debtors']) expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
    expect(rows.filter((r) => r.details)).toEqual([]);
  });
});

describe('a ledger in Hindi', () => {
  it('gives the voucher’s type its own column beside its number', () => {
    const model = ledgerReport(
      { key: 'report.ledger', account: 'Sales', code: 'SALES' },
      {
        from: '2026-11-01',
        to: '2026-11-30',
        openingPaise: 0,
        closingPaise: -18_300,
        rows: [
          {
            entryId: 'e1',
            date: '2026-11-02',
            voucherType: 'sales',
            number: 'C1/2627/00001',
            particulars: 'बिल C1/2627/00001',
            narration: '',
            debitPaise: 0,
            creditPaise: 18_300,
            balancePaise: -18_300,
          },
        ],
      } as never,
      'hi',
    );
    const part = model.parts[0];
    expect(part?.columns.map((c) => c.key)).toEqual(['date', 'particulars', 'voucherType', 'voucher', 'debit', 'credit', 'balance']);
    expect(part?.rows[1]?.cells.slice(1, 4)).toEqual(['बिल C1/2627/00001', hi('voucherType.sales'), 'C1/2627/00001']);
    expect(part?.rows.filter((r) => r.details)).toEqual([]);
    expect(model.title).toBe(`${hi('report.ledger').replace('{account}', hi('accountName.SALES'))}`);
  });
});

const heads = { taxablePaise: 10_000, cgstPaise: 250, sgstPaise: 250, igstPaise: 0, cessPaise: 0 };

describe('the registers in Hindi', () => {
  it('give the sales register’s voucher type its own column, no second line', () => {
    const row = (kind: 'invoice' | 'credit_note', number: string) => ({
      date: '2026-11-02',
      id: number,
      kind,
      number,
      status: 'posted' as const,
      customerName: 'Sunita Devi',
      gstin: '27AAPFU0939F1ZV',
      placeOfSupply: '27',
      ...heads,
      roundOffPaise: 0,
      totalPaise: 10_500,
    });
    const model = salesRegisterReport(
      {
        from: '2026-11-01',
        to: '2026-11-30',
        rows: [row('invoice', 'C1/2627/00001'), row('credit_note', 'CN/2627/00001')],
        totals: { ...heads, roundOffPaise: 0, totalPaise: 21_000, invoices: 1, creditNotes: 1, cancelled: 0 },
      },
      'hi',
    );
    const part = model.parts[0];
    const keys = part?.columns.map((c) => c.key) ?? [];
    expect(keys.slice(0, 5)).toEqual(['date', 'number', 'voucherType', 'customer', 'gstin']);
    expect(part?.rows[0]?.cells.slice(1, 5)).toEqual(['C1/2627/00001', hi('voucherType.sales'), 'Sunita Devi', '27AAPFU0939F1ZV']);
    expect(part?.rows[1]?.cells[2]).toBe(hi('voucherType.credit_note'));
    expect(part?.rows.every((r) => r.cells.length === keys.length)).toBe(true);
    expect(part?.rows.filter((r) => r.details)).toEqual([]);
  });

  it('give the purchase register’s voucher type its own column beside the supplier’s number and GSTIN', () => {
    const row = (voucherType: string, number: string | null) => ({
      date: '2026-11-03',
      entryId: `e-${voucherType}`,
      voucherType,
      number,
      supplierId: 's1',
      supplierName: 'Gupta Traders',
      supplierGstin: '27AAACG1234A1Z5',
      supplierDate: '2026-11-01',
      against: null,
      ...heads,
      totalPaise: 10_500,
    });
    const model = purchaseRegisterReport(
      {
        from: '2026-11-01',
        to: '2026-11-30',
        rows: [row('purchase', 'GT-778'), row('expense', null)],
        totals: { ...heads, totalPaise: 21_000 },
      },
      'hi',
    );
    const part = model.parts[0];
    const keys = part?.columns.map((c) => c.key) ?? [];
    expect(keys.slice(0, 6)).toEqual(['date', 'billOrNote', 'voucherType', 'billDate', 'supplier', 'gstin']);
    expect(part?.rows[0]?.cells.slice(1, 6)).toEqual(['GT-778', hi('voucherType.purchase'), '2026-11-01', 'Gupta Traders', '27AAACG1234A1Z5']);
    expect(part?.rows[1]?.cells.slice(1, 3)).toEqual(['', hi('voucherType.expense')]);
    expect(part?.rows.every((r) => r.cells.length === keys.length)).toBe(true);
    expect(part?.rows.filter((r) => r.details)).toEqual([]);
  });
});
