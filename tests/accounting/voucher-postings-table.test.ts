import { describe, expect, it } from 'vitest';
import type { Balanced } from '../../app/core/accounting/posting';
import {
  accountPaymentPostings,
  contraPostings,
  expensePostings,
  journalPostings,
  NO_TAX,
  receiptPostings,
  supplierPaymentPostings,
} from '../../app/core/accounting/voucher-postings';

/** Each voucher's journal written out by hand as [account, debit, credit, party] rows. */
type JournalRow = [string, number, number, string | null];
type Row = [string, () => Balanced, JournalRow[]];

const rows = (journal: Balanced): JournalRow[] => journal.map((l) => [l.account, l.debit, l.credit, l.partyId]);

const ROWS: Row[] = [
  [
    'receipt in cash',
    () => receiptPostings('c1', 50000, 'CASH'),
    [
      ['CASH', 50000, 0, null],
      ['DEBTORS', 0, 50000, 'c1'],
    ],
  ],
  [
    'receipt by UPI',
    () => receiptPostings('c2', 1, 'UPI_CLEARING'),
    [
      ['UPI_CLEARING', 1, 0, null],
      ['DEBTORS', 0, 1, 'c2'],
    ],
  ],
  [
    'supplier paid from the bank',
    () => supplierPaymentPostings('s1', 1234567, 'BANK'),
    [
      ['CREDITORS', 1234567, 0, 's1'],
      ['BANK', 0, 1234567, null],
    ],
  ],
  [
    'drawings paid in cash',
    () => accountPaymentPostings('DRAWINGS', 200000, 'CASH'),
    [
      ['DRAWINGS', 200000, 0, null],
      ['CASH', 0, 200000, null],
    ],
  ],
  // rent ₹10,000 + 18% GST intra: CGST = SGST = 900.00; paid ₹11,800 from the bank
  [
    'expense with CGST and SGST from the bank',
    () => expensePostings('RENT', 1000000, { cgstPaise: 90000, sgstPaise: 90000, igstPaise: 0, cessPaise: 0 }, { from: 'BANK' }),
    [
      ['RENT', 1000000, 0, null],
      ['INPUT_CGST', 90000, 0, null],
      ['INPUT_SGST', 90000, 0, null],
      ['BANK', 0, 1180000, null],
    ],
  ],
  // electricity ₹2,500 + IGST 18% = 450.00, owed to the supplier
  [
    'expense with IGST on credit',
    () => expensePostings('ELECTRICITY', 250000, { cgstPaise: 0, sgstPaise: 0, igstPaise: 45000, cessPaise: 0 }, { supplierId: 's2' }),
    [
      ['ELECTRICITY', 250000, 0, null],
      ['INPUT_IGST', 45000, 0, null],
      ['CREDITORS', 0, 295000, 's2'],
    ],
  ],
  [
    'expense without tax in cash',
    () => expensePostings('RENT', 99, NO_TAX, { from: 'CASH' }),
    [
      ['RENT', 99, 0, null],
      ['CASH', 0, 99, null],
    ],
  ],
  [
    'contra: cash deposited',
    () => contraPostings('CASH', 'BANK', 300000),
    [
      ['BANK', 300000, 0, null],
      ['CASH', 0, 300000, null],
    ],
  ],
  [
    'contra: cash withdrawn',
    () => contraPostings('BANK', 'CASH', 5000),
    [
      ['CASH', 5000, 0, null],
      ['BANK', 0, 5000, null],
    ],
  ],
  [
    'journal: khata taken as drawings',
    () =>
      journalPostings([
        { account: 'DRAWINGS', debitPaise: 12000, creditPaise: 0, partyId: null },
        { account: 'DEBTORS', debitPaise: 0, creditPaise: 12000, partyId: 'c1' },
      ]),
    [
      ['DRAWINGS', 12000, 0, null],
      ['DEBTORS', 0, 12000, 'c1'],
    ],
  ],
  [
    'journal: three lines, a party dropped off a non-party account',
    () =>
      journalPostings([
        { account: 'RENT', debitPaise: 700, creditPaise: 0, partyId: 'c9' },
        { account: 'ELECTRICITY', debitPaise: 300, creditPaise: 0, partyId: null },
        { account: 'CREDITORS', debitPaise: 0, creditPaise: 1000, partyId: 's1' },
      ]),
    [
      ['RENT', 700, 0, null],
      ['ELECTRICITY', 300, 0, null],
      ['CREDITORS', 0, 1000, 's1'],
    ],
  ],
];

const REFUSED: Array<[string, () => unknown, string]> = [
  ['a receipt of nothing', () => receiptPostings('c1', 0, 'CASH'), 'accounting.receivedNotPositive'],
  ['a payment of a fraction of a paisa', () => supplierPaymentPostings('s1', 10.5, 'BANK'), 'accounting.paidNotPositive'],
  [
    'an expense with CGST unequal to SGST',
    () => expensePostings('RENT', 100, { ...NO_TAX, cgstPaise: 9, sgstPaise: 8 }, { from: 'CASH' }),
    'accounting.cgstEqualsSgst',
  ],
  [
    'an expense with IGST and CGST',
    () => expensePostings('RENT', 100, { cgstPaise: 9, sgstPaise: 9, igstPaise: 18, cessPaise: 0 }, { from: 'CASH' }),
    'accounting.igstOrCgst',
  ],
  ['a contra to the same account', () => contraPostings('CASH', 'CASH', 100), 'accounting.contraSameAccount'],
  [
    'an unbalanced journal',
    () =>
      journalPostings([
        { account: 'RENT', debitPaise: 100, creditPaise: 0, partyId: null },
        { account: 'CASH', debitPaise: 0, creditPaise: 99, partyId: null },
      ]),
    'accounting.entryUnbalanced',
  ],
];

describe('voucher postings by hand', () => {
  it.each(ROWS)('%s', (_name, post, want) => {
    expect(rows(post())).toEqual(want);
  });

  it.each(REFUSED)('refuses %s', (_name, post, key) => {
    expect(post).toThrow(expect.objectContaining({ wording: expect.objectContaining({ key }) }));
  });
});
