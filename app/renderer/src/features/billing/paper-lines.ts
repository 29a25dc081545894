import { parseQty, parseRupees, type Unit } from '../../../../core/format';
import { pickedItem, type PickedProduct } from '../../ui/ProductPicker';

/** A line of a paper bill as typed: the quantity and the rate written on the paper. */
export interface PaperLine {
  productId: string;
  name: string;
  unit: Unit;
  qty: string;
  rate: string;
  /** the catalogue's price: a rate equal to it is not sent as an override */
  listPaise: number;
}

/** The line a picked product starts as: the scanned weight or one, at the catalogue's price. */
export const newPaperLine = (p: PickedProduct): PaperLine => ({
  ...pickedItem(p),
  qty: p.scanQtyMilli ? String(p.scanQtyMilli / 1000) : '1',
  rate: String(p.pricePaise / 100),
  listPaise: p.pricePaise,
});

export const isLoose = (unit: Unit) => unit === 'kg' || unit === 'l';

export type LineProblem = { kind: 'qty' | 'rate'; product: string } | null;

/** The lines as the host takes them, or the first line a person must fix. */
export function readLines(lines: readonly PaperLine[]): {
  lines: Array<{ productId: string; qtyMilli: number; unitPricePaise?: number }>;
  problem: LineProblem;
} {
  const out: Array<{ productId: string; qtyMilli: number; unitPricePaise?: number }> = [];
  for (const l of lines) {
    const qtyMilli = parseQty(l.qty, isLoose(l.unit) ? 'kg' : 'pcs');
    if (qtyMilli === undefined || qtyMilli <= 0) return { lines: out, problem: { kind: 'qty', product: l.name } };
    const rate = parseRupees(l.rate);
    if (rate === undefined) return { lines: out, problem: { kind: 'rate', product: l.name } };
    out.push({ productId: l.productId, qtyMilli, ...(rate === l.listPaise ? {} : { unitPricePaise: rate }) });
  }
  return { lines: out, problem: null };
}

/** The day before an ISO date: yesterday by the shop's calendar is the usual day a paper bill is entered for. */
export function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 24 * 3600 * 1000).toISOString().slice(0, 10);
}
