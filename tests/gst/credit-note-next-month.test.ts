import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { ATTA } from '../support/demo-catalog';
import { returnPart, sellPaidInFull } from '../support/selling';
import { hostWithClients, type TestHost } from '../support/test-host';

/**
 * A walk-in's bill of November returned in December: GSTR-1 of November keeps the bill as filed
 * (a return already filed is never changed), and December's b2cs carries the note, netted into the
 * same supply type, place of supply and rate. Atta ₹285 at 5% inclusive: taxable 27143, 679 + 679.
 */
let host: TestHost;
let manager: ApiClient;
beforeAll(async () => ({ host, manager } = await hostWithClients({ manager: 'manager' })));
afterAll(() => host?.dispose());

const fivePercent = async (period: string) => (await manager.call('gst.gstr1', { period })).json.b2cs.filter((row) => row.rt === 5);

describe('a credit note made in the month after its bill', () => {
  it('leaves the bill’s month as filed and is declared in the month it is made', async () => {
    host.clock.set('2026-11-27T05:30:00.000Z');
    const novemberBefore = await fivePercent('112026');
    const bill = await sellPaidInFull(manager, '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c21', { lines: [{ productId: ATTA, qtyMilli: 2000 }] });
    const november = await fivePercent('112026');
    host.clock.set('2026-12-03T05:30:00.000Z');
    const decemberBefore = await fivePercent('122026');
    await returnPart(manager, { clientRef: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c22', invoiceId: bill.id, reason: 'Pack torn' });

    // November: the bill's two packs, and nothing of the note made later.
    const txval = (rows: typeof november) => Math.round(rows.reduce((s, r) => s + r.txval, 0) * 100);
    expect(txval(november) - txval(novemberBefore)).toBe(54286);
    expect(await fivePercent('112026')).toEqual(november);
    // December: the one pack back, netted into b2cs 5% INTRA of the month the note is made.
    const december = await fivePercent('122026');
    expect(txval(december) - txval(decemberBefore)).toBe(-27143);
    expect(december.every((r) => r.sply_ty === 'INTRA')).toBe(true);
  });
});
