import { formatDate } from '../format/date';
import { fail } from '../i18n/fail';
import { rateInForce, slabsOn } from '../contract/vocabulary';
import { formatRate } from './summary';

/**
 * Effective-dated GST rates per HSN (the slabs by date are in the contract's vocabulary, which the
 * screens read too). Old bills keep the rate they were made with (it is on each line); a new bill
 * takes, for each product, the most specific HSN row in force on the bill's date, or the product's
 * own rate when the table has none.
 */
export { GST_2_0_FROM, SLABS_BEFORE, SLABS_GST_2_0, TOBACCO_RATE_BP, rateInForce, slabsOn } from '../contract/vocabulary';

export interface GstRateRow {
  hsn: string;
  effectiveFrom: string;
  gstRateBp: number;
  cessRateBp: number;
  note: string;
}

export function checkSlab(gstRateBp: number, effectiveFrom: string, cessRateBp = 0): void {
  const slabs = slabsOn(effectiveFrom);
  if (!rateInForce(gstRateBp, effectiveFrom, cessRateBp)) {
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
