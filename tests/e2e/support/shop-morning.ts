import type { ApiClient } from '../../../app/core/contract';
import type { ServedHost } from '../../support/served-host';

export interface Morning {
  owner: ApiClient;
  /** what Sunita owes for the morning's bill on khata */
  sunitaDuePaise: number;
  /** the name of the biscuits (prod-demo-014) sold for UPI in the morning */
  biscuitName: string;
}

/**
 * The shop's morning through the API, before the screens are walked: a bill on Sunita's khata and
 * a bill of biscuits and loose sugar paid by UPI, so the khata, the registers and the day book have
 * something to show.
 */
export async function shopMorning(served: ServedHost, device: string): Promise<Morning> {
  const owner = await served.host.as('owner', `${device}-owner`);
  const staff = await served.host.as('staff', `${device}-counter`);
  const [sunita] = await staff.call('customers.search', { q: 'Sunita' });
  if (!sunita) throw new Error('the demo shop has no customer Sunita');
  const lines = [{ productId: 'prod-demo-001', qtyMilli: 1000 }];
  const sunitaDuePaise = (await staff.call('billing.quote', { lines, customerId: sunita.id })).totals.payablePaise;
  await staff.call('billing.postInvoice', {
    clientRef: `${device}-khata-1`,
    customerId: sunita.id,
    lines,
    tenders: [{ method: 'credit', amountPaise: sunitaDuePaise }],
  });
  const cash = [
    { productId: 'prod-demo-014', qtyMilli: 3000 },
    { productId: 'prod-demo-005', qtyMilli: 750 },
  ];
  const cashTotal = (await staff.call('billing.quote', { lines: cash })).totals.payablePaise;
  await staff.call('billing.postInvoice', {
    clientRef: `${device}-cash-1`,
    lines: cash,
    tenders: [{ method: 'upi', amountPaise: cashTotal, reference: '412233445566' }],
  });
  const biscuitName = (await owner.call('catalog.get', { id: 'prod-demo-014' })).name;
  return { owner, sunitaDuePaise, biscuitName };
}
