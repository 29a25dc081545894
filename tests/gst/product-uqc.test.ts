import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';
import { ATTA, SUGAR } from '../support/demo-catalog';

/** A product may name the GST portal's unit code it is filed under; the HSN summary uses it, else the unit's own. */

let host: TestHost;
let manager: ApiClient;
beforeEach(async () => ({ host, manager } = await hostWithClients({ manager: 'manager' })));
afterEach(() => host.dispose());

async function sell(ref: string) {
  const lines = [
    { productId: ATTA, qtyMilli: 2000 },
    { productId: SUGAR, qtyMilli: 1500 },
  ];
  const { totals } = await manager.call('billing.quote', { lines });
  await manager.call('billing.postInvoice', { clientRef: ref, lines, tenders: [{ method: 'cash', amountPaise: totals.payablePaise }] });
}

const uqcs = async () => {
  const r = await manager.call('gst.gstr1', { period: '112026' });
  return { rows: r.hsn.b2c.map((h) => [h.hsn, h.uqc, h.qtyMilli]), json: r.json.hsn.hsn_b2c.map((h) => [h.hsn_sc, h.uqc, h.qty]) };
};

describe("a product's UQC", () => {
  it('defaults from the unit, and once set the GSTR-1 HSN summary files it', async () => {
    await sell('uqc-sale-1');
    expect((await uqcs()).rows).toEqual([
      ['1101', 'NOS', 2000],
      ['1701', 'KGS', 1500],
    ]);
    const atta = await manager.call('catalog.updateProduct', { id: ATTA, uqc: 'BAG' });
    expect(atta.uqc).toBe('BAG');
    expect((await manager.call('catalog.get', { id: SUGAR })).uqc).toBeNull();
    const after = await uqcs();
    expect(after.rows).toEqual([
      ['1101', 'BAG', 2000],
      ['1701', 'KGS', 1500],
    ]);
    expect(after.json).toEqual([
      ['1101', 'BAG', 2],
      ['1701', 'KGS', 1.5],
    ]);
    await manager.call('catalog.updateProduct', { id: ATTA, uqc: null });
    expect((await uqcs()).rows[0]).toEqual(['1101', 'NOS', 2000]);
  });

  it('is saved when a product is added, and a code not on the portal’s list is refused naming the field', async () => {
    const base = { name: 'Rassi 10m', hsn: '5607', gstRateBp: 500, mrpPaise: 9000, pricePaise: 9000 };
    const rope = await manager.call('catalog.addProduct', { ...base, uqc: 'ROL' });
    expect((await manager.call('catalog.get', { id: rope.id })).uqc).toBe('ROL');
    const e = await manager.call('catalog.addProduct', { ...base, name: 'Rassi 20m', uqc: 'XYZ' as 'ROL' }).then(
      () => undefined,
      (x: unknown) => x,
    );
    if (!(e instanceof ApiError)) throw new Error('expected a refusal');
    expect(e.code).toBe('BAD_PARAMS');
    expect(e.message).not.toMatch(/\[|\bat /);
    expect(e.message).toMatch(/Unit code for GST/);
  });
});
