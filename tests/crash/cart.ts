import { demoCatalog } from '../../app/host/demo/demo-shop';
import { mulberry32, seedOf } from '../../app/core/testing/random';

export interface CartLine {
  productId: string;
  qtyMilli: number;
}

/** A bill's cart can be rebuilt from its clientRef alone. */
const seededRandom = (seed: string): (() => number) => mulberry32(seedOf(seed));

/**
 * 1–6 distinct demo products: packets in whole pieces, loose goods in 250 g steps. The same
 * clientRef always gives the same cart, so a retry after a crash resends exactly the same bill.
 */
export function cartFor(clientRef: string): CartLine[] {
  const random = seededRandom(clientRef);
  const pick = (n: number) => Math.floor(random() * n);
  const pool = [...demoCatalog];
  const count = 1 + pick(6);
  const lines: CartLine[] = [];
  for (let i = 0; i < count; i++) {
    const [item] = pool.splice(pick(pool.length), 1);
    if (!item?.product.id) throw new Error('the demo catalogue has fewer than 6 products');
    lines.push({ productId: item.product.id, qtyMilli: item.product.loose ? 250 * (1 + pick(8)) : 1000 * (1 + pick(3)) });
  }
  return lines;
}
