import { z } from 'zod';

/**
 * The params of an "update" method: every field of `schema` optional and without its default, so
 * a field left out stays as it is (zod's own .partial() would fill the defaults and reset it).
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([k, v]) => [k, z.optional(v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType))]),
  );
  return z.object(shape as unknown as { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> });
}
