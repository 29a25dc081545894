import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';
import { checkBooks } from './check-books';

// The crash test is only as good as its checker: here each promise is broken on purpose and must be caught.
let host: TestHost;
let staff: ApiClient;
let acked: Map<string, string>;
beforeEach(async () => {
  ({ host, staff } = await hostWithClients({ staff: 'staff' }));
  acked = new Map();
  for (const ref of ['good-bill-0001', 'good-bill-0002']) {
    const inv = await staff.call('billing.postInvoice', {
      clientRef: ref,
      lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 28500 }],
    });
    acked.set(ref, inv.number);
  }
});
afterEach(() => host.dispose());

const check = (unanswered?: string) => checkBooks(host.store.raw, { acked, unanswered });

describe('checkBooks', () => {
  it('passes books written by the real billing service', () => {
    expect(check()).toEqual([]);
  });

  it('catches an invoice written without the rest of its bill', () => {
    // An invoice row alone, as a bill written outside one transaction would leave after a crash.
    host.store.raw.exec(`
      CREATE TEMP TABLE half AS SELECT * FROM invoices WHERE client_ref = 'good-bill-0001';
      UPDATE half SET id = 'inv-half', client_ref = 'half-bill-0001', number = 'C1/2627/00003';
      INSERT INTO invoices SELECT * FROM half;
      UPDATE number_series SET last = last + 1;`);
    expect(check('half-bill-0001')).toEqual([
      'partial bill C1/2627/00003 (half-bill-0001): no lines, paid 0 of 28500, 0 sales journal entries, 0 audit rows, 0 outbox events, 0 print jobs',
    ]);
    expect(check()).toContain('bill half-bill-0001 (C1/2627/00003) is stored, was never acknowledged, and was not the bill in flight');
  });

  it('catches a lost acknowledged bill and a wrong number', () => {
    acked.set('lost-bill-0001', 'C1/2627/00003');
    acked.set('good-bill-0002', 'C1/2627/00009');
    expect(check()).toEqual([
      'acknowledged bill good-bill-0002 was C1/2627/00009 but is stored as C1/2627/00002',
      'acknowledged bill lost-bill-0001 (C1/2627/00003) is missing',
    ]);
  });

  it('catches a gap in a series', () => {
    host.store.raw.exec('UPDATE number_series SET last = last + 1');
    expect(check()).toEqual([expect.stringMatching(/^series C1 sale 2627: last is 3 but it has 2 bills numbered 1 to 2$/)]);
  });

  it('catches a journal entry that does not balance', () => {
    host.store.raw.exec(`
      INSERT INTO journal_entries (id, date, voucher_type, ref_type, ref_id, narration, created_at) VALUES ('je-lopsided', '2026-11-24', 'journal', 'manual', 'x', 'one-sided', '2026-11-24T05:30:00.000Z');
      INSERT INTO journal_lines (entry_id, seq, account_code, debit_paise, credit_paise) VALUES ('je-lopsided', 1, 'CASH', 100, 0);`);
    expect(check()).toEqual(['unbalanced journal entries: je-lopsided', '1 journal entries with fewer than two lines', 'Σ debits − Σ credits = 100 paise']);
  });
});
