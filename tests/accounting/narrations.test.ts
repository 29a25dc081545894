import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

/*
 * The books write their own narrations ("Sale C1/…", "Drawer opened …") as words: each screen and
 * export says them in the reader's language, a typed narration stays as typed, an entry written
 * before the books kept words reads as stored, and Tally gets the stored English.
 */
let host: TestHost;
let en: ApiClient;
let hi: ApiClient;
let customerId: string;
let bill: { id: string; number: string };
const DAY = '2026-11-24';

beforeAll(async () => {
  ({ host, en, hi } = await hostWithClients({ en: 'owner', hi: ['owner', 'hindi-office', 'hi'] }));
  const register = await en.call('accounting.register', {});
  if (register.open) await en.call('accounting.closeRegister', { countedPaise: register.bookCashPaise });
  await en.call('accounting.openRegister', { countedPaise: register.bookCashPaise + 5000 });
  customerId = (await en.call('customers.add', { name: 'Anita Joshi', phone: '9893012345' })).id;
  const lines = [{ productId: 'prod-demo-001', qtyMilli: 1000 }];
  bill = await sellPaidInFull(en, '3f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10', { lines, customerId }, 'credit');
  await en.call('khata.receive', { customerId, amountPaise: 5000, method: 'upi' });
  await en.call('accounting.expense', { account: 'RENT', amountPaise: 100000, paidFrom: 'CASH' });
  await en.call('accounting.contra', { from: 'CASH', to: 'BANK', amountPaise: 20000, narration: 'Deposit by Ramesh' });
  // An entry written before the books kept words: its stored text is all there is.
  const db = new Database(join(host.dir, 'shop.sqlite'));
  try {
    db.prepare(
      "INSERT INTO journal_entries (id, date, voucher_type, ref_type, ref_id, narration, reverses_id, created_at) VALUES ('je-old', ?, 'journal', 'other', 'old-1', 'Sale OLD/0001 (before words)', NULL, ?)",
    ).run(DAY, '2026-11-24T05:00:00.000Z');
    db.prepare("INSERT INTO journal_lines (entry_id, seq, account_code, debit_paise, credit_paise, party_id) VALUES ('je-old', 1, 'CASH', 100, 0, NULL)").run();
    db.prepare(
      "INSERT INTO journal_lines (entry_id, seq, account_code, debit_paise, credit_paise, party_id) VALUES ('je-old', 2, 'SALES', 0, 100, NULL)",
    ).run();
  } finally {
    db.close();
  }
});
afterAll(() => host.dispose());

const narrations = async (client: ApiClient) => (await client.call('accounting.dayBook', { from: DAY, to: DAY })).entries.map((e) => e.narration);

describe('the books’ narrations in the reader’s language', () => {
  it('the day book says the books’ own narrations in English and in Hindi, typed and older ones as stored', async () => {
    const english = await narrations(en);
    expect(english).toContain(`Sale ${bill.number}`);
    expect(english.some((n) => /^Drawer opened: counted ₹[\d,.]+, books ₹[\d,.]+, cash over ₹50\.00$/.test(n))).toBe(true);
    expect(english).toContain('Received from Anita Joshi (upi)');
    expect(english).toContain('Shop rent');
    expect(english).toContain('Deposit by Ramesh');
    expect(english).toContain('Sale OLD/0001 (before words)');

    const hindi = await narrations(hi);
    expect(hindi).toContain(`बिक्री ${bill.number}`);
    expect(hindi.some((n) => /^ड्रॉअर खुला: गिना ₹[\d,.]+, खाते में ₹[\d,.]+, नकद ₹50\.00 ज़्यादा$/.test(n))).toBe(true);
    expect(hindi).toContain('Anita Joshi से मिला (यूपीआई)');
    expect(hindi).toContain('दुकान का किराया');
    expect(hindi).toContain('Deposit by Ramesh');
    expect(hindi).toContain('Sale OLD/0001 (before words)');
    expect(hindi.filter((n) => /^(Sale|Drawer|Received|Shop rent)/.test(n))).toEqual(['Sale OLD/0001 (before words)']);
  });

  it('the day book report (screen, Excel, PDF) carries the Hindi narration', async () => {
    const model = await hi.call('reports.view', { report: 'dayBook', from: DAY, to: DAY });
    const cells = model.parts.flatMap((p) => p.rows.flatMap((r) => r.cells));
    expect(cells).toContain(`बिक्री ${bill.number}`);
    expect(cells).not.toContain(`Sale ${bill.number}`);
  });

  it('a ledger, an entry, the voucher list and the khata statement say them in Hindi too', async () => {
    const cash = await hi.call('accounting.cashBook', { from: DAY, to: DAY });
    expect(cash.rows.map((r) => r.narration)).toContain('दुकान का किराया');
    const sale = (await hi.call('accounting.entriesFor', { refId: bill.id }))[0];
    expect(sale?.narration).toBe(`बिक्री ${bill.number}`);
    const one = sale ? await hi.call('accounting.entry', { id: sale.id }) : undefined;
    expect(one?.narration).toBe(`बिक्री ${bill.number}`);
    const vouchers = await hi.call('accounting.vouchers', { from: DAY, to: DAY });
    expect(vouchers.map((v) => v.narration)).toEqual(expect.arrayContaining(['Anita Joshi से मिला (यूपीआई)', 'दुकान का किराया', 'Deposit by Ramesh']));
    expect(vouchers.find((v) => v.kind === 'register')?.narration).toMatch(/^ड्रॉअर खुला/);
    const englishVouchers = await en.call('accounting.vouchers', { from: DAY, to: DAY });
    expect(englishVouchers.map((v) => v.narration)).toContain('Received from Anita Joshi (upi)');
    const statement = await hi.call('khata.ledger', { partyType: 'customer', partyId: customerId });
    expect(statement.rows.map((r) => r.narration)).toEqual([`बिक्री ${bill.number}`, 'Anita Joshi से मिला (यूपीआई)']);
  });

  it('Tally’s export keeps the stored English text whatever the reader’s language', async () => {
    const file = await hi.call('accounting.tallyXml', { from: DAY, to: DAY });
    const xml = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(xml).toContain(`<NARRATION>Sale ${bill.number}</NARRATION>`);
    expect(xml).not.toContain('बिक्री');
  });
});
