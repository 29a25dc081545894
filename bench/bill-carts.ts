import { randomFillSync } from 'node:crypto';
import { uuidv7 } from '../app/core/contract/ids';
import type { ApiClient, ParamsIn } from '../app/core/contract';
import { demoCatalog } from '../app/host/demo/demo-shop';
import { mulberry32 } from '../app/core/testing/random';

export type PostParams = ParamsIn<'billing.postInvoice'>;
type Lines = ParamsIn<'billing.quote'>['lines'];

/** Every run bills the same carts. */
export const prng = mulberry32;

export interface Cart {
  lines: Lines;
  payablePaise: number;
}

/**
 * Carts of 5 distinct demo products (packets 1–3, loose goods 250 g–2 kg), priced once by the
 * host's own billing.quote so that the tenders match the payable exactly, as the screen does.
 */
export async function makeCarts(client: ApiClient, count: number, seed = 42): Promise<Cart[]> {
  const random = prng(seed);
  const products = demoCatalog.map((item) => item.product);
  const carts: Cart[] = [];
  for (let c = 0; c < count; c++) {
    const picked = new Set<number>();
    while (picked.size < 5) picked.add(Math.floor(random() * products.length));
    const lines = [...picked].map((i) => {
      const p = products[i]!;
      const qtyMilli = p.loose ? 250 * (1 + Math.floor(random() * 8)) : 1000 * (1 + Math.floor(random() * 3));
      return { productId: p.id!, qtyMilli };
    });
    const quote = await client.call('billing.quote', { lines });
    carts.push({ lines, payablePaise: quote.totals.payablePaise });
  }
  return carts;
}

/** Cash (handed over rounded up to ₹100, so there is change) two bills in three, else UPI. */
export function billParams(cart: Cart, n: number): PostParams {
  const payable = cart.payablePaise;
  const tenders =
    n % 3 === 2
      ? [{ method: 'upi' as const, amountPaise: payable, reference: String(400000000000 + n) }]
      : [{ method: 'cash' as const, amountPaise: payable, tenderedPaise: Math.ceil(payable / 10000) * 10000 }];
  // Time-ordered, as the counter screen makes them (app/renderer/src/features/counter/cart-state.ts).
  return { clientRef: uuidv7(Date.now(), randomFillSync), lines: cart.lines, billDiscountPaise: 0, tenders };
}
