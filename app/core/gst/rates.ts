import { formatDate } from '../format/date';
import { fail } from '../i18n/fail';
import { formatRate } from './summary';

/**
 * Effective-dated GST rates per HSN. GST 2.0 (56th Council, notified 09–17/2025-CTR) took effect
 * on 22-09-2025 with slabs of 5, 18 and 40% (and the special 0.25, 1.5 and 3% for stones and
 * metals); before it, 12 and 28% were slabs too. Tobacco and pan masala stay at 28% plus cess.
 * Old bills keep the rate they were made with (it is on each line); a new bill takes, for each product, the most specific HSN row in force on the
 * bill's date, or the product's own rate when the table has none.
 */
export const GST_2_0_FROM = '2025-09-22';
export const SLABS_GST_2_0 = [0, 25, 150, 300, 500, 1800, 4000] as const;
export const SLABS_BEFORE = [0, 25, 150, 300, 500, 1200, 1800, 2800] as const;

export interface GstRateRow {
  hsn: string;
  effectiveFrom: string;
  gstRateBp: number;
  cessRateBp: number;
  note: string;
}

export function slabsOn(date: string): readonly number[] {
  return date >= GST_2_0_FROM ? SLABS_GST_2_0 : SLABS_BEFORE;
}

/** Tobacco and pan masala keep 28% with compensation cess under GST 2.0 until the cess loans are repaid. */
export const TOBACCO_RATE_BP = 2800;

export function checkSlab(gstRateBp: number, effectiveFrom: string, cessRateBp = 0): void {
  const slabs = slabsOn(effectiveFrom);
  if (gstRateBp === TOBACCO_RATE_BP && cessRateBp > 0) return;
  if (!slabs.includes(gstRateBp)) {
    fail(
      'INVALID_INPUT',
      'gst.notSlab',
      { rate: formatRate(gstRateBp), date: formatDate(effectiveFrom), slabs: slabs.map(formatRate).join(', ') },
      { gstRateBp, effectiveFrom },
    );
  }
}

/**
 * The row in force for `hsn` on `date`: the longest HSN prefix (8, then 6, then 4 digits) that has
 * a row from on or before the date, and of those the latest. Undefined: use the product's own rate.
 */
export function rateOn(table: readonly GstRateRow[], hsn: string, date: string): GstRateRow | undefined {
  let best: GstRateRow | undefined;
  for (const row of table) {
    if (row.effectiveFrom > date || !hsn.startsWith(row.hsn)) continue;
    if (!best || row.hsn.length > best.hsn.length || (row.hsn.length === best.hsn.length && row.effectiveFrom > best.effectiveFrom)) best = row;
  }
  return best;
}

/** Products with their rates as in force on the date (the bill's snapshot). */
export function withRatesOn<P extends { hsn: string; gstRateBp: number; cessRateBp: number }>(
  products: ReadonlyMap<string, P>,
  table: readonly GstRateRow[],
  date: string,
): Map<string, P> {
  if (table.length === 0) return new Map(products);
  const out = new Map<string, P>();
  for (const [id, p] of products) {
    const row = rateOn(table, p.hsn, date);
    out.set(id, row ? { ...p, gstRateBp: row.gstRateBp, cessRateBp: row.cessRateBp } : p);
  }
  return out;
}
