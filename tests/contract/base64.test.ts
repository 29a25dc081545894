import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../app/core/contract/base64';
import { Base64 } from '../../app/core/contract/schemas';

describe('base64 in the core', () => {
  it('decodes what Node encodes, for every length of the last group', () => {
    for (let n = 0; n < 260; n++) {
      const bytes = randomBytes(n);
      const text = bytes.toString('base64');
      expect(Buffer.from(fromBase64(text)).equals(bytes)).toBe(true);
      expect(toBase64(new Uint8Array(bytes))).toBe(text);
    }
  });

  it('takes padded groups of four only, and refuses other characters', () => {
    for (const good of ['', 'QQ==', 'QUI=', 'QUJD', 'QUJDRA==', '+/+/']) expect(Base64.safeParse(good).success).toBe(true);
    for (const bad of ['Q', 'QQ', 'QUJ', 'QQ=', 'Q===', '====', 'QU JD', 'QUJD\n', 'QUJ-', 'QQ==QUJD']) expect(Base64.safeParse(bad).success).toBe(false);
  });

  it('checks and decodes an upload chunk (700 KB) in one pass each', () => {
    const text = randomBytes(512 * 1024).toString('base64');
    expect(Base64.max(700_000).safeParse(text).success).toBe(true);
    expect(fromBase64(text).length).toBe(512 * 1024);
    expect(() => fromBase64('QU*D')).toThrow(RangeError);
  });
});
