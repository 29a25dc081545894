import { z } from 'zod';
import { ROLES } from './vocabulary';

/** Building blocks shared by the API areas. Amounts on the wire are integer paise. */
export const Id = z.string().min(1).max(64);
export const Paise = z.int().describe('integer paise');
export const NonNegPaise = z.int().min(0).describe('integer paise ≥ 0');
export const QtyMilli = z.int().describe('milli-units: 1 piece = 1000, 250 g = 250');
export const RateBp = z.int().min(0).max(10000).describe('basis points: 18% = 1800');
/** 2026-02-31 has the form of a date but is not one: JavaScript would roll it over to 3 March. */
const onTheCalendar = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) === s;
};
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD')
  .refine(onTheCalendar, { message: 'not a date on the calendar', params: { notADate: true } })
  .describe('a date as YYYY-MM-DD (India time)');
export const IsoInstant = z.string().describe('ISO 8601 instant');
export const StateCode = z
  .string()
  .regex(/^\d{2}$/, 'two-digit GST state code')
  .describe('two-digit GST state code, e.g. 23 for Madhya Pradesh');
export const Hsn = z
  .string()
  .regex(/^(\d{4}|\d{6}|\d{8})$/, 'HSN code of 4, 6 or 8 digits')
  .describe('HSN code of 4, 6 or 8 digits');
export const Unit = z.enum(['pcs', 'kg', 'l', 'g', 'ml', 'pack', 'box', 'dozen']);
export const RoleSchema = z.enum(ROLES);
export const Ok = z.object({ ok: z.literal(true) });

/** A file made by the host (Excel, PDF, XML), carried as base64. */
export const FileDownload = z.object({ fileName: z.string(), contentType: z.string(), base64: z.string() });
