import { fill, type Lang, type Params } from '../../app/core/i18n';
import { STRINGS, type StringKey } from '../../app/renderer/src/i18n/words';

/**
 * What no message may say: an internal id, whether the host's (a kind and a UUIDv7,
 * "prod-0199f1a2-7c3e-7d4a-…"), a test's sequential one ("inv-0001") or the demo shop's
 * ("prod-demo-001").
 */
export const ID_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[a-z]{2,8}-(?:demo-)?\d{3,}\b/;

export const DEVANAGARI = /[\u0900-\u097F]/;

/** A screen's word in one language, placeholders filled, as the screens say it. */
export const word = (lang: Lang, key: StringKey, params?: Params) => fill(STRINGS[key][lang], params);

/** A typed line's box as a reader (and a test) finds it: "Quantity, line 1" / "मात्रा, पंक्ति 1". */
export const lineBox = (lang: Lang, field: StringKey, line: number) => word(lang, 'lineField', { field: word(lang, field), line });

/**
 * The English words left in a Hindi screen's text: Latin words of two letters or more, once the
 * shop's own data (names typed in English), the brand and the abbreviations a Hindi screen keeps
 * (GST, UPI, MRP, F-keys…) are taken out. Empty when the screen is all in Hindi.
 */
export function englishWords(text: string, allowed: ReadonlyArray<string | RegExp>): string[] {
  let rest = text;
  const strings = allowed.filter((a): a is string => typeof a === 'string').sort((a, b) => b.length - a.length);
  for (const s of strings) rest = rest.split(s).join(' ');
  for (const r of allowed.filter((a): a is RegExp => typeof a !== 'string'))
    rest = rest.replace(new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`), ' ');
  return [...new Set(rest.match(/[A-Za-z][A-Za-z’'-]*[A-Za-z]/g) ?? [])];
}

/** A screen's sentence as a pattern: its fixed words in order, each placeholder any text ("Only {left} of {product}…" → /Only .+? of .+?…/). */
export function wordPattern(lang: Lang, key: StringKey): RegExp {
  const parts = STRINGS[key][lang].split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'));
}
