import { describe, expect, it } from 'vitest';
import { AREA_WORDS } from './words';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the screen words', () => {
  it('define each key in one area file only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, words] of Object.entries(AREA_WORDS)) {
      for (const key of Object.keys(words)) {
        const first = seen.get(key);
        if (first) twice.push(`${key} (${first}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(twice).toEqual([]);
  });

  it('say everything in both languages, with the same placeholders', () => {
    for (const words of Object.values(AREA_WORDS)) {
      for (const [key, text] of Object.entries(words)) {
        expect(text.en.trim(), key).not.toBe('');
        expect(text.hi.trim(), key).not.toBe('');
        expect(placeholders(text.hi), key).toEqual(placeholders(text.en));
      }
    }
  });
});
