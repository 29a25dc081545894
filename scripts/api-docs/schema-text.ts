/**
 * Turns the JSON Schema that zod 4 emits (z.toJSONSchema) into text a developer reads at a glance:
 * TypeScript-style types, constraints in words, and parameter rows with dotted names.
 */

/** The subset of JSON Schema (draft 2020-12) that z.toJSONSchema produces for the contract. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface ParamRow {
  name: string;
  type: string;
  /** constraints in words, e.g. "1–64 chars" */
  rules: string;
  required: boolean;
  default?: unknown;
  description: string;
}

// zod writes z.int()'s safe-integer range into every integer; it says nothing to a reader.
const SAFE = Number.MAX_SAFE_INTEGER;

const variantsOf = (s: JsonSchema): JsonSchema[] | undefined => s.anyOf ?? s.oneOf;
const isNull = (s: JsonSchema): boolean => s.type === 'null';
const isObject = (s: JsonSchema): boolean => s.type === 'object' && s.properties !== undefined && Object.keys(s.properties).length > 0;
const parenthesize = (t: string): string => (t.includes(' | ') ? `(${t})` : t);

/** The name a `$ref` points at: '#/$defs/InvoiceView' → 'InvoiceView'. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A one-line TypeScript-style type: `string`, `integer`, `"cash" | "upi"`, `{ kind: "none" }`. */
export function inlineType(s: JsonSchema): string {
  if (s.$ref !== undefined) return refName(s.$ref);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum !== undefined) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const variants = variantsOf(s);
  if (variants) return variants.map(inlineType).join(' | ');
  if (Array.isArray(s.type)) return s.type.map((type) => inlineType({ ...s, type })).join(' | ');
  switch (s.type) {
    case 'array':
      return `${parenthesize(s.items ? inlineType(s.items) : 'unknown')}[]`;
    case 'object': {
      const fields = Object.entries(s.properties ?? {}).map(([key, value]) => `${key}${s.required?.includes(key) ? '' : '?'}: ${inlineType(value)}`);
      return fields.length === 0 ? '{}' : `{ ${fields.join('; ')} }`;
    }
    case undefined:
      return 'unknown';
    default:
      return s.type;
  }
}

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (unit === 'chars' && min === 1 && max === undefined) return 'non-empty';
  const suffix = unit === '' ? '' : ` ${unit}`;
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${suffix}` : `${min}–${max}${suffix}`;
  if (min !== undefined) return unit === '' ? `≥ ${min}` : `at least ${min}${suffix}`;
  if (max !== undefined) return unit === '' ? `≤ ${max}` : `at most ${max}${suffix}`;
  return '';
}

/** Constraints in words; a nullable value is described by its non-null side. */
export function rulesOf(s: JsonSchema): string {
  const variants = variantsOf(s)?.filter((v) => !isNull(v));
  if (variants?.length === 1 && variants[0]) return rulesOf(variants[0]);
  const rules: string[] = [];
  const minLength = s.minLength === 0 ? undefined : s.minLength;
  rules.push(range(minLength, s.maxLength, 'chars'));
  if (s.pattern !== undefined) rules.push(`pattern \`${s.pattern}\``);
  rules.push(range(s.minimum === -SAFE ? undefined : s.minimum, s.maximum === SAFE ? undefined : s.maximum, ''));
  rules.push(range(s.minItems === 0 ? undefined : s.minItems, s.maxItems, 'items'));
  return rules.filter((r) => r !== '').join(', ');
}

/** The object inside `T | null`, if that is what s is. */
function nullableObject(s: JsonSchema): JsonSchema | undefined {
  if (isObject(s)) return s;
  const variants = variantsOf(s);
  const nonNull = variants?.filter((v) => !isNull(v));
  return nonNull?.length === 1 && nonNull[0] && isObject(nonNull[0]) ? nonNull[0] : undefined;
}

/** The property every variant fixes to a different constant (a discriminated union's tag). */
function discriminator(variants: JsonSchema[]): string | undefined {
  if (variants.length < 2 || !variants.every(isObject)) return undefined;
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((key) => variants.every((v) => v.properties?.[key]?.const !== undefined));
}

/**
 * Parameter rows of an object schema, nested fields flattened with dotted names:
 * `lines[].productId`, `printer.host`. Variants of a tagged union are listed under their tag.
 */
export function paramRows(schema: JsonSchema, prefix = '', onlyWhen = ''): ParamRow[] {
  const rows: ParamRow[] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    const row: ParamRow = {
      name,
      type: inlineType(prop),
      rules: rulesOf(prop),
      required: schema.required?.includes(key) ?? false,
      description: [onlyWhen, prop.description ?? ''].filter((d) => d !== '').join(' '),
      ...(prop.default === undefined ? {} : { default: prop.default }),
    };
    const object = nullableObject(prop);
    const variants = variantsOf(prop);
    const tag = variants ? discriminator(variants) : undefined;
    if (object) {
      rows.push({ ...row, type: isObject(prop) ? 'object' : 'object | null' }, ...paramRows(object, `${name}.`, onlyWhen));
    } else if (prop.type === 'array' && prop.items && isObject(prop.items)) {
      rows.push({ ...row, type: 'object[]' }, ...paramRows(prop.items, `${name}[].`, onlyWhen));
    } else if (variants && tag) {
      const tags = variants.map((v) => inlineType(v.properties?.[tag] ?? {}));
      rows.push({
        ...row,
        type: 'object',
        description: [row.description, `One of ${variants.length} shapes, told apart by \`${tag}\`.`].filter((d) => d !== '').join(' '),
      });
      rows.push({ name: `${name}.${tag}`, type: tags.join(' | '), rules: '', required: true, description: onlyWhen });
      variants.forEach((variant, i) => {
        const { [tag]: _tag, ...rest } = variant.properties ?? {};
        const when = `(only when \`${tag}\` is \`${tags[i] ?? ''}\`)`;
        rows.push(...paramRows({ ...variant, properties: rest }, `${name}.`, when));
      });
    } else rows.push(row);
  }
  return rows;
}

/**
 * A multi-line TypeScript-style block for a result: one field per line, optional fields with `?`,
 * descriptions as comments except `quiet` ones (units the page explains once). `indent` is the
 * nesting depth.
 */
export function typeBlock(s: JsonSchema, quiet: ReadonlySet<string> = new Set(), indent = 0): string {
  const pad = '  '.repeat(indent);
  if (isObject(s)) {
    const lines = Object.entries(s.properties ?? {}).map(([key, value]) => {
      const optional = s.required?.includes(key) ? '' : '?';
      const said = value.description === undefined || quiet.has(value.description);
      return `${pad}  ${key}${optional}: ${typeBlock(value, quiet, indent + 1)}${said ? '' : ` // ${value.description}`}`;
    });
    return `{\n${lines.join('\n')}\n${pad}}`;
  }
  if (s.type === 'array' && s.items && (isObject(s.items) || variantsOf(s.items))) return `Array<${typeBlock(s.items, quiet, indent)}>`;
  const variants = variantsOf(s);
  if (variants && variants.some(isObject)) return variants.map((v) => typeBlock(v, quiet, indent)).join(' | ');
  return inlineType(s);
}
