import { dayFromIso } from '../../app/core/forecasting/days';
import { mulberry32 } from '../../app/core/testing/random';
import type { DemandPanel, DemandSeries } from '../../app/core/forecasting/series';

/** A series from daily values (NaN = not known that day) on a panel starting at `start`. */
export function seriesOf(id: string, values: readonly number[], category = 'all'): DemandSeries {
  return {
    id,
    category,
    units: Float64Array.from(values, (v) => (Number.isNaN(v) ? 0 : v)),
    known: Uint8Array.from(values, (v) => (Number.isNaN(v) ? 0 : 1)),
    promo: new Uint8Array(values.length),
    price: new Float64Array(values.length).fill(Number.NaN),
  };
}

export function panelOf(start: string, series: DemandSeries[]): DemandPanel {
  const day = dayFromIso(start);
  if (day === null) throw new RangeError(start);
  return { start: day, days: series[0]?.units.length ?? 0, series };
}

/** Poisson draws (seeded), for noisy series with a known mean. */
export function poissonSampler(seed: number): (lambda: number) => number {
  const random = mulberry32(seed);
  return (lambda) => {
    const limit = Math.exp(-lambda);
    let k = 0;
    for (let p = random(); p > limit; p *= random()) k += 1;
    return k;
  };
}

export const allFinite = (values: ArrayLike<number>) => Array.from(values).every((v) => Number.isFinite(v) && v >= 0);

/**
 * A shop of `products` items from 2023-01-01 to 2025-11-02: `sweets` sell `lift.lead`× their
 * usual 10 a day in the week before Diwali and `lift.on`× on its days (Dhanteras … Bhai Dooj),
 * `staples` sell the same all year; Poisson noise.
 */
export function festivalShop(products: number, lift = { lead: 4, on: 3 }, seed = 5): { panel: DemandPanel; diwali2025: number } {
  const start = dayFromIso('2023-01-01') ?? 0;
  const end = dayFromIso('2025-11-02') ?? 0;
  const diwalis = ['2023-11-12', '2024-10-31', '2025-10-20'].map((d) => dayFromIso(d) ?? 0);
  const draw = poissonSampler(seed);
  const series = Array.from({ length: products }, (_, p) => {
    const category = p % 2 === 0 ? 'sweets' : 'staples';
    const values = Array.from({ length: end - start + 1 }, (_, i) => {
      const day = start + i;
      let m = 1;
      if (category === 'sweets') {
        for (const d of diwalis) {
          if (day >= d - 9 && day <= d - 3) m = lift.lead;
          else if (day >= d - 2 && day <= d + 2) m = lift.on;
        }
      }
      return draw(10 * m);
    });
    return seriesOf(`${category}-${p}`, values, category);
  });
  return { panel: panelOf('2023-01-01', series), diwali2025: (diwalis[2] ?? 0) - start };
}
