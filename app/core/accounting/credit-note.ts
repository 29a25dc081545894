import { fail, internalFault } from '../i18n/fail';
import type { RefundMethod } from '../contract/vocabulary';
import type { StockMove } from '../inventory/moves';
import { divHalfUp, roundToRupee, sum, type Paise } from '../money';
import type { SystemAccount } from './chart';
import type { Unit } from '../format/qty';
import { balanced, cr, dr, signed, type Balanced } from './posting';

/**
 * Sales returns (CGST s.34, rule 53): a credit note against one posted bill. Each returned line
 * takes its share of the bill line's own rounded amounts, so the note never re-prices anything,
 * and the return that completes a line takes exactly what is left of it (rule "credit note
 * share"). Stock comes back by reversing the bill's own stock moves at their cost.
 */
export interface LineAmounts {
  taxablePaise: Paise;
  cgstPaise: Paise;
  sgstPaise: Paise;
  igstPaise: Paise;
  cessPaise: Paise;
}

export interface ReturnableLine extends LineAmounts {
  lineNo: number;
  productId: string;
  name: string;
  hsn: string;
  unit: Unit;
  qtyMilli: number;
  gstRateBp: number;
  cessRateBp: number;
}

export interface ReturnedSoFar extends LineAmounts {
  qtyMilli: number;
}

export interface CreditLine extends ReturnableLine {
  /** the bill's line this returns */
  invoiceLineNo: number;
  totalPaise: Paise;
}

const HEADS = ['taxablePaise', 'cgstPaise', 'sgstPaise', 'igstPaise', 'cessPaise'] as const;
type Head = (typeof HEADS)[number];
const eachHead = (f: (h: Head) => Paise): LineAmounts => ({
  taxablePaise: f('taxablePaise'),
  cgstPaise: f('cgstPaise'),
  sgstPaise: f('sgstPaise'),
  igstPaise: f('igstPaise'),
  cessPaise: f('cessPaise'),
});
const NOTHING: ReturnedSoFar = { qtyMilli: 0, taxablePaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0, cessPaise: 0 };

/** Rule "credit note share": half-up(amount × qty / line qty); the last return takes the remainder. */
export function returnShare(amount: Paise, qty: number, lineQty: number, before: { qty: number; amount: Paise }): Paise {
  if (before.qty + qty === lineQty) return amount - before.amount;
  return divHalfUp(amount * qty, lineQty);
}

export function creditLines(
  lines: readonly ReturnableLine[],
  returned: ReadonlyMap<number, ReturnedSoFar>,
  wanted: ReadonlyArray<{ lineNo: number; qtyMilli: number }>,
): CreditLine[] {
  if (wanted.length === 0) fail('INVALID_INPUT', 'accounting.returnNothing');
  const seen = new Set<number>();
  return wanted.map((w, i) => {
    const line = lines.find((l) => l.lineNo === w.lineNo);
    if (!line) fail('NOT_FOUND', 'accounting.billHasNoLine', { line: w.lineNo }, { lineNo: w.lineNo });
    if (seen.has(w.lineNo)) fail('INVALID_INPUT', 'accounting.lineTwice', { line: w.lineNo });
    seen.add(w.lineNo);
    const before = returned.get(w.lineNo) ?? NOTHING;
    const left = line.qtyMilli - before.qtyMilli;
    if (!Number.isSafeInteger(w.qtyMilli) || w.qtyMilli <= 0) fail('INVALID_QUANTITY', 'accounting.returnQtyNotPositive', { product: line.name });
    if (w.qtyMilli > left) {
      fail(
        'INVALID_QUANTITY',
        'accounting.returnMoreThanLeft',
        { product: line.name, left: left / 1000, sold: line.qtyMilli / 1000 },
        { lineNo: w.lineNo, leftMilli: left },
      );
    }
    const share = eachHead((h) => returnShare(line[h], w.qtyMilli, line.qtyMilli, { qty: before.qtyMilli, amount: before[h] }));
    return { ...line, ...share, lineNo: i + 1, invoiceLineNo: line.lineNo, qtyMilli: w.qtyMilli, totalPaise: sum(HEADS.map((h) => share[h])) };
  });
}

export interface CreditTotals extends LineAmounts {
  valuePaise: Paise;
  roundOffPaise: Paise;
  /** what the customer gets back (or off the khata) */
  totalPaise: Paise;
}

export function creditTotals(lines: readonly CreditLine[], roundOff: boolean): CreditTotals {
  const heads = eachHead((h) => sum(lines.map((l) => l[h])));
  const value = sum(lines.map((l) => l.totalPaise));
  const total = roundOff ? roundToRupee(value) : value;
  return { ...heads, valuePaise: value, roundOffPaise: total - value, totalPaise: total };
}

const REFUND_ACCOUNT: Record<RefundMethod, SystemAccount> = { cash: 'CASH', upi: 'UPI_CLEARING', card: 'CARD_CLEARING', bank: 'BANK', credit: 'DEBTORS' };

/**
 * The note's journal: sales returns and output tax back (debits), the refund or khata credit,
 * round-off, and the goods back into stock at their cost.
 */
export function creditNotePostings(t: CreditTotals, refund: RefundMethod, customerId: string | null, costPaise: Paise): Balanced {
  if (refund === 'credit' && !customerId) fail('CUSTOMER_REQUIRED', 'accounting.walkInNoKhata');
  return balanced([
    dr('SALES_RETURNS', t.taxablePaise),
    dr('OUTPUT_CGST', t.cgstPaise),
    dr('OUTPUT_SGST', t.sgstPaise),
    dr('OUTPUT_IGST', t.igstPaise),
    dr('OUTPUT_CESS', t.cessPaise),
    signed('ROUND_OFF', t.roundOffPaise),
    cr(REFUND_ACCOUNT[refund], t.totalPaise, refund === 'credit' ? customerId : null),
    dr('STOCK', costPaise),
    cr('COGS', costPaise),
  ]);
}

/**
 * The stock moves that bring `qty` of a product back: the bill's own sale moves of it (oldest
 * first), skipping what earlier returns took, each copied whole (batch and all) with the opposite
 * sign and its value at the bill's cost. Cumulative rounding keeps several partial returns exact.
 */
export function returnMoves<M extends StockMove>(saleMoves: readonly M[], returnedBefore: number, qty: number): Array<M & { kind: 'sale_return' }> {
  const out: Array<M & { kind: 'sale_return' }> = [];
  let skip = returnedBefore;
  let want = qty;
  for (const m of saleMoves) {
    const size = -m.qtyMilli;
    const value = -m.valuePaise;
    const from = Math.min(skip, size);
    skip -= from;
    const take = Math.min(size - from, want);
    if (take <= 0) continue;
    want -= take;
    const valueAt = (units: number) => divHalfUp(value * units, size);
    out.push({ ...m, qtyMilli: take, valuePaise: valueAt(from + take) - valueAt(from), kind: 'sale_return' });
    if (want === 0) break;
  }
  if (want > 0) internalFault('The bill’s stock moves hold less than the quantity returned', { qty, returnedBefore });
  return out;
}
