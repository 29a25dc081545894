import { startOfDayAt } from '../ist';
import type { StockCountLine } from '../types';
import type { InjectedAnomaly } from './plan';
import type { Random } from './random';

/**
 * A stock take of the 120 best sellers every four weeks. Normal counts are mostly exact, some a
 * unit or two out either way (miscounts, breakage); an injected theft takes 8–20% of what sold
 * since the last count, at least ₹300 worth and four units. Resets the sold-since-count tally.
 */
export function stockTake(
  day: number,
  products: readonly { id: string; costPaise: number }[],
  soldSinceCount: Float64Array,
  rng: Random,
  shrinkageShare: number,
  truth: InjectedAnomaly[],
): StockCountLine[] {
  const out: StockCountLine[] = [];
  const at = startOfDayAt(day) + 21 * 3_600_000;
  for (let p = 0; p < Math.min(120, products.length); p++) {
    const product = products[p];
    if (!product) continue;
    const expectedMilli = 1000 * rng.int(20, 200);
    let lost = 0;
    const u = rng.next();
    if (u < 0.08) lost = 1000 * rng.int(1, 2);
    else if (u < 0.12) lost = -1000;
    else if (u < 0.13) lost = 3000;
    if (shrinkageShare > 0 && rng.chance(shrinkageShare)) {
      const share = 0.08 + 0.12 * rng.next();
      lost = Math.max(Math.ceil(((soldSinceCount[p] ?? 0) * share) / 1000) * 1000, Math.ceil(30_000 / Math.max(1, product.costPaise)) * 1000, 4000);
      truth.push({ type: 'shrinkage', subjectId: product.id, from: day, to: day });
    }
    out.push({ at, productId: product.id, expectedMilli, countedMilli: expectedMilli - lost, unitCostPaise: product.costPaise });
    soldSinceCount[p] = 0;
  }
  return out;
}
