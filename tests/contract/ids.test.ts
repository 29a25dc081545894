import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../app/core/contract/ids';

const random = (bytes: Uint8Array) => bytes.forEach((_, i) => (bytes[i] = (i * 37 + 11) & 0xff));

describe('time-ordered ids', () => {
  it('is a version-7 UUID whose text sorts by time, also within one millisecond', () => {
    const ids = [uuidv7(1_700_000_000_000, random), uuidv7(1_700_000_000_000, random), uuidv7(1_700_000_000_001, random), uuidv7(1_700_000_000_000, random)];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });
  it('starts with the time in milliseconds', () => {
    expect(uuidv7(0x0190_1234_5678, random).slice(0, 13)).toBe('01901234-5678');
  });
});
