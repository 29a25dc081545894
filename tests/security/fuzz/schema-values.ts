import type { z } from 'zod';
import { mulberry32 } from '../../../app/core/testing/random';
import { defOf, wrappedBy } from '../../support/zod-schemas';

type Schema = z.core.$ZodType;

/** A small seeded generator (mulberry32): the same seed gives the same requests on every run. */
export function seeded(seed: number) {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof seeded>;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789 अआकख';

/**
 * A value of the schema's shape, drawn from its own limits (lengths, min and max, choices):
 * valid where the schema says all there is to say; text with a pattern (dates, GSTINs) is left to
 * the method's example, which `valid` starts from.
 */
export function generate(schema: Schema, rng: Rng, depth = 0): unknown {
  const def = defOf(schema);
  const bag = schema as unknown as { minValue?: number | null; maxValue?: number | null; minLength?: number | null; maxLength?: number | null };
  if (def.type === 'nullable' && rng.chance(0.2)) return null;
  const wrapped = wrappedBy(def);
  if (wrapped) return generate(wrapped, rng, depth + 1);
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        const kind = defOf(field).type;
        if ((kind === 'optional' || kind === 'default') && rng.chance(0.5)) continue;
        out[key] = generate(field, rng, depth + 1);
      }
      return out;
    }
    case 'string': {
      const min = bag.minLength ?? 0;
      const max = Math.min(bag.maxLength ?? 24, min + 24);
      return Array.from({ length: rng.int(min, max) }, () => rng.pick([...LETTERS])).join('');
    }
    case 'number':
    case 'int': {
      const lo = Math.max(bag.minValue ?? -1e6, -1e12);
      const hi = Math.min(bag.maxValue ?? 1e6, 1e12);
      const edge = rng.pick([lo, hi, Math.max(lo, Math.min(hi, 0)), Math.max(lo, Math.min(hi, 1000))]);
      return rng.chance(0.5) ? edge : Math.floor(lo + rng.next() * (hi - lo));
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'enum':
      return rng.pick(Object.values(def.entries as Record<string, string>));
    case 'literal':
      return rng.pick(def.values as unknown[]);
    case 'array': {
      const count = depth > 4 ? 0 : rng.int(1, 3);
      return Array.from({ length: count }, () => generate(def.element as Schema, rng, depth + 1));
    }
    case 'record':
      return { [String(rng.int(1, 500))]: generate(def.valueType as Schema, rng, depth + 1) };
    case 'union':
      return generate(rng.pick(def.options as Schema[]), rng, depth + 1);
    case 'pipe':
      return generate(def.in as Schema, rng, depth + 1);
    default:
      return 'x';
  }
}

/** Every place in a JSON value, as a path of keys and indexes (the root is []). */
export function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

/** A deep copy with the value at `path` replaced (the root when the path is empty). */
export function setAt(value: unknown, path: ReadonlyArray<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(value);
  let at: unknown = copy;
  for (const key of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[key];
  (at as Record<string | number, unknown>)[path[path.length - 1] as string | number] = replacement;
  return copy;
}

export const WRONG_TYPES: readonly unknown[] = ['x', '', 12, -1, 0, 1.5, true, false, null, [], {}, ['x'], { a: 1 }];
/** Numbers past every bound: 2^53 − 1 and its negative, past the safe range, a float, and what JSON reads as Infinity. */
export const HUGE_NUMBERS: readonly unknown[] = [2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 63, -1e21, 1e308, 123.456, 2 ** 31, -(2 ** 31)];
export const UNKNOWN_KEYS = ['colour', 'discountPiase', 'isAdmin', 'role', '__proto__', 'constructor', 'unitPricePaise ', 'x'.repeat(300)];
export const LONG_STRINGS = ['x'.repeat(200_000), 'अ'.repeat(50_000), '\u202e\u0000\ud800abc', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd'];

/** A value nested `levels` deep, as raw JSON text: [[[ … ]]] or {"a":{"a": … }}. */
export function deepJson(levels: number, objects: boolean): string {
  return objects ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}` : `${'['.repeat(levels)}1${']'.repeat(levels)}`;
}
