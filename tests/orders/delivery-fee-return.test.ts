import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ApiError } from '../../app/core/contract';
import { CATALOGUE, type MessageKey } from '../../app/core/i18n/catalogue';
import { textIn } from '../../app/core/i18n/text';
import { expectApiError } from '../support/api-errors';
import type { TestHost } from '../support/test-host';
import { deliveredOrder, deliveryShop } from '../support/web-orders';
import { ATTA, SALT } from '../support/demo-catalog';

/**
 * Returns of a delivered web order whose bill carries the delivery fee (docs/web-shop.md "Returns"):
 * the fee comes back only with the last of the goods, whole, with its own line's tax; it never
 * moves stock; asked alone or in part it is refused in the cashier's language.
 */
const FEE = 'svc-delivery';

let host: TestHost;
let cashier: ApiClient;
let manager: ApiClient;
let ref = 0;

beforeAll(async () => ({ host, cashier, manager } = await deliveryShop()));
afterAll(() => host?.dispose());

/** The words the return screen shows for a refusal, in Hindi. */
const inHindi = (e: ApiError) => textIn(CATALOGUE[e.key as MessageKey], 'hi', e.params);
const TAX = ['taxablePaise', 'cgstPaise', 'sgstPaise', 'igstPaise', 'cessPaise'] as const;
const taxOf = (l: Record<(typeof TAX)[number], number>) => TAX.map((h) => l[h]);
const onHand = async (ids: string[]) => Object.fromEntries((await cashier.call('inventory.onHand', { productIds: ids })).map((r) => [r.productId, r.qtyMilli]));
const feeMoves = () => host.store.raw.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM stock_moves WHERE product_id = ?`).get(FEE)?.n;
const returnOf = (client: ApiClient, invoiceId: string, lines: Array<{ lineNo: number; qtyMilli: number }>) =>
  client.call('accounting.creditNote', {
    clientRef: `fee-return-${String(++ref).padStart(6, '0')}`,
    invoiceId,
    lines,
    refund: 'cash',
    reason: 'Customer sent it back',
  });

describe('a return of a delivered order with a delivery fee', () => {
  it('keeps the fee while goods stay with the customer, and refunds it whole with the last of them', async () => {
    const before = await onHand([ATTA, SALT]);
    const { invoiceId } = await deliveredOrder(host, cashier, [
      { productId: ATTA, qty: 2, pricePaise: 28500 },
      { productId: SALT, qty: 1, pricePaise: 2800 },
    ]);
    const bill = await cashier.call('billing.getInvoice', { id: invoiceId });
    expect(bill.lines.map((l) => l.productId)).toEqual([ATTA, SALT, FEE]);

    const left = await cashier.call('accounting.returnable', { invoiceId });
    expect(left.lines.map((l) => [l.productId, l.serviceCharge, l.nameHi])).toEqual([
      [ATTA, false, expect.any(String)],
      [SALT, false, expect.any(String)],
      [FEE, true, 'डिलीवरी शुल्क'],
    ]);

    // One packet of atta back: the fee stays, the note's tax is the bill's share for that packet.
    const first = await returnOf(manager, invoiceId, [{ lineNo: 1, qtyMilli: 1000 }]);
    expect(first.lines.map((l) => l.productId)).toEqual([ATTA]);
    const attaLine = bill.lines[0];
    if (!attaLine) throw new Error('no atta line');
    expect(taxOf(first.lines[0] ?? attaLine)).toEqual(TAX.map((h) => Math.round(attaLine[h] / 2)));

    // The fee asked alone while goods are still out: refused, in English and Hindi, nothing written.
    const notes = () => host.store.raw.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM credit_notes WHERE invoice_id = ?`).get(invoiceId)?.n;
    const en = await expectApiError(returnOf(manager, invoiceId, [{ lineNo: 3, qtyMilli: 1000 }]), 'INVALID_INPUT');
    expect(en.message).toBe('The delivery charge is refunded only with the goods: return all the goods left on the bill and it comes back with them');
    const hi = await expectApiError(
      returnOf(manager, invoiceId, [
        { lineNo: 3, qtyMilli: 1000 },
        { lineNo: 2, qtyMilli: 1000 },
      ]),
      'INVALID_INPUT',
    );
    expect(hi.key).toBe('accounting.chargeOnlyWithGoods');
    expect(inHindi(hi)).toBe('डिलीवरी शुल्क सामान के साथ ही लौटता है: बिल पर बचा सारा सामान लौटाएँ, शुल्क उसके साथ लौट आएगा');
    // With the rest of the goods but only part of the fee: refused too.
    const part = await expectApiError(
      returnOf(manager, invoiceId, [
        { lineNo: 1, qtyMilli: 1000 },
        { lineNo: 2, qtyMilli: 1000 },
        { lineNo: 3, qtyMilli: 500 },
      ]),
      'INVALID_QUANTITY',
    );
    expect(inHindi(part)).toBe('डिलीवरी शुल्क पूरा ही लौटता है, आधा-अधूरा नहीं');
    expect(notes()).toBe(1);

    // The rest of the goods: the fee comes with them without being asked, at the bill line's own amounts.
    const last = await returnOf(manager, invoiceId, [
      { lineNo: 1, qtyMilli: 1000 },
      { lineNo: 2, qtyMilli: 1000 },
    ]);
    expect(last.lines.map((l) => [l.productId, l.invoiceLineNo, l.qtyMilli])).toEqual([
      [ATTA, 1, 1000],
      [SALT, 2, 1000],
      [FEE, 3, 1000],
    ]);
    const feeBilled = bill.lines[2];
    const feeBack = last.lines[2];
    if (!feeBilled || !feeBack) throw new Error('no fee line');
    expect([feeBack.hsn, feeBack.gstRateBp, feeBack.unit, ...taxOf(feeBack)]).toEqual(['1101', 500, 'pcs', 2381, 60, 60, 0, 0]);
    expect(taxOf(feeBack)).toEqual(taxOf(feeBilled));

    // Both notes together give back exactly the bill's tax, head by head; the customer gets ₹623.
    const sumNotes = (h: (typeof TAX)[number]) => first.totals[h] + last.totals[h];
    expect(TAX.map(sumNotes)).toEqual(TAX.map((h) => bill.totals[h]));
    expect(first.totals.totalPaise + last.totals.totalPaise).toBe(bill.totals.payablePaise);

    // Goods back on the shelf as before the order; the fee never moved stock.
    expect(await onHand([ATTA, SALT])).toEqual(before);
    expect(feeMoves()).toBe(0);
    const done = await cashier.call('accounting.returnable', { invoiceId });
    expect(done.lines.map((l) => l.qtyMilli - l.returnedMilli)).toEqual([0, 0, 0]);
    expect(done.creditNotes).toHaveLength(2);
    // Asked again: nothing is left of it.
    await expectApiError(returnOf(manager, invoiceId, [{ lineNo: 3, qtyMilli: 1000 }]), 'INVALID_QUANTITY');
  });

  it('takes the fee with the whole order in one note when the screen names it, the books balanced', async () => {
    const { invoiceId } = await deliveredOrder(host, cashier, [{ productId: ATTA, qty: 1, pricePaise: 28500 }]);
    const bill = await cashier.call('billing.getInvoice', { id: invoiceId });
    const note = await returnOf(manager, invoiceId, [
      { lineNo: 2, qtyMilli: 1000 },
      { lineNo: 1, qtyMilli: 1000 },
    ]);
    expect(note.lines.map((l) => l.productId)).toEqual([FEE, ATTA]);
    expect(TAX.map((h) => note.totals[h])).toEqual(TAX.map((h) => bill.totals[h]));
    expect(note.totals.totalPaise).toBe(bill.totals.payablePaise);
    const journal = host.store.raw
      .prepare<[string], { account: string; net: number }>(
        `SELECT l.account_code AS account, sum(l.debit_paise) - sum(l.credit_paise) AS net FROM journal_lines l
         JOIN journal_entries e ON e.id = l.entry_id WHERE e.ref_id = ? GROUP BY l.account_code`,
      )
      .all(note.id);
    expect(journal.reduce((s, j) => s + j.net, 0)).toBe(0);
    // Stock and cost of goods come back for the atta only: the fee has no cost.
    const cost = host.store.raw
      .prepare<[string], { cost: number }>(`SELECT cost_paise AS cost FROM credit_note_lines WHERE credit_note_id = ? ORDER BY line_no`)
      .all(note.id);
    expect(cost[0]?.cost).toBe(0);
    expect(cost[1]?.cost).toBeGreaterThan(0);
    expect(feeMoves()).toBe(0);
  });

  it('cancels a bill with the fee: the books and the stock undone, the fee line with them', async () => {
    const before = await onHand([ATTA]);
    const { invoiceId } = await deliveredOrder(host, cashier, [{ productId: ATTA, qty: 3, pricePaise: 28500 }], 'accepted');
    expect((await onHand([ATTA]))[ATTA]).toBe((before[ATTA] ?? 0) - 3000);
    const cancelled = await manager.call('billing.cancelInvoice', { id: invoiceId, reason: 'Customer not at home' });
    expect(cancelled.status).toBe('cancelled');
    expect(await onHand([ATTA])).toEqual(before);
    expect(feeMoves()).toBe(0);
    const net = host.store.raw
      .prepare<[string], { account: string; net: number }>(
        `SELECT l.account_code AS account, sum(l.debit_paise) - sum(l.credit_paise) AS net FROM journal_lines l
         JOIN journal_entries e ON e.id = l.entry_id WHERE e.ref_id = ? GROUP BY l.account_code`,
      )
      .all(invoiceId);
    expect(net.length).toBeGreaterThan(0);
    expect(net.every((r) => r.net === 0)).toBe(true);
    await expectApiError(returnOf(manager, invoiceId, [{ lineNo: 1, qtyMilli: 1000 }]), 'ALREADY_CANCELLED');
  });
});
