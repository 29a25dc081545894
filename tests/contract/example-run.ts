import { api, type ApiClient, type MethodName } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';

/**
 * The order the docs' examples run in: one points the receipt printer at an address on a shop's
 * LAN, one ends the session, and the last puts the demo shop aside (a new session opens it).
 */
const LAST: MethodName[] = ['shop.update', 'auth.logout', 'shop.leaveDemo'];
export const EXAMPLE_ORDER: MethodName[] = [...(Object.keys(api) as MethodName[]).filter((m) => !LAST.includes(m)), ...LAST];

/**
 * Two bills the examples act on: inv-0001 is billing.postInvoice's own example (its retry returns
 * it), which billing.cancelInvoice's example cancels; inv-0002 is on Rahul's khata (cust-0002),
 * for the credit note, khata and reminder examples that need a live bill.
 */
export async function postExampleBills(owner: ApiClient): Promise<void> {
  await owner.call('billing.postInvoice', api['billing.postInvoice'].example);
  await owner.call('billing.postInvoice', {
    clientRef: 'examples-khata-0002',
    customerId: 'cust-0002',
    lines: [{ productId: 'prod-demo-001', qtyMilli: 2000 }],
    tenders: [{ method: 'credit', amountPaise: 57000 }],
  });
}

/** A test host on the demo shop whose owner, signed in, has posted the example bills. */
export async function hostWithExampleBills(): Promise<{ host: TestHost; owner: ApiClient }> {
  const signedIn = await hostWithClients({ owner: 'owner' });
  await postExampleBills(signedIn.owner);
  return signedIn;
}
