import { fail } from '../i18n/fail';

/** Invoice numbers: letters, digits, '-' and '/', at most 16 characters (CGST rule 46(b)). */
export const DOC_NUMBER_MAX = 16;
const ALLOWED = /^[A-Za-z0-9/-]+$/;

export function isValidDocNumber(n: string): boolean {
  return n.length > 0 && n.length <= DOC_NUMBER_MAX && ALLOWED.test(n);
}

/**
 * Kinds of numbered document and the mark each carries in its number. Sale bills (tax invoices and
 * bills of supply) carry none; every other kind has its own counter per device and year.
 */
export const DOC_KINDS = {
  sale: '',
  credit_note: 'CN',
  debit_note: 'DN',
  purchase_order: 'PO',
  receipt: 'RV',
  payment: 'PV',
  journal: 'JV',
  /** a slip for a small B2C bill, covered by the day's consolidated tax invoice (s.31(3)(b)) */
  small_bill: 'S',
  consolidated: 'CI',
} as const;
export type DocKind = keyof typeof DOC_KINDS;

/** The series of a document number ("C1CN/2627" of C1CN/2627/00003) and its sequence. */
export function seriesOf(number: string): { series: string; seq: number } {
  const cut = number.lastIndexOf('/');
  return { series: cut < 0 ? '' : number.slice(0, cut), seq: Number(number.slice(cut + 1)) || 0 };
}

/** The kind of document a number was made for, from its mark (a device code is letters then digits). */
export function docKindOf(number: string): DocKind | undefined {
  const mark = /^[A-Z]+\d+([A-Z]*)\//.exec(number)?.[1];
  if (mark === undefined) return undefined;
  return (Object.keys(DOC_KINDS) as DocKind[]).find((k) => DOC_KINDS[k] === mark);
}

/**
 * "<series>/<fy>/<seq>" for sale bills, e.g. C1/2526/00042, and "<series><mark>/<fy>/<seq>" for
 * other documents, e.g. C1CN/2526/00003: the device's series, the financial year (so the number
 * is unique within the year) and a sequence padded to five digits (wider when it grows). The mark
 * joins the series so that a device code of three characters still fits rule 46's 16.
 */
export function formatDocNumber(series: string, fyShort: string, seq: number, kind: DocKind = 'sale'): string {
  const mark = DOC_KINDS[kind];
  const n = `${series}${mark}/${fyShort}/${String(seq).padStart(5, '0')}`;
  if (!isValidDocNumber(n)) fail('INVALID_INPUT', 'billing.badDocNumber', { number: n, max: DOC_NUMBER_MAX });
  return n;
}

/** Series codes are short so that the whole number fits 16 characters. */
export function isValidSeriesCode(code: string): boolean {
  return /^[A-Z0-9]{1,5}$/.test(code);
}
