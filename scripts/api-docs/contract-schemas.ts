import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { api, type MethodName } from '../../app/core/contract/api';
import { JournalEntryView } from '../../app/core/contract/areas/accounting/accounts';
import { DeviceView, UserSummary } from '../../app/core/contract/areas/auth';
import { InvoiceLineView, InvoiceSummary, InvoiceTotals, InvoiceView, PaymentView, PrintState, QuoteView } from '../../app/core/contract/areas/billing';
import { ProductView } from '../../app/core/contract/areas/catalog/products';
import { CustomerView } from '../../app/core/contract/areas/customers';
import { StockMoveView } from '../../app/core/contract/areas/inventory';
import { PrinterConfig, ShopView } from '../../app/core/contract/areas/shop';
import type { JsonSchema } from './schema-text';

/**
 * Result types that several methods share, named once in the page's Types section instead of
 * spelled out under every method. Only results use the names: parameters are listed field by field.
 */
const NAMED_RESULT_TYPES: Record<string, z.ZodType> = {
  UserSummary,
  DeviceView,
  ShopView,
  PrinterConfig,
  ProductView,
  CustomerView,
  QuoteView,
  InvoiceView,
  InvoiceSummary,
  InvoiceLineView,
  PaymentView,
  InvoiceTotals,
  PrintState,
  StockMoveView,
  JournalEntryView,
};

const names = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(NAMED_RESULT_TYPES)) names.add(schema, { id });

type Override = NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'];

// Passing our own registry makes zod stop reading the global one, where .describe() keeps
// descriptions; this puts them back.
const keepDescriptions: Override = (ctx) => {
  const description = z.globalRegistry.get(ctx.zodSchema)?.description;
  if (description !== undefined && ctx.jsonSchema.description === undefined) ctx.jsonSchema.description = description;
};

const toJson = (schema: unknown): JsonSchema => schema as JsonSchema;

/** What a caller sends: defaults shown, every shared type spelled out. */
export function paramsSchema(method: MethodName): JsonSchema {
  return toJson(z.toJSONSchema(api[method].params, { io: 'input' }));
}

/** What the caller gets back, with shared types as `$ref`s to their names. */
export function resultSchema(method: MethodName): JsonSchema {
  return toJson(z.toJSONSchema(api[method].result, { io: 'output', metadata: names, override: keepDescriptions }));
}

export interface NamedType {
  name: string;
  schema: JsonSchema;
  /** methods whose result contains this type, directly or inside another */
  usedBy: MethodName[];
}

export function namedTypes(methods: readonly MethodName[]): NamedType[] {
  const defsByMethod = methods.map((m) => [m, Object.keys(resultSchema(m).$defs ?? {})] as const);
  return Object.entries(NAMED_RESULT_TYPES).map(([name, schema]) => {
    const own = toJson(z.toJSONSchema(schema, { io: 'output', metadata: names, override: keepDescriptions }));
    const body = own.$defs?.[name];
    if (!body) throw new Error(`zod did not emit a definition for ${name}`);
    return { name, schema: body, usedBy: defsByMethod.filter(([, defs]) => defs.includes(name)).map(([m]) => m) };
  });
}

/**
 * HostEvent is a TypeScript type (events are pushed, never validated), so its source text is
 * quoted as written: the page cannot disagree with contract/events.ts.
 */
export function hostEventSource(): string {
  const source = readFileSync(new URL('../../app/core/contract/events.ts', import.meta.url), 'utf8');
  const declaration = /^export type HostEvent =[\s\S]*?;$/m.exec(source);
  if (!declaration) throw new Error('contract/events.ts no longer declares `export type HostEvent = …;`');
  return declaration[0].replace(/^export /, '');
}
