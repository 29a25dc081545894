import type { z } from 'zod';

/** A schema's definition, its fields read by the kind in `type`. */
export type ZodDef = z.core.$ZodTypeDef & Record<string, unknown>;

export const defOf = (schema: z.core.$ZodType): ZodDef => schema._zod.def as ZodDef;

/** The kinds of schema that wrap exactly one other, held in `innerType` (nullable among them). */
const WRAPPERS: ReadonlySet<string> = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The schema a wrapper holds, when `def` is one: what a walker goes on into. */
export const wrappedBy = (def: ZodDef): z.core.$ZodType | undefined => (WRAPPERS.has(def.type) ? (def.innerType as z.core.$ZodType) : undefined);
