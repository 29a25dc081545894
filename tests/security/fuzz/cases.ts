import type { z } from 'zod';
import { deepJson, generate, HUGE_NUMBERS, LONG_STRINGS, pathsOf, setAt, UNKNOWN_KEYS, WRONG_TYPES, type Rng } from './schema-values';

export type CaseKind = 'example' | 'generated' | 'wrongType' | 'huge' | 'unknownField' | 'deep' | 'longString' | 'notObject' | 'infinity';

export interface FuzzCase {
  kind: CaseKind;
  /** the raw JSON body sent */
  body: string;
  /** shaped like valid params (may succeed); every other kind is broken and must be refused */
  validShaped: boolean;
}

const RAW = '\u0000raw\u0000';
const KEY = '\u0000key\u0000';

/** JSON text of `value`, with the RAW marker replaced by `raw` (text JSON.stringify cannot make: 1e999, 5,000 levels). */
function withRaw(value: unknown, raw: string): string {
  return JSON.stringify(value).replace(JSON.stringify(RAW), raw);
}

/** A case's params, or its body when only raw text can say it. */
function broken(kind: CaseKind, body: string): FuzzCase {
  return { kind, body, validShaped: false };
}

/**
 * The requests sent to one method: its example and two values drawn from its schema
 * (valid-shaped), then the broken ones, each built from the example by one change at a place
 * chosen by the seeded generator.
 */
export function casesFor(params: z.core.$ZodType, example: unknown, rng: Rng): FuzzCase[] {
  const base: unknown = example ?? {};
  const places = pathsOf(base);
  const leaves = places.filter((p) => p.length > 0);
  const objects = places.filter((p) => {
    const at = p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], base);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
  const anyLeaf = () => (leaves.length > 0 ? rng.pick(leaves) : [rng.pick(['q', 'id', 'amountPaise'])]);
  const cases: FuzzCase[] = [
    { kind: 'example', body: JSON.stringify(base), validShaped: true },
    { kind: 'generated', body: JSON.stringify(generate(params, rng)), validShaped: true },
    { kind: 'generated', body: JSON.stringify(generate(params, rng)), validShaped: true },
  ];
  for (let i = 0; i < 3; i++) cases.push(broken('wrongType', JSON.stringify(setAt(base, anyLeaf(), rng.pick(WRONG_TYPES)))));
  for (let i = 0; i < 3; i++) cases.push(broken('huge', JSON.stringify(setAt(base, anyLeaf(), rng.pick(HUGE_NUMBERS)))));
  for (let i = 0; i < 2; i++) {
    const at = objects.length > 0 ? rng.pick(objects) : [];
    const key = rng.pick(UNKNOWN_KEYS);
    const marked = setAt(base, [...at, KEY], rng.pick(WRONG_TYPES));
    cases.push(broken('unknownField', JSON.stringify(marked).replace(JSON.stringify(KEY), JSON.stringify(key))));
  }
  cases.push(broken('deep', withRaw(setAt(base, anyLeaf(), RAW), deepJson(rng.pick([64, 1000, 5000]), rng.chance(0.5)))));
  for (let i = 0; i < 2; i++) cases.push(broken('longString', JSON.stringify(setAt(base, anyLeaf(), rng.pick(LONG_STRINGS)))));
  cases.push(broken('notObject', rng.pick(['"atta"', '42', 'null', '[]', '[{}]', 'true'])));
  cases.push(broken('infinity', withRaw(setAt(base, anyLeaf(), RAW), rng.pick(['1e999', '-1e999', '1e-999']))));
  return cases;
}
