import { DOC_NUMBER_MAX } from '../billing/numbering';
import { message, type Message } from '../i18n/fail';

/** A series of the shop's own: `<prefix>/<number padded to width>`, e.g. GK/2627/0542. */
export interface ShopSeries {
  prefix: string;
  width: number;
}

export type SeriesKind = 'sale' | 'creditNote';

const PREFIX = /^[A-Za-z0-9][A-Za-z0-9/-]*$/;
const NEXT = /^\d{1,10}$/;

const WORDS = {
  sale: { prefix: 'shop.salePrefixShape', next: 'shop.saleNextShape', tooLong: 'shop.saleNumberTooLong', used: 'shop.saleNumberUsed' },
  creditNote: {
    prefix: 'shop.creditNotePrefixShape',
    next: 'shop.creditNoteNextShape',
    tooLong: 'shop.creditNoteNumberTooLong',
    used: 'shop.creditNoteNumberUsed',
  },
} as const;

/** The number of the `seq`-th document of a series of the shop's own. */
export function shopSeriesNumber(series: ShopSeries, seq: number): string {
  return `${series.prefix}/${String(seq).padStart(series.width, '0')}`;
}

/** The series as a person typed it ("GK/2627", "0542"): the prefix, the width and where it continues. */
export interface SeriesPlan {
  series: ShopSeries;
  next: number;
  firstNumber: string;
}

/**
 * Reads a typed prefix and next number under rule 46: letters, digits, '-' and '/', at most 16
 * characters. "0542" continues a paper book at 542, four digits wide. A trailing '/' is the
 * separator the number adds anyway.
 */
export function planSeries(kind: SeriesKind, typed: { prefix: string; next: string }): SeriesPlan | Message {
  const words = WORDS[kind];
  const prefix = typed.prefix.trim().toUpperCase().replace(/\/+$/, '');
  if (!PREFIX.test(prefix)) return message(words.prefix, { prefix: typed.prefix.trim() || '—' });
  const nextTyped = typed.next.trim();
  if (!NEXT.test(nextTyped) || Number(nextTyped) < 1) return message(words.next, { next: nextTyped || '—' });
  const series = { prefix, width: nextTyped.length };
  const next = Number(nextTyped);
  const firstNumber = shopSeriesNumber(series, next);
  if (firstNumber.length > DOC_NUMBER_MAX) return message(words.tooLong, { number: firstNumber, length: firstNumber.length });
  return { series, next, firstNumber };
}

/** Refuses a next number already used in the year: the series has reached it, or a document holds it. */
export function usedNumberRefusal(kind: SeriesKind, plan: SeriesPlan, lastUsed: number, numberTaken: boolean, fyLabel: string): Message | undefined {
  return plan.next <= lastUsed || numberTaken ? message(WORDS[kind].used, { number: plan.firstNumber, fy: fyLabel }) : undefined;
}

export const isPlan = (p: SeriesPlan | Message): p is SeriesPlan => 'series' in p;
