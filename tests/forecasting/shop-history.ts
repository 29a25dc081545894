import type { ApiClient } from '../../app/core/contract';
import { fixedClock } from '../../app/core/testing/fakes';
import { makeTestHost, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

export const ATTA = 'prod-demo-001';
export const SALT = 'prod-demo-004';
export const SUPPLIER = 'supp-demo-001';
export const FIRST_DAY = '2026-09-01';
export const DAYS = 70;
/** Salt runs out on this day index and is back (a delivery) four days later. */
export const SALT_OUT = 20;
export const SALT_BACK = 24;
/** A bill on this day has 5 more atta, of which 2 come back on a credit note two days later. */
export const RETURN_DAY = 40;

export const dateOf = (i: number) => new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
/** Atta sells more at the weekend: the weekly pattern a forecast must carry. */
export const attaOn = (i: number) => {
  const weekday = new Date(`${dateOf(i)}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 6 : 2;
};

export interface ShopWithHistory {
  host: TestHost;
  clock: ReturnType<typeof fixedClock>;
  owner: ApiClient;
  staff: ApiClient;
}

const sell = (staff: ApiClient, ref: string, lines: Array<{ productId: string; qtyMilli: number }>) => sellPaidInFull(staff, ref, { lines });

/**
 * A real shop file with 70 days of bills made through the API, one day at a time on the shop's
 * clock: atta with a weekly pattern, salt that runs out and is restocked, and a return.
 */
export async function shopWithHistory(): Promise<ShopWithHistory> {
  const clock = fixedClock(`${FIRST_DAY}T04:30:00.000Z`);
  const host = makeTestHost({ clock });
  const owner = await host.as('owner');
  const staff = await host.as('staff');
  const buy = (i: number, productId: string, qtyMilli: number, unitCostPaise: number) =>
    owner.call('purchasing.postBill', {
      supplierId: SUPPLIER,
      supplierInvoiceNo: `T/${i}/${productId}`,
      supplierDate: dateOf(i),
      lines: [{ productId, qtyMilli, unitCostPaise, batchNo: `B${i}` }],
    });
  await buy(0, ATTA, 220_000, 26000);
  for (let i = 0; i < DAYS; i += 1) {
    clock.set(`${dateOf(i)}T06:30:00.000Z`);
    if (i === SALT_BACK) await buy(i, SALT, 200_000, 2400);
    const lines = [{ productId: ATTA, qtyMilli: attaOn(i) * 1000 }];
    if (i === SALT_OUT) {
      const [level] = await owner.call('inventory.onHand', { productIds: [SALT] });
      if (level && level.qtyMilli > 0) lines.push({ productId: SALT, qtyMilli: level.qtyMilli });
    } else if (i < SALT_OUT || i >= SALT_BACK) lines.push({ productId: SALT, qtyMilli: 2000 });
    await sell(staff, `bill-${dateOf(i)}`, lines);
    if (i === RETURN_DAY) {
      const extra = await sell(staff, `bill-${dateOf(i)}-x`, [{ productId: ATTA, qtyMilli: 5000 }]);
      clock.set(`${dateOf(i + 2)}T05:00:00.000Z`);
      await owner.call('accounting.creditNote', {
        clientRef: `return-${dateOf(i)}`,
        invoiceId: extra.id,
        lines: [{ lineNo: 1, qtyMilli: 2000 }],
        refund: 'cash',
        reason: 'Pack torn',
      });
    }
  }
  clock.set(`${dateOf(DAYS)}T04:30:00.000Z`);
  return { host, clock, owner, staff };
}
