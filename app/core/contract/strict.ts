import { z } from 'zod';

type Any = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;

const isSchema = (value: unknown): value is Any => typeof value === 'object' && value !== null && '_zod' in value;
const cloneWith = <T extends Any>(schema: T, def: Def): T => z.core.clone(schema, def as T['_zod']['def']);

/** The kinds of schema that wrap exactly one other, held in `innerType`. */
const WRAPPERS: ReadonlySet<string> = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/**
 * The same schema with every object in it strict: a key the object does not name is refused
 * (`unrecognized_keys`), at any depth — inside lists, choices, optional and defaulted fields.
 * Checks, defaults and descriptions are kept (each node is cloned with its own definition).
 * A misspelt field (`discountPiase`) must be an error, never silently "no discount".
 */
export function strictDeep<T extends Any>(schema: T): T {
  const def = schema._zod.def as Def;
  if (WRAPPERS.has(def.type)) return cloneWith(schema, { ...def, innerType: strictDeep(def.innerType as Any) });
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Any>;
      const strictShape = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, strictDeep(field)]));
      return cloneWith(schema, { ...def, shape: strictShape, catchall: z.never() });
    }
    case 'array':
    case 'set':
      return cloneWith(schema, { ...def, element: strictDeep(def.element as Any) });
    case 'record':
    case 'map':
      return cloneWith(schema, { ...def, valueType: strictDeep(def.valueType as Any) });
    case 'union':
      return cloneWith(schema, { ...def, options: (def.options as Any[]).map(strictDeep) });
    case 'intersection':
      return cloneWith(schema, { ...def, left: strictDeep(def.left as Any), right: strictDeep(def.right as Any) });
    case 'tuple':
      return cloneWith(schema, { ...def, items: (def.items as Any[]).map(strictDeep), rest: isSchema(def.rest) ? strictDeep(def.rest) : def.rest });
    case 'pipe':
      return cloneWith(schema, { ...def, in: strictDeep(def.in as Any) });
    default:
      return schema;
  }
}

/** Every object in the schema that would let an unknown key through, by its path ('' for the top). */
export function looseObjects(schema: Any, path = ''): string[] {
  const def = schema._zod.def as Def;
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (WRAPPERS.has(def.type)) return looseObjects(def.innerType as Any, path);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall;
      const own = isSchema(catchall) && catchall._zod.def.type === 'never' ? [] : [path];
      return [...own, ...Object.entries(def.shape as Record<string, Any>).flatMap(([key, field]) => looseObjects(field, at(key)))];
    }
    case 'array':
    case 'set':
      return looseObjects(def.element as Any, at('*'));
    case 'record':
    case 'map':
      return looseObjects(def.valueType as Any, at('*'));
    case 'union':
      return (def.options as Any[]).flatMap((o) => looseObjects(o, path));
    case 'intersection':
      return [...looseObjects(def.left as Any, path), ...looseObjects(def.right as Any, path)];
    case 'tuple':
      return (def.items as Any[]).flatMap((item, i) => looseObjects(item, at(i)));
    case 'pipe':
      return looseObjects(def.in as Any, path);
    default:
      return [];
  }
}
