import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../app/core/contract/errors';
import { CATALOGUE, hasMessage } from '../../app/core/i18n';
import { AREAS } from '../../app/core/i18n/catalogue';
import { DEVANAGARI, ID_LIKE } from '../support/words';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const entries = Object.entries(CATALOGUE);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const CODE = ['app', 'db', 'printers'].flatMap(sources);

describe('the host’s words', () => {
  it('has English and Hindi for every key, with the same placeholders', () => {
    for (const [key, text] of entries) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.hi.trim(), key).not.toBe('');
      expect(placeholders(text.hi), key).toEqual(placeholders(text.en));
      // Hindi is written in Devanagari, unless the words are only figures ("31–60").
      const letters = text.hi.replace(/\{\w+\}/g, '');
      if (/[A-Za-z]{3,}/.test(letters.replace(/GSTIN|CGST|SGST|IGST|JSON|POST|MB|UPI|USB|PIN|CSV|HSN|A-Z|SmartKirana/g, '')))
        expect(letters, key).toMatch(DEVANAGARI);
    }
  });

  it('keeps each area’s keys under its own prefix, and no key in two areas', () => {
    const seen = new Map<string, string>();
    for (const [area, table] of Object.entries(AREAS)) {
      const prefixes = new Set(Object.keys(table).map((k) => k.split('.')[0]));
      expect(prefixes.size, area).toBe(1);
      for (const key of Object.keys(table)) {
        expect(seen.get(key), `${key} is in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(seen.size).toBe(entries.length);
  });

  it('has a message for every error code', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(hasMessage(`error.${code}`), code).toBe(true);
  });

  it('never says an internal id', () => {
    for (const [key, text] of entries) for (const words of [text.en, text.hi]) expect(words, key).not.toMatch(ID_LIKE);
  });

  it('is thrown only through fail(): no throw site writes its own AppError', () => {
    const own = CODE.filter((f) => !f.startsWith(join('app', 'core', 'i18n')) && !f.startsWith(join('app', 'core', 'contract')));
    const writers = own.filter((f) => /new AppError\(/.test(readFileSync(f, 'utf8')));
    expect(writers).toEqual([]);
  });

  it('has no key that nothing says', () => {
    // Keys chosen by a computed name (a field's label, an account group, a voucher type, 'error.<code>').
    const computed = /^(field|format|group|statement|voucherType|accountName|error)\./;
    const code = CODE.map((f) => readFileSync(f, 'utf8')).join('\n');
    // A key's own entry in its table is "'key': {"; any other mention of it is a use.
    const used = new Set([...code.matchAll(/'([\w.]+)'(?!\s*:\s*\{)/g)].map((m) => m[1]));
    const unused = Object.keys(CATALOGUE).filter((key) => !computed.test(key) && !used.has(key));
    expect(unused).toEqual([]);
  });
});
