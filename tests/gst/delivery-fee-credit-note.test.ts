import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import type { TestHost } from '../support/test-host';
import { deliveredOrder, deliveryShop } from '../support/web-orders';
import { returnPart } from '../support/selling';
import { ATTA, SALT, TOOR } from '../support/demo-catalog';

/**
 * GSTR-1 with credit notes of delivered web orders: the delivery fee's credit goes back under the
 * principal line's HSN and rate (the bill filed it there), nets out of b2cs with the bill, and the
 * HSN summary is the bills less the notes, by HSN, UQC and rate. Figures worked by hand from
 * tests/orders/delivery-fee.test.ts: ₹25 on a 5% atta bill is taxable 2381 with 60 + 60 under 1101.
 * The goods: atta ₹285 at 5% (HSN 1101, pcs), salt ₹28 and toor dal ₹160/kg at 0% (HSN 2501, 0713).
 */

let host: TestHost;
let cashier: ApiClient;
let manager: ApiClient;

beforeAll(async () => ({ host, cashier, manager } = await deliveryShop()));
afterAll(() => host?.dispose());

describe('credit notes of delivered orders in GSTR-1', () => {
  it('files the fee’s credit under the principal line’s HSN and rate, netted with the bill', async () => {
    // Order A comes back whole; of order B (toor dal the principal line) one kilo of dal comes back.
    const a = await deliveredOrder(host, cashier, [
      { productId: ATTA, qty: 2, pricePaise: 28500 },
      { productId: SALT, qty: 1, pricePaise: 2800 },
    ]);
    const b = await deliveredOrder(host, cashier, [
      { productId: ATTA, qty: 1, pricePaise: 28500 },
      { productId: TOOR, qty: 2, pricePaise: 16000 },
    ]);
    const whole = await manager.call('accounting.creditNote', {
      clientRef: 'gst-fee-return-a-0001',
      invoiceId: a.invoiceId,
      lines: [
        { lineNo: 1, qtyMilli: 2000 },
        { lineNo: 2, qtyMilli: 1000 },
      ],
      refund: 'cash',
      reason: 'Order refused at the door',
    });
    expect(whole.lines.map((l) => [l.productId, l.hsn, l.gstRateBp, l.taxablePaise, l.cgstPaise, l.sgstPaise])).toEqual([
      [ATTA, '1101', 500, 54286, 1357, 1357],
      [SALT, '2501', 0, 2800, 0, 0],
      ['svc-delivery', '1101', 500, 2381, 60, 60],
    ]);
    const part = await returnPart(manager, { clientRef: 'gst-fee-return-b-0001', invoiceId: b.invoiceId, lineNo: 2, reason: 'Dal pack torn' });
    expect(part.lines.map((l) => [l.productId, l.hsn, l.qtyMilli, l.taxablePaise])).toEqual([[TOOR, '0713', 1000, 16000]]);

    const date = (await cashier.call('billing.getInvoice', { id: a.invoiceId })).date;
    const [y, m] = date.split('-');
    const r = await manager.call('gst.gstr1', { period: `${m}${y}` });
    // b2cs 5%: bill A's atta and fee are netted out by its note; bill B's atta (27143, 679 + 679) stays.
    expect(r.json.b2cs.filter((row) => row.rt === 5)).toEqual([expect.objectContaining({ sply_ty: 'INTRA', txval: 271.43, camt: 6.79, samt: 6.79 })]);
    const hsn = r.hsn.b2c.map((h) => [h.hsn, h.uqc, h.qtyMilli, h.rateBp, h.taxablePaise, h.cgstPaise]);
    expect(hsn).toEqual(
      expect.arrayContaining([
        // 1101 NOS: bill A 2 atta + fee, bill B 1 atta, less note A's 2 atta + fee
        ['1101', 'NOS', 1000, 500, 27143, 679],
        // 0713: bill B's 2 kg less the kilo back; its fee (0%, under the dal) stays billed
        ['0713', 'KGS', 1000, 0, 16000, 0],
        ['0713', 'NOS', 1000, 0, 2500, 0],
      ]),
    );
    // Salt sold and returned whole on bill A: no row is left for it.
    expect(hsn.filter((h) => h[0] === '2501')).toEqual([]);
    expect(r.json.cdnur).toEqual([]);
  });
});
