import type { ApiClient, Result } from '../../app/core/contract';
import type { TestHost } from '../support/test-host';
import { DEMO_PRODUCTS } from '../accounting/model';

type Bill = Result<'billing.postInvoice'>;

export interface SeededLine {
  invoiceId: string;
  date: string;
  productId: string;
  name: string;
  cashierId: string;
  customerId: string | null;
  tender: string;
  hsn: string;
  qtyMilli: number;
  taxablePaise: number;
  gstPaise: number;
  costPaise: number;
}

/**
 * Three days of a small shop through the real services: two cashiers, two customers (one on
 * khata), cash, UPI, card, khata and split payments, one bill cancelled. Answers every posted
 * line as the bills themselves said it, with each line's cost read from its row, for sums by hand.
 */
export async function seedCustomShop(host: TestHost, staff: ApiClient, manager: ApiClient): Promise<{ lines: SeededLine[]; days: string[] }> {
  const asha = await manager.call('customers.add', {
    name: 'Asha Rao',
    phone: '9810000011',
    creditLimitPaise: 10_000_000,
    gstin: null,
    stateCode: null,
    address: '',
  });
  const bilal = await manager.call('customers.add', {
    name: 'Bilal Khan',
    phone: '9810000012',
    creditLimitPaise: 0,
    gstin: null,
    stateCode: null,
    address: '',
  });
  const bills: Bill[] = [];
  const days: string[] = [];
  let n = 0;
  const post = async (who: ApiClient, products: number[], tender: 'cash' | 'upi' | 'card' | 'credit' | 'split', customerId?: string) => {
    const lines = products.map((p, i) => ({ productId: DEMO_PRODUCTS[p] ?? '', qtyMilli: (i + 1) * 1000 }));
    const customer = customerId ? { customerId } : {};
    const quote = await who.call('billing.quote', { lines, ...customer });
    const pay = quote.totals.payablePaise;
    const half = Math.floor(pay / 2);
    const tenders =
      tender === 'split'
        ? [
            { method: 'cash' as const, amountPaise: half },
            { method: 'upi' as const, amountPaise: pay - half },
          ]
        : [{ method: tender, amountPaise: pay }];
    bills.push(await who.call('billing.postInvoice', { clientRef: `custom-seed-${n++}`, lines, ...customer, tenders }));
  };
  for (let day = 0; day < 3; day++) {
    if (day > 0) host.clock.advance(86_400_000);
    days.push((await manager.call('insights.dashboard', { period: 'day' })).current.from);
    await post(staff, [0, 4], 'cash');
    await post(staff, [1, 5, 8], 'upi', asha.id);
    await post(manager, [2], 'card');
    await post(manager, [3, 6], 'credit', asha.id);
    await post(staff, [0, 7, 9], 'split', bilal.id);
    await post(manager, [10 - day, 11], 'cash');
  }
  const cancelled = bills[4];
  if (cancelled) await manager.call('billing.cancelInvoice', { id: cancelled.id, reason: 'Customer changed mind' });
  const cost = host.store.raw.prepare<[string, number], { cost: number }>('SELECT cost_paise AS cost FROM invoice_lines WHERE invoice_id = ? AND line_no = ?');
  const lines = bills
    .filter((b) => b.id !== cancelled?.id)
    .flatMap((b) => {
      const methods = [...new Set(b.payments.map((p) => p.method))];
      return b.lines.map((l): SeededLine => ({
        invoiceId: b.id,
        date: b.date,
        productId: l.productId,
        name: l.name,
        cashierId: b.cashier.id,
        customerId: b.customer?.id ?? null,
        tender: methods.length === 1 ? (methods[0] ?? '') : 'mixed',
        hsn: l.hsn,
        qtyMilli: l.qtyMilli,
        taxablePaise: l.taxablePaise,
        gstPaise: l.cgstPaise + l.sgstPaise + l.igstPaise + l.cessPaise,
        costPaise: cost.get(b.id, l.lineNo)?.cost ?? Number.NaN,
      }));
    });
  return { lines, days };
}
