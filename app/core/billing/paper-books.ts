import { message, type Message } from '../i18n/fail';
import { DOC_KINDS, DOC_NUMBER_MAX } from './numbering';

/** A paper bill book's series: bills are `<prefix>/<number as the book prints it>`, e.g. PB-A/037. */
export interface PaperBook {
  prefix: string;
  width: number;
}

const PREFIX = /^[A-Z0-9][A-Z0-9/-]*$/;
const DIGITS = /^\d{1,10}$/;
const MARKS = Object.values(DOC_KINDS)
  .filter((m) => m !== '')
  .join('|');
/** A counter's series: a letter and a number (C1, T2), with a document's mark (C1CN). */
const COUNTER_SERIES = new RegExp(`^[A-Z]\\d+(${MARKS})?$`);

export function paperBillNumber(book: PaperBook, seq: number): string {
  return `${book.prefix}/${String(seq).padStart(book.width, '0')}`;
}

export interface SeriesInUse {
  deviceCodes: readonly string[];
  /** the shop's own series (bills, credit notes) */
  shopPrefixes: readonly string[];
  bookPrefixes: readonly string[];
}

/**
 * A new book's series under rule 46 (letters, digits, '-' and '/', a number at most 16 long) that
 * can never meet a counter's series (C1/2627/00001) or the shop's own: a book's numbers are then
 * unique by its own numbers alone, and GSTR-1's table 13 lists it as its own series.
 */
export function planPaperBook(typed: { name: string; prefix: string; firstNumber: string }, inUse: SeriesInUse): { name: string; book: PaperBook } | Message {
  const name = typed.name.trim();
  if (name === '') return message('billing.paperBookNameEmpty');
  const prefix = typed.prefix.trim().toUpperCase().replace(/\/+$/, '');
  if (!PREFIX.test(prefix)) return message('billing.paperPrefixShape', { prefix: typed.prefix.trim() || '—' });
  const head = prefix.split('/')[0] ?? prefix;
  const same = (p: string) => p.toUpperCase() === prefix;
  if (COUNTER_SERIES.test(head) || inUse.deviceCodes.some((c) => c.toUpperCase() === head)) return message('billing.paperPrefixLikeCounter', { prefix });
  if (inUse.shopPrefixes.some(same) || inUse.bookPrefixes.some(same)) return message('billing.paperPrefixTaken', { prefix });
  const first = typed.firstNumber.trim();
  if (!DIGITS.test(first) || Number(first) < 1) return message('billing.paperFirstNumberShape', { number: first || '—' });
  const book = { prefix, width: first.length };
  const number = paperBillNumber(book, Number(first));
  if (number.length > DOC_NUMBER_MAX) return message('billing.paperNumberTooLong', { number, length: number.length, max: DOC_NUMBER_MAX });
  return { name, book };
}

/** The number of a bill as written in the book ("37" or "037" in a 3-digit book: PB-A/037). */
export function readPaperNumber(book: PaperBook, typed: string): { seq: number; number: string } | Message {
  const digits = typed.trim();
  if (!DIGITS.test(digits) || Number(digits) < 1) return message('billing.paperNumberShape', { number: digits || '—' });
  const seq = Number(digits);
  const number = paperBillNumber(book, seq);
  if (number.length > DOC_NUMBER_MAX) return message('billing.paperNumberTooLong', { number, length: number.length, max: DOC_NUMBER_MAX });
  return { seq, number };
}

export const isMessage = (v: object): v is Message => 'key' in v;
