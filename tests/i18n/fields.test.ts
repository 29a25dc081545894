import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api } from '../../app/core/contract';
import { CATALOGUE } from '../../app/core/i18n';
import { fieldLabelKey } from '../../app/core/i18n/fields';
import { PATTERN_HINTS } from '../../app/core/i18n/params';
import { defOf, wrappedBy } from '../support/zod-schemas';

interface Field {
  method: string;
  path: Array<string | number>;
}

/** Every named field under a params schema (through arrays, optionals, defaults, unions …), and every regex it checks. */
function walk(
  schema: z.core.$ZodType,
  method: string,
  path: Array<string | number>,
  out: { fields: Field[]; patterns: Set<string> },
  seen = new Set<unknown>(),
): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = defOf(schema);
  for (const check of (def.checks ?? []) as z.core.$ZodCheck[]) {
    const c = check._zod.def as { check: string; format?: string; pattern?: RegExp };
    if (c.format === 'regex' && c.pattern) out.patterns.add(c.pattern.source);
  }
  const inner = (s: unknown, p = path) => walk(s as z.core.$ZodType, method, p, out, seen);
  const wrapped = wrappedBy(def);
  if (wrapped) {
    inner(wrapped);
    return;
  }
  switch (def.type) {
    case 'object':
      for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) {
        out.fields.push({ method, path: [...path, name] });
        inner(field, [...path, name]);
      }
      break;
    case 'array':
      inner(def.element, [...path, 0]);
      break;
    case 'union':
      for (const option of def.options as unknown[]) inner(option);
      break;
    case 'intersection':
      inner(def.left);
      inner(def.right);
      break;
    case 'record':
      inner(def.valueType, [...path, 'key']);
      break;
    case 'pipe':
      inner(def.in);
      inner(def.out);
      break;
    case 'lazy':
      inner((def.getter as () => unknown)());
      break;
    case 'tuple':
      for (const item of def.items as unknown[]) inner(item, [...path, 0]);
      break;
  }
}

const all = { fields: [] as Field[], patterns: new Set<string>() };
for (const [method, spec] of Object.entries(api)) walk(spec.params, method, [], all);

describe('every param field has words', () => {
  it('walks a real contract', () => {
    expect(all.fields.length).toBeGreaterThan(300);
    expect(all.patterns.size).toBeGreaterThan(10);
  });

  it('labels every field of every method, in English and Hindi, never by its param name', () => {
    const unlabelled = all.fields.filter((f) => fieldLabelKey(f.method, f.path) === undefined).map((f) => `${f.method}: ${f.path.join('.')}`);
    expect(unlabelled).toEqual([]);
    for (const f of all.fields) {
      const key = fieldLabelKey(f.method, f.path);
      const name = String(f.path.at(-1));
      if (key && /[A-Z]/.test(name)) expect(CATALOGUE[key].en, `${f.method}: ${name}`).not.toContain(name);
    }
  });

  it('gives every text pattern of the contract a hint of what to type', () => {
    expect([...all.patterns].filter((p) => !Object.hasOwn(PATTERN_HINTS, p))).toEqual([]);
  });

  it('fails for a field it has no label for', () => {
    expect(fieldLabelKey('catalog.search', ['colourOfTheSky'])).toBeUndefined();
    expect(fieldLabelKey('shop.update', ['printer', 'productId'])).toBe('field.printer.productId');
    expect(fieldLabelKey('billing.quote', ['lines', 0, 'productId'])).toBe('field.productId');
    expect(fieldLabelKey('accounting.contra', ['from'])).toBe('field.contra.from');
    expect(fieldLabelKey('accounting.dayBook', ['from'])).toBe('field.from');
  });
});
