import { formatInr, formatQty } from '../../../../core/format';
import type { StringKey } from '../../i18n/i18n';
import type { Product } from './cart-state';

/** A refusal the dialog shows under its field: the words' key and what fills them. */
export interface LineRefusal {
  key: StringKey;
  params: Record<string, string>;
}

/** Quantities past this many pieces (or kg) are asked about once more, until the shop's setting has loaded. */
export const DEFAULT_CONFIRM_QTY = 100;

/** The same rules the bill applies to a line's quantity, said before the line changes. */
export function checkQty(product: Pick<Product, 'name' | 'loose' | 'unit'>, qtyMilli: number | undefined): LineRefusal | null {
  if (qtyMilli === undefined || !Number.isSafeInteger(qtyMilli) || qtyMilli <= 0) return { key: 'qtyMustBePositive', params: { product: product.name } };
  if (!product.loose && qtyMilli % 1000 !== 0) return { key: 'qtyWholePieces', params: { product: product.name } };
  return null;
}

/** A quantity big enough to be a slip of the finger (999999) needs the cashier to say yes. */
export function needsQtyConfirm(qtyMilli: number, limitUnits: number): boolean {
  return qtyMilli > limitUnits * 1000;
}

export function qtyConfirmWords(product: Pick<Product, 'name' | 'unit'>, qtyMilli: number, limitUnits: number) {
  return { product: product.name, qty: formatQty(qtyMilli, product.unit), limit: String(limitUnits) };
}

/** A line discount is at most the line's amount before discount (as the host priced it). */
export function checkDiscount(product: Pick<Product, 'name'>, discountPaise: number | undefined, lineAmountPaise: number | undefined): LineRefusal | null {
  if (discountPaise === undefined || !Number.isSafeInteger(discountPaise) || discountPaise < 0) return { key: 'discountNotAmount', params: {} };
  if (lineAmountPaise !== undefined && discountPaise > lineAmountPaise)
    return { key: 'discountAboveLine', params: { product: product.name, amount: formatInr(lineAmountPaise) } };
  return null;
}

/** A new customer needs a name in words; digits typed as the name belong in the phone field. */
export function checkNewCustomer(name: string, phone: string): StringKey | null {
  const n = name.trim();
  if (n === '') return 'customerNameMissing';
  if (/^[+\d][\d\s-]*$/.test(n) && phone.trim() === '') return 'customerNameIsPhone';
  return null;
}
