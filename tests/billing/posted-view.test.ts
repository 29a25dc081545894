import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, ParamsIn } from '../../app/core/contract/index';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import { hostWithClients, type TestHost } from '../support/test-host';
import { ATTA, COLA, SUGAR } from '../support/demo-catalog';

let host: TestHost;
let staff: ApiClient;
let manager: ApiClient;

beforeEach(async () => {
  ({ host, staff, manager } = await hostWithClients({ staff: 'staff', manager: ['manager', 'manager-tablet'] }));
});
afterEach(() => host.dispose());

const lines = [
  { productId: ATTA, qtyMilli: 2000 },
  { productId: SUGAR, qtyMilli: 1250 },
  { productId: COLA, qtyMilli: 3000 },
];

type CartParams = Partial<ParamsIn<'billing.quote'>>;
type Tender = ParamsIn<'billing.postInvoice'>['tenders'][number];

async function payable(client: ApiClient, params: CartParams): Promise<number> {
  return (await client.call('billing.quote', { lines, ...params })).totals.payablePaise;
}

// The reply is made from what the transaction wrote, not read back: it must be the bill as stored.
describe('billing.postInvoice reply', () => {
  it('equals the stored bill for walk-in, khata, B2B, discounted and inter-state bills', async () => {
    const khata = await manager.call('customers.add', { name: 'Anita Joshi', phone: '9893012345', creditLimitPaise: 5_000_000 });
    const trader = await manager.call('customers.add', { name: 'Verma Traders', gstin: '23AAACV1234K1ZM' });
    const outside = await manager.call('customers.add', { name: 'Patil Stores', gstin: '27AAPFU0939F1ZV' });
    const bills: Array<{ client: ApiClient; params: CartParams; tender: (p: number) => Tender }> = [
      { client: staff, params: {}, tender: (p) => ({ method: 'cash', amountPaise: p, tenderedPaise: Math.ceil(p / 10000) * 10000 }) },
      { client: staff, params: {}, tender: (p) => ({ method: 'upi', amountPaise: p, reference: 'UPI77' }) },
      { client: staff, params: { customerId: khata.id }, tender: (p) => ({ method: 'credit', amountPaise: p }) },
      { client: staff, params: { customerId: trader.id }, tender: (p) => ({ method: 'card', amountPaise: p, reference: 'C9' }) },
      { client: manager, params: { billDiscountPaise: 1500 }, tender: (p) => ({ method: 'cash', amountPaise: p }) },
      { client: manager, params: { lines: [{ productId: SUGAR, qtyMilli: 750 }], pricing: 'exclusive' }, tender: (p) => ({ method: 'cash', amountPaise: p }) },
      { client: manager, params: { customerId: outside.id, placeOfSupply: '27' }, tender: (p) => ({ method: 'upi', amountPaise: p, reference: 'U1' }) },
    ];
    for (const [i, b] of bills.entries()) {
      const posted = await b.client.call('billing.postInvoice', {
        clientRef: `posted-view-${i}`,
        lines,
        ...b.params,
        tenders: [b.tender(await payable(b.client, b.params))],
      });
      expect(posted).toEqual(await staff.call('billing.getInvoice', { id: posted.id }));
    }
  });

  it('shows the receipt as queued when the shop has a printer, and a retry returns the same bill', async () => {
    const printer: VirtualPrinter = await startVirtualPrinter();
    try {
      const owner = await host.as('owner', 'owner-pc');
      await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48 } });
      const params = { clientRef: 'posted-view-print', lines, tenders: [{ method: 'upi' as const, amountPaise: await payable(staff, {}), reference: 'P1' }] };
      const posted = await staff.call('billing.postInvoice', params);
      expect(posted.print).toEqual({ status: 'pending', error: null, attempts: 0 });
      const stored = await staff.call('billing.getInvoice', { id: posted.id });
      expect({ ...posted, print: null }).toEqual({ ...stored, print: null });
      const again = await staff.call('billing.postInvoice', params);
      expect({ ...again, print: null }).toEqual({ ...stored, print: null });
    } finally {
      await printer.close();
    }
  });
});
