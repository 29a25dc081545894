import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initSync, MSTL } from '@bsull/augurs/mstl';
import type { Forecaster, MethodContext, MethodOutput } from '../../core/forecasting/methods';
import type { DemandSeries } from '../../core/forecasting/series';

/**
 * Exponential smoothing from a maintained library: augurs' MSTL with a weekly season and an
 * AutoETS trend (augurs' AutoETS alone does not fit seasonal models). Its wasm is loaded from the
 * package with initSync, so nothing is fetched. About 20 ms a product on a year of days, so large
 * shops offer it to their best sellers only (`maxSeries`, by units sold).
 */
export const ETS = 'ets';

let loaded = false;
function loadMstl(): void {
  if (loaded) return;
  // The package's exports name only the JS modules; the .wasm sits beside them.
  const js = createRequire(import.meta.url).resolve('@bsull/augurs/mstl');
  initSync({ module: readFileSync(join(dirname(js), 'mstl_bg.wasm')) });
  loaded = true;
}

const FIT_DAYS = 365;

/** The last year before origin as a gap-free run: a censored day takes the same weekday a week back. */
function history(s: DemandSeries, origin: number): number[] | null {
  const first = Math.max(s.known.indexOf(1), origin - FIT_DAYS);
  if (first < 0 || origin - first < 21) return null;
  const values: number[] = [];
  for (let i = first; i < origin; i += 1) {
    const j = values.length;
    values.push(s.known[i] ? (s.units[i] ?? 0) : j >= 7 ? (values[j - 7] ?? 0) : Number.NaN);
  }
  const firstKnown = values.find((v) => !Number.isNaN(v)) ?? 0;
  return values.map((v) => (Number.isNaN(v) ? firstKnown : v));
}

export function etsMethod(options: { maxSeries?: number } = {}): Forecaster {
  return {
    name: ETS,
    forecast(ctx: MethodContext): MethodOutput {
      loadMstl();
      const allowed = new Set(bestSellers(ctx.panel.series, ctx.origin, options.maxSeries ?? Number.POSITIVE_INFINITY));
      return ctx.panel.series.map((s, k) => {
        if (!allowed.has(k)) return null;
        const y = history(s, ctx.origin);
        if (!y) return null;
        const model = MSTL.ets([7]);
        try {
          model.fit(y);
          const point = model.predict(ctx.horizon).point;
          return Float64Array.from(point, (v) => (Number.isFinite(v) && v > 0 ? v : 0));
        } catch {
          return null;
        } finally {
          model.free();
        }
      });
    },
  };
}

function bestSellers(series: readonly DemandSeries[], origin: number, count: number): number[] {
  if (count >= series.length) return series.map((_, k) => k);
  const sold = series.map((s, k) => {
    let units = 0;
    for (let i = Math.max(0, origin - 91); i < origin; i += 1) units += s.known[i] ? (s.units[i] ?? 0) : 0;
    return { k, units };
  });
  return sold
    .sort((a, b) => b.units - a.units || a.k - b.k)
    .slice(0, count)
    .map((x) => x.k);
}
