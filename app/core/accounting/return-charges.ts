import { isServiceCharge } from '../billing/service-charge';
import { fail } from '../i18n/fail';
import type { ReturnedSoFar } from './credit-note';

interface BillLine {
  lineNo: number;
  productId: string;
  qtyMilli: number;
}

type Wanted = ReadonlyArray<{ lineNo: number; qtyMilli: number }>;

/**
 * The delivery fee comes back only with the goods. Delivered with them, it was a composite supply
 * of the goods; while some goods stay with the customer the delivery stands, so the fee stays
 * billed. The return that brings back the last of the goods takes the fee whole (its own line's
 * amounts, so the same tax split), whether the screen named it or not; asked before that, or in
 * part, it is refused.
 */
export function withServiceCharges(lines: readonly BillLine[], returned: ReadonlyMap<number, ReturnedSoFar>, wanted: Wanted): Wanted {
  const left = (l: BillLine) => l.qtyMilli - (returned.get(l.lineNo)?.qtyMilli ?? 0);
  const asked = new Map<number, number>();
  for (const w of wanted) asked.set(w.lineNo, (asked.get(w.lineNo) ?? 0) + w.qtyMilli);
  const charges = lines.filter((l) => isServiceCharge(l.productId));
  if (charges.length === 0) return wanted;
  const goodsAllBack = lines.filter((l) => !isServiceCharge(l.productId)).every((l) => left(l) - (asked.get(l.lineNo) ?? 0) <= 0);
  for (const c of charges) {
    const want = asked.get(c.lineNo);
    if (want === undefined) continue;
    if (left(c) <= 0) continue; // already refunded: creditLines names what is left
    if (!goodsAllBack) fail('INVALID_INPUT', 'accounting.chargeOnlyWithGoods', {}, { lineNo: c.lineNo });
    if (want !== left(c)) fail('INVALID_QUANTITY', 'accounting.chargeWhole', {}, { lineNo: c.lineNo });
  }
  if (!goodsAllBack) return wanted;
  const due = charges.filter((c) => left(c) > 0 && !asked.has(c.lineNo)).map((c) => ({ lineNo: c.lineNo, qtyMilli: left(c) }));
  return [...wanted, ...due];
}
