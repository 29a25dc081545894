import type { ApiClient } from '../../app/core/contract';
import type { Clock } from '../../app/core/services/ports';
import { DEMO_PRODUCTS } from '../accounting/model';
import { returnPart, sellPaidInFull } from '../support/selling';

const DAY = 86_400_000;

export interface SeededBooks {
  posted: string[];
  cancelled: number;
  discounted: number;
  /** the costly product counted 5 short at the second stock take */
  shrunk: { productId: string; name: string; lostMilli: number };
  days: number;
}

/**
 * Two weeks of a small shop through the real services, the clock moved day by day: 6 bills a day
 * (half with one of five customers), a bill discount every other day, one cancellation, one return,
 * a drawer closed each day (₹1,000 short on the last), and two stock takes of the demo products
 * where the costliest comes up 5 short the second time.
 */
export async function seedBooks(
  clock: Clock & { set(iso: string): void; advance(ms: number): void },
  owner: ApiClient,
  staff: ApiClient,
  days = 14,
): Promise<SeededBooks> {
  const out: SeededBooks = { posted: [], cancelled: 0, discounted: 0, shrunk: { productId: '', name: '', lostMilli: 0 }, days };
  const count = async (name: string, lose: (productId: string) => number) => {
    const take = await owner.call('inventory.openStockTake', { name });
    const products = await Promise.all(DEMO_PRODUCTS.map((id) => owner.call('catalog.get', { id })));
    await owner.call('inventory.recordCounts', {
      id: take.id,
      lines: products.map((p) => ({ productId: p.id, countedMilli: Math.max(0, p.onHandMilli - lose(p.id)) })),
    });
    await owner.call('inventory.postStockTake', { id: take.id });
  };
  const people = [];
  for (const [i, name] of ['Asha Rao', 'Bilal Khan', 'Chitra Nair', 'Deepak Jain', 'Esha Kapoor'].entries())
    people.push(await owner.call('customers.add', { name, phone: `98100000${10 + i}`, creditLimitPaise: 0, gstin: null, stateCode: null, address: '' }));
  const products = await Promise.all(DEMO_PRODUCTS.map((id) => owner.call('catalog.get', { id })));
  const target = products.sort((a, b) => b.costPaise - a.costPaise)[0];
  if (!target) throw new Error('the demo shop has no products');
  const start = clock.now().getTime();
  for (let day = 0; day < days; day++) {
    clock.set(new Date(start + day * DAY).toISOString());
    // The first count finds 40 more of the costly product than the books knew (so it never runs out here).
    if (day === 1) await count('Shelf count 1', (id) => (id === target.id ? -40_000 : 0));
    await staff.call('accounting.openRegister', { countedPaise: 0 });
    for (let i = 0; i < 6; i++) {
      clock.advance(20 * 60_000);
      const who = i % 2 === 0 ? people[(day + i) % people.length] : undefined;
      const lines = [DEMO_PRODUCTS[i % 4] ?? '', DEMO_PRODUCTS[4 + ((day + i) % 3)] ?? ''].map((productId) => ({ productId, qtyMilli: 1000 }));
      if (i === 0) lines.push({ productId: target.id, qtyMilli: 1000 });
      const discount = i === 5 && day % 2 === 0 ? 500 : 0;
      const customer = who ? { customerId: who.id } : {};
      const bill = await sellPaidInFull(owner, `books-seed-${day}-${i}`, { lines, billDiscountPaise: discount, ...customer });
      out.posted.push(bill.id);
      if (discount > 0) out.discounted++;
    }
    if (day === 5) {
      await owner.call('billing.cancelInvoice', { id: out.posted[out.posted.length - 1] ?? '', reason: 'Customer left without paying' });
      out.cancelled++;
    }
    if (day === 6) await returnPart(owner, { clientRef: 'books-seed-return-1', invoiceId: out.posted[out.posted.length - 2] ?? '', reason: 'Pack torn' });
    const { bookCashPaise } = await staff.call('accounting.register', {});
    await staff.call('accounting.closeRegister', { countedPaise: day === days - 1 ? Math.max(0, bookCashPaise - 100_000) : bookCashPaise });
  }
  out.shrunk = { productId: target.id, name: target.name, lostMilli: 5000 };
  await count('Shelf count 2', (id) => (id === target.id ? 5000 : 0));
  return out;
}
