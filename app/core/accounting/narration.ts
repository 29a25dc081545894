import type { Lang } from '../contract/vocabulary';
import { fill } from '../i18n/text';
import { translate } from '../i18n/index';
import type { ParamsOf } from '../i18n/fail';
import type { NARRATIONS } from '../i18n/narrations';
import { accountName, voucherWord } from '../reports/names';

export type NarrationKey = keyof typeof NARRATIONS & `narration.${string}`;

/** A system narration as the entry keeps it: its key and params, said in the reader's language when read. */
export interface NarrationWords {
  key: NarrationKey;
  params: Readonly<Record<string, string | number>>;
}

/** What an entry stores for a narration the books write: the English text and the words to say it again in any language. */
export interface Narrated {
  narration: string;
  words: NarrationWords;
}

/**
 * The books' narration for an entry. A param that names an account carries its code beside it
 * (`account` + `accountCode`), so a system account is said in the reader's language while the
 * owner has not renamed it; `kind`, `method` and `reasons` are codes said in words.
 */
export function narrate<K extends NarrationKey>(key: K, params: ParamsOf<K> & Record<string, string | number>): Narrated {
  const words: NarrationWords = { key, params };
  return { narration: narrationText(words, 'en'), words };
}

const ACCOUNT_PARAMS = ['account', 'from', 'to'] as const;

/** A khata receipt's way of paying and a stock adjustment's reasons, stored as codes, said in words. */
const METHOD_WORDS: Readonly<Record<string, NarrationKey>> = {
  cash: 'narration.method.cash',
  upi: 'narration.method.upi',
  card: 'narration.method.card',
  bank: 'narration.method.bank',
};
const REASON_WORDS: Readonly<Record<string, NarrationKey>> = {
  damage: 'narration.reason.damage',
  theft: 'narration.reason.theft',
  expiry: 'narration.reason.expiry',
  count: 'narration.reason.count',
  other: 'narration.reason.other',
};
const wordFor = (words: Readonly<Record<string, NarrationKey>>, code: string, lang: Lang) => {
  const key = Object.hasOwn(words, code) ? words[code] : undefined;
  return (key && translate(key, lang)) ?? code;
};

function paramsIn(params: NarrationWords['params'], lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const name of ACCOUNT_PARAMS) {
    const code = params[`${name}Code`];
    const value = params[name];
    if (typeof code === 'string' && typeof value === 'string') out[name] = accountName(code, value, lang);
  }
  if (typeof params.kind === 'string') out.kind = lang === 'en' ? params.kind : voucherWord(params.kind, lang);
  if (typeof params.method === 'string') out.method = wordFor(METHOD_WORDS, params.method, lang);
  if (typeof params.reasons === 'string')
    out.reasons = params.reasons
      .split(', ')
      .map((r) => wordFor(REASON_WORDS, r, lang))
      .join(', ');
  return out;
}

/** The narration in a language. */
export function narrationText(words: NarrationWords, lang: Lang): string {
  return fill(translate(words.key, lang) ?? '', paramsIn(words.params, lang));
}

/**
 * An entry's narration for a reader: the books' own said in the reader's language; a typed one, one
 * written before the books kept words, or words this version does not know, as stored.
 */
export function narrationFor(stored: string, key: string | null, params: string | null, lang: Lang): string {
  if (key === null) return stored;
  let parsed: unknown;
  try {
    parsed = params === null ? {} : JSON.parse(params);
  } catch {
    return stored;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return stored;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  const template = key.startsWith('narration.') ? translate(key, lang) : undefined;
  return template === undefined ? stored : fill(template, paramsIn(values, lang));
}

/** The narration a user typed, kept as typed; none typed, the books' own. */
export const typedOr = (typed: string, books: Narrated): { narration: string; words?: NarrationWords } => (typed ? { narration: typed } : books);
