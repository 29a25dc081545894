import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract/index';
import { say } from '../../app/core/i18n/fail';
import { expectApiError } from '../support/api-errors';
import { trialBalanceDifference, unbalancedEntries } from '../support/accounting';
import { hostWithClients, type TestHost } from '../support/test-host';
import { ATTA, SUGAR } from '../support/demo-catalog';

let host: TestHost;
let manager: ApiClient;
let owner: ApiClient;

beforeEach(async () => ({ host, manager, owner } = await hostWithClients({ manager: ['manager', 'manager-tablet'], owner: 'owner' })));
afterEach(() => host.dispose());

const lines = [
  { productId: ATTA, qtyMilli: 1000 },
  { productId: SUGAR, qtyMilli: 1250 },
];
const book = () => manager.call('billing.addPaperBook', { name: 'Paper book A', prefix: 'pb-a', firstNumber: '001' });

describe('bills written by hand', () => {
  it('posts yesterday’s paper bill under the book’s number into the books, stock, audit and GSTR-1', async () => {
    const b = await book();
    expect(b).toMatchObject({ prefix: 'PB-A', width: 3, bills: 0, lastNumber: null });
    const inv = await manager.call('billing.enterPaperBill', {
      clientRef: 'paper-a-0037',
      bookId: b.id,
      number: '37',
      date: '2026-11-23',
      lines,
      tenders: [{ method: 'cash', amountPaise: 34300 }],
    });
    // Hand-worked: atta 28500 incl. 5% → taxable 27143, CGST = SGST 679 (28501); sugar 1.25 kg × 4600 = 5750
    // → 5476 + 137 + 137. Value 28501 + 5750 = 34251 → payable 34300, round-off +49.
    expect(inv.number).toBe('PB-A/037');
    expect(inv.date).toBe('2026-11-23');
    expect(inv.totals).toMatchObject({ taxablePaise: 32619, cgstPaise: 816, sgstPaise: 816, valuePaise: 34251, roundOffPaise: 49, payablePaise: 34300 });
    expect(inv.print.status).toBe('disabled');

    const [entry] = await manager.call('accounting.entriesFor', { refId: inv.id });
    expect(entry?.date).toBe('2026-11-23');
    const by = (a: string) => entry?.lines.find((l) => l.account === a);
    expect(by('CASH')?.debitPaise).toBe(34300);
    expect(by('SALES')?.creditPaise).toBe(32619);
    expect(by('OUTPUT_SGST')?.creditPaise).toBe(816);
    expect(unbalancedEntries(host.store.raw)).toEqual([]);
    expect(trialBalanceDifference(host.store.raw)).toBe(0);

    const moves = await manager.call('inventory.movesFor', { refId: inv.id });
    expect(moves.map((m) => [m.productId, m.qtyMilli])).toEqual([
      [ATTA, -1000],
      [SUGAR, -1250],
    ]);

    const audit = host.store.raw
      .prepare("SELECT user_id AS userId, at, after_json AS after FROM audit_log WHERE action = 'billing.enterPaperBill'")
      .all() as Array<{ userId: string; at: string; after: string }>;
    expect(audit).toHaveLength(1);
    expect(audit[0]?.at).toBe('2026-11-24T05:30:00.000Z');
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ number: 'PB-A/037', date: '2026-11-23', enteredLate: true });

    const list = await manager.call('billing.paperBills', {});
    expect(list).toEqual([
      expect.objectContaining({ number: 'PB-A/037', date: '2026-11-23', bookName: 'Paper book A', payablePaise: 34300, enteredAt: '2026-11-24T05:30:00.000Z' }),
    ]);
    expect(list[0]?.enteredBy).toMatch(/manager/i);
    expect((await manager.call('billing.paperBooks', {}))[0]).toMatchObject({ bills: 1, lastNumber: 'PB-A/037' });

    // A counter bill the same month: GSTR-1's table 13 lists the paper book as its own series.
    const staff = await host.as('staff');
    const counter = await staff.call('billing.postInvoice', {
      clientRef: 'counter-0001',
      lines: [{ productId: ATTA, qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 28500 }],
    });
    const g = await manager.call('gst.gstr1', { period: '112026' });
    const docs = g.json.doc_issue.doc_det.find((d) => d.doc_num === 1)?.docs ?? [];
    expect(docs.map((d) => [d.from, d.to, d.totnum])).toEqual([
      [counter.number, counter.number, 1],
      ['PB-A/037', 'PB-A/037', 1],
    ]);
  });

  it('refuses a number entered twice, a date in the future or in a closed period, naming the field; nothing is written', async () => {
    const b = await book();
    const enter = (number: string, date: string, clientRef: string) =>
      manager.call('billing.enterPaperBill', {
        clientRef,
        bookId: b.id,
        number,
        date,
        lines: [{ productId: ATTA, qtyMilli: 1000 }],
        tenders: [{ method: 'cash', amountPaise: 28500 }],
      });
    await enter('5', '2026-11-23', 'paper-a-0005');
    const again = await expectApiError(enter('005', '2026-11-22', 'paper-a-0005b'), 'DUPLICATE');
    expect(again.message).toBe('Bill number: PB-A/005 was already entered (each number of a book is entered once)');
    // The screens word a refusal by its key in the user's language.
    expect(again.key).toBe('billing.paperNumberUsed');
    expect(say('hi', 'billing.paperNumberUsed', { number: String(again.params?.['number']) })).toMatch(/^बिल नंबर: PB-A\/005 पहले ही/);
    expect((await expectApiError(enter('6', '2026-11-25', 'paper-a-0006'), 'INVALID_INPUT')).message).toBe(
      'Bill date: 25-11-2026 is after today; enter the date written on the bill',
    );
    expect((await expectApiError(enter('6a', '2026-11-23', 'paper-a-0006'), 'INVALID_INPUT')).message).toMatch(/^Bill number: “6a”/);
    await owner.call('accounting.updateSettings', { closedUpto: '2026-10-31' });
    await expectApiError(enter('7', '2026-10-30', 'paper-a-0007'), 'PERIOD_CLOSED');
    const count = host.store.raw.prepare("SELECT count(*) AS n FROM invoices WHERE number LIKE 'PB-A/%'").get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('keeps a book’s series apart from every counter’s and the shop’s own; staff cannot enter paper bills', async () => {
    const refused = async (prefix: string, key: string, name = `Book ${prefix}`) =>
      expect((await expectApiError(manager.call('billing.addPaperBook', { name, prefix, firstNumber: '1' }), 'INVALID_INPUT')).key).toBe(key);
    await refused('C1', 'billing.paperPrefixLikeCounter');
    await refused('C9CN', 'billing.paperPrefixLikeCounter');
    await refused('T2/2627', 'billing.paperPrefixLikeCounter');
    await refused('PB A', 'billing.paperPrefixShape');
    await refused('PB', 'billing.paperBookNameEmpty', ' ');
    expect(
      (await expectApiError(manager.call('billing.addPaperBook', { name: 'Long', prefix: 'PAPERBOOK/26', firstNumber: '0001' }), 'INVALID_INPUT')).message,
    ).toMatch(/^Bill number: PAPERBOOK\/26\/0001 has 17 characters/);
    await book();
    await refused('PB-A', 'billing.paperPrefixTaken');
    await expectApiError(manager.call('billing.addPaperBook', { name: 'paper book a', prefix: 'PB-B', firstNumber: '1' }), 'DUPLICATE');
    const staff = await host.as('staff');
    await expectApiError(staff.call('billing.paperBooks', {}), 'FORBIDDEN');
  });
});
