import { startOfDayAt } from '../../app/core/insights/ist';
import type { BillRecord, SaleLine, ShopHistory } from '../../app/core/insights/types';

/** A bill on shop-calendar day `day` at `hour` IST, with one line per product id given. */
export function bill(
  id: string,
  day: number,
  opts: { customer?: string | null; cashier?: string; total?: number; products?: string[]; hour?: number; cancelled?: boolean } = {},
): BillRecord {
  const products = opts.products ?? ['P1'];
  const total = opts.total ?? 10_000;
  const lines: SaleLine[] = products.map((productId) => ({
    productId,
    qtyMilli: 1000,
    amountPaise: Math.round(total / products.length),
    costPaise: Math.round((total * 0.8) / products.length),
  }));
  return {
    id,
    at: startOfDayAt(day) + (opts.hour ?? 10) * 3_600_000,
    cashierId: opts.cashier ?? 'K1',
    customerId: opts.customer === undefined ? 'C1' : opts.customer,
    totalPaise: total,
    cancelled: opts.cancelled ?? false,
    lines,
  };
}

export const emptyHistory = (): ShopHistory => ({ bills: [], actions: [], registerCloses: [], stockCounts: [], cashiers: [], customers: [], products: [] });

/** Walks a value and reports the path of the first NaN or infinity in it, or null. */
export function findNonFinite(value: unknown, path = '$'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonFinite(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findNonFinite(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}
