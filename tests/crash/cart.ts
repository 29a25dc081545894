import { demoCatalog } from '../../app/host/demo/demo-shop';

export interface CartLine {
  productId: string;
  qtyMilli: number;
}

/** mulberry32: a tiny seeded generator, so a bill's cart can be rebuilt from its clientRef alone. */
function seededRandom(seed: string): () => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
