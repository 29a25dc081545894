/**
 * Search keys that make "atta", "aata" and "आटा" meet. Shop staff type product names in English,
 * in Hindi, and in every Hinglish spelling between them; we index two keys per word:
 *  - fold: Latin spelling with aspirates, doubled letters and long vowels folded ("cheeni" → "cini");
 *  - skeleton: the fold without inner vowels ("namkeen" and "नमकीन" → "nmkn"), which also forgives
 *    the schwa that Hindi drops in speech but a transliteration keeps.
 */

// Devanagari → rough Latin, enough for matching (not a publishing transliteration).
const CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  ळ: 'l',
  क़: 'k',
  ख़: 'kh',
  ग़: 'g',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'rh',
  फ़: 'f',
  य़: 'y',
};
const VOWELS: Record<string, string> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ee',
  उ: 'u',
  ऊ: 'oo',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
};
const MATRAS: Record<string, string> = {
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ee',
  'ु': 'u',
  'ू': 'oo',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
};
const VIRAMA = '्';
const NASAL = new Set(['ं', 'ँ']);
const NUKTA = '़';

export function transliterate(text: string): string {
  let out = '';
  const chars = [...text.normalize('NFC')];
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i] ?? '';
    if (chars[i + 1] === NUKTA) {
      ch += NUKTA;
      i++;
    }
    const consonant = CONSONANTS[ch] ?? CONSONANTS[ch.replace(NUKTA, '')];
    if (consonant !== undefined) {
      out += consonant;
      const next = chars[i + 1] ?? '';
      // Inherent 'a' unless a matra or virama follows, or the word ends (Hindi drops the final schwa).
      const endsWord = next === '' || !/[\u0900-\u097F]/.test(next);
      if (!MATRAS[next] && next !== VIRAMA && !endsWord && !NASAL.has(next)) out += 'a';
      if (NASAL.has(next)) out += 'a';
      continue;
    }
    if (VOWELS[ch] !== undefined) out += VOWELS[ch];
    else if (MATRAS[ch] !== undefined) out += MATRAS[ch];
    else if (NASAL.has(ch)) out += 'n';
    else if (ch === VIRAMA) continue;
    else if (/[\u0966-\u096F]/.test(ch)) out += String(ch.charCodeAt(0) - 0x0966);
    else out += ch;
  }
  return out;
}

const DIGRAPHS: Array<[RegExp, string]> = [
  [/chh/g, 'c'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/ph/g, 'f'],
  [/bh/g, 'b'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/jh/g, 'j'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/ee/g, 'i'],
  [/ii/g, 'i'],
  [/oo/g, 'u'],
  [/uu/g, 'u'],
  [/aa/g, 'a'],
  [/ou/g, 'o'],
  [/au/g, 'o'],
  [/ai/g, 'e'],
  [/ay/g, 'e'],
];

/** Folded Latin key of one word. */
export function fold(word: string): string {
  let w = word.toLowerCase();
  if (/[\u0900-\u097F]/.test(w)) w = transliterate(w);
  w = w.normalize('NFKD').replace(/[^a-z0-9]/g, '');
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  // "h" after a vowel is mostly silent in Hinglish spellings ("dahi" stays, "chah" → "ca").
  w = w.replace(/([aeiou])h(?![aeiou])/g, '$1');
  return w.replace(/(.)\1+/g, '$1');
}

/** Consonant skeleton: the fold without its inner vowels, first letter kept. */
export function skeleton(word: string): string {
  const f = fold(word);
  if (/^\d+$/.test(f)) return f;
  return f.charAt(0) + f.slice(1).replace(/[aeiouy]/g, '');
}

/** Words of a product name or query: Latin, digits or Devanagari runs. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[a-z0-9]+|[\u0900-\u097F]+/g) ?? []
  );
}

/** The keys indexed for a product's names. */
export function searchKeys(...names: Array<string | null | undefined>): { fold: string; skeleton: string } {
  const ws = names.flatMap((n) => (n ? words(n) : []));
  return { fold: ws.map(fold).filter(Boolean).join(' '), skeleton: ws.map(skeleton).filter(Boolean).join(' ') };
}
