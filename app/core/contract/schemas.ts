import { z } from 'zod';
import { ROLES } from './vocabulary';

/** Building blocks shared by the API areas. Amounts on the wire are integer paise. */
export const Id = z.string().min(1).max(64);
export const Paise = z.int().describe('integer paise');
export const NonNegPaise = z.int().min(0).describe('integer paise ≥ 0');
export const QtyMilli = z.int().describe('milli-units: 1 piece = 1000, 250 g = 250');
/** A document line's tax columns (bill, purchase bill, credit note), spread into the line's shape. */
export const TAX_CELLS = {
  taxablePaise: Paise,
  gstRateBp: z.int(),
  cessRateBp: z.int(),
  cgstPaise: Paise,
  sgstPaise: Paise,
  igstPaise: Paise,
  cessPaise: Paise,
  totalPaise: Paise,
};
/** A sales document's GST totals (a bill, a credit note), spread into its totals' shape between what comes before and the total. */
export const TAX_TOTALS = {
  taxablePaise: Paise,
  cgstPaise: Paise,
  sgstPaise: Paise,
  igstPaise: Paise,
  cessPaise: Paise,
  valuePaise: Paise,
  roundOffPaise: Paise,
};
/**
 * Sane maxima for what a shop sends (docs/security.md "Bounds"): far above any real kirana
 * figure, and far enough below 2^53 that the sums the services make of them stay exact.
 */
export const LIMITS = {
  /** one unit's price, cost or MRP, one line's discount: ₹1 crore */
  pricePaise: 1_00_00_000_00,
  /** one amount: a bill discount, a payment, a receipt, a voucher line, a credit limit, cash counted: ₹10 crore */
  amountPaise: 10_00_00_000_00,
  /** the quantity on one line or one count: 10 lakh units (1,000 tonnes loose) */
  qtyMilli: 1_000_000_000,
  /** a year's turnover as the owner states it: ₹1,000 crore */
  turnoverPaise: 1_000_00_00_000_00,
  /** a count of things: notes of one kind in the drawer, copies of a label */
  count: 100_000,
} as const;
/** A unit's price, cost or MRP, or a line's discount, as sent: 0 … ₹1 crore. */
export const PricePaise = NonNegPaise.max(LIMITS.pricePaise);
/** The same with a sign, where the service says what a negative means. */
export const SignedPricePaise = Paise.min(-LIMITS.pricePaise).max(LIMITS.pricePaise);
/** One amount as sent: 0 … ₹10 crore. */
export const AmountPaise = NonNegPaise.max(LIMITS.amountPaise);
export const SignedAmountPaise = Paise.min(-LIMITS.amountPaise).max(LIMITS.amountPaise);
/** A quantity on one line, signed where the method says so: at most 10 lakh units either way. */
export const LineQtyMilli = QtyMilli.min(-LIMITS.qtyMilli).max(LIMITS.qtyMilli);
/** A counted or ordered quantity: 0 … 10 lakh units. */
export const CountMilli = QtyMilli.min(0).max(LIMITS.qtyMilli);
/**
 * Bytes as padded base64 (whole groups of four), checked before anything decodes them. The
 * alphabet and padding by a pattern that scans once, the groups of four by the length: a pattern
 * that repeats groups of four ran its first calls on a 700 KB upload chunk for 80 ms each.
 */
export const Base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64')
  .refine((s) => s.length % 4 === 0, 'base64');
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
/** A period of days, both ends included. */
export const DateRange = z.object({ from: IsoDate, to: IsoDate });
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
