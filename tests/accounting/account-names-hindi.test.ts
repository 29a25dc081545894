import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { ID_LIKE } from '../support/words';
import { hostWithClients, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

/*
 * A ledger's particulars (the entry's other accounts) name the system accounts in the reader's
 * language, on screen and in its Excel/PDF model; an account the owner made or renamed stays as
 * stored. An entry's lines name their party (customer or supplier), never its id.
 */
let host: TestHost;
let en: ApiClient;
let hi: ApiClient;
let customerId: string;
let bill: { id: string; number: string };
let pettyCode: string;
const DAY = '2026-11-24';

beforeAll(async () => {
  ({ host, en, hi } = await hostWithClients({ en: 'owner', hi: ['owner', 'hindi-office', 'hi'] }));
  customerId = (await en.call('customers.add', { name: 'Anita Joshi', phone: '9893012345' })).id;
  const lines = [{ productId: 'prod-demo-001', qtyMilli: 1000 }];
  bill = await sellPaidInFull(en, '5f1c2a9e-0b7d-4c1e-9a51-3d2f8e7b6a10', { lines, customerId }, 'credit');
  await en.call('accounting.expense', { account: 'RENT', amountPaise: 100000, paidFrom: 'CASH' });
  pettyCode = (await en.call('accounting.addAccount', { name: 'Galla petty cash', group: 'cash' })).code;
  await en.call('accounting.updateAccount', { code: 'ELECTRICITY', name: 'MPEB bill' });
  await en.call('accounting.expense', { account: 'ELECTRICITY', amountPaise: 30000, paidFrom: pettyCode });
});
afterAll(() => host.dispose());

const particulars = async (client: ApiClient, account: string) =>
  (await client.call('accounting.ledger', { account, from: DAY, to: DAY })).rows.map((r) => r.particulars);

describe('ledger particulars in the reader’s language', () => {
  it('system accounts are said in Hindi on a Hindi ledger and as stored in English', async () => {
    expect(await particulars(hi, 'CASH')).toContain('दुकान का किराया');
    expect(await particulars(en, 'CASH')).toContain('Shop rent');
    const sales = (await particulars(hi, 'DEBTORS')).join(' | ');
    expect(sales).toContain('बिक्री');
    expect(sales).toContain('आउटपुट CGST');
    expect(sales).not.toMatch(/Sales|Output/);
    expect((await particulars(en, 'DEBTORS')).join(' | ')).toContain('Sales');
  });

  it('an account the owner made or renamed keeps its own name', async () => {
    expect(await particulars(hi, pettyCode)).toEqual(['MPEB bill']);
    expect(await particulars(hi, 'ELECTRICITY')).toEqual(['Galla petty cash']);
  });

  it('the ledger report (screen, Excel, PDF) carries the Hindi particulars', async () => {
    const model = await hi.call('reports.view', { report: 'ledger', account: 'CASH', from: DAY, to: DAY });
    const cells = model.parts.flatMap((p) => p.rows.flatMap((r) => r.cells)).filter((c): c is string => typeof c === 'string');
    expect(cells.some((c) => c.startsWith('दुकान का किराया'))).toBe(true);
    expect(cells.some((c) => c.startsWith('Shop rent'))).toBe(false);
  });

  it('the khata statement’s rows fall back to Hindi account names too', async () => {
    const statement = await hi.call('khata.ledger', { partyType: 'customer', partyId: customerId });
    expect(statement.rows.map((r) => r.particulars).join(' ')).not.toMatch(/Sales|Output|Cash in hand/);
  });
});

describe('an entry’s lines name the party', () => {
  it('a khata bill’s debtors line carries the customer’s name, in one entry and in every entry of the bill', async () => {
    const [sale] = await en.call('accounting.entriesFor', { refId: bill.id });
    const debtors = sale?.lines.find((l) => l.account === 'DEBTORS');
    expect(debtors?.partyId).toBe(customerId);
    expect(debtors?.partyName).toBe('Anita Joshi');
    expect(sale?.lines.filter((l) => l.partyId === null).every((l) => l.partyName === null)).toBe(true);
    const one = await hi.call('accounting.entry', { id: sale?.id ?? '' });
    expect(one.lines.find((l) => l.account === 'DEBTORS')?.partyName).toBe('Anita Joshi');
    expect(one.lines.map((l) => l.partyName).join(' ')).not.toMatch(ID_LIKE);
  });

  it('a supplier’s bill on credit names the supplier', async () => {
    const supplier = (await en.call('suppliers.list', {})).find((s) => s.active);
    if (!supplier) throw new Error('the demo shop has suppliers');
    const voucher = await en.call('accounting.expense', { account: 'RENT', amountPaise: 5000, supplierId: supplier.id });
    const [entry] = await en.call('accounting.entriesFor', { refId: voucher.id });
    expect(entry?.lines.find((l) => l.partyId === supplier.id)?.partyName).toBe(supplier.name);
  });
});

describe('a party’s ledger is titled by the party’s name', () => {
  it('the customer’s part of the debtors’ ledger says the customer’s name, never the id, in both languages', async () => {
    for (const [client, account] of [
      [en, 'Sundry debtors'],
      [hi, 'देनदार'],
    ] as const) {
      const model = await client.call('reports.view', { report: 'ledger', account: 'DEBTORS', partyId: customerId, from: DAY, to: DAY });
      expect(model.title).toContain('Anita Joshi');
      expect(model.title).not.toContain(customerId);
      expect(model.title).toContain(account);
    }
  });
});
