import { z } from 'zod';
import type { ErrorCode } from './errors';
import { Id } from './schemas';
import { strictDeep } from './strict';
import type { Role } from './vocabulary';

/** Data areas; a successful call that changes one pushes `data.changed` so screens refetch. */
export const DATA_AREAS = [
  'shop',
  'users',
  'catalog',
  'customers',
  'billing',
  'inventory',
  'accounting',
  'printing',
  'suppliers',
  'purchasing',
  'gst',
  'bank',
  'forecasting',
  'orders',
  'insights',
] as const;
export type DataArea = (typeof DATA_AREAS)[number];

export type Access = 'public' | Role;

export interface MethodSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType, A extends Access = Access> {
  summary: string;
  /** 'public' needs no session; otherwise the least role that may call it */
  access: A;
  params: P;
  result: R;
  /** the error codes this method can answer with, besides BAD_PARAMS, UNAUTHENTICATED, FORBIDDEN, DB_BUSY, DISK_FULL, INTERNAL */
  errors: readonly ErrorCode[];
  /** valid params, shown in docs/API.md and checked against the schema by a test */
  example: z.input<P>;
  changes?: readonly DataArea[];
  /** the data a query method reads: screens refetch it when one of these changes */
  reads?: readonly DataArea[];
  /** the largest request body it takes over HTTP, in bytes, when more than the 1 MiB every method takes (a file sent whole) */
  maxBodyBytes?: number;
}

/** The body limit of a method that takes a whole file (a portal's master, a bank statement). */
export const FILE_BODY_BYTES = 8 << 20;

/**
 * Declares one API method, keeping each spec's precise types. Its params are made strict at every
 * depth: a field the method does not name is refused with BAD_PARAMS, never ignored.
 */
export function method<P extends z.ZodType, R extends z.ZodType, A extends Access>(spec: MethodSpec<P, R, A>): MethodSpec<P, R, A> {
  return { ...spec, params: strictDeep(spec.params) };
}

/** Declares a read of one record by its id, answering NOT_FOUND when there is none; the example names one record's id. */
export function readById<R extends z.ZodType, A extends Access>(spec: {
  summary: string;
  access: A;
  result: R;
  exampleId: string;
  reads: readonly DataArea[];
}) {
  const { exampleId, ...rest } = spec;
  return method({ ...rest, params: z.object({ id: Id }), errors: ['NOT_FOUND'], example: { id: exampleId } });
}
