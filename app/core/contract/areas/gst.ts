import { z } from 'zod';
import { FILE_BODY_BYTES, method } from '../define';
import { Base64, DateRange, Id, IsoDate, NonNegPaise, Paise, QtyMilli, RateBp } from '../schemas';
import { Gstr1PortalJson } from './gstr1-portal';

export const GstRateView = z.object({ hsn: z.string(), effectiveFrom: IsoDate, gstRateBp: RateBp, cessRateBp: RateBp, note: z.string() });

const HsnPrefix = z.string().regex(/^(\d{4}|\d{6}|\d{8})$/, 'HSN code of 4, 6 or 8 digits');
/** The portal's HSN master: its HSN sheet saved as CSV, or its workbook (HSN_SAC.xlsx) as base64. */
const HsnMasterFile = z.union([
  z.object({ fileName: z.string().min(1).max(120), csv: z.string().min(1).max(5_000_000) }),
  z.object({ fileName: z.string().min(1).max(120), xlsxBase64: Base64.min(4).max(6_000_000) }),
]);

export const ReturnPeriodParam = z
  .string()
  .regex(/^(0[1-9]|1[0-2])\d{4}$|^\d{4}-\d{2}$/, 'a month as MMYYYY (112026) or a financial year as YYYY-YY (2026-27)')
  .describe('a month as MMYYYY, the portal’s "fp" (e.g. 112026), or a financial year as 2026-27');

/** What a return is asked for by: its tax period. */
const ReturnPeriod = z.object({ period: ReturnPeriodParam });

export const ReturnIssue = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  document: z.string().nullable().describe('the bill or note number it concerns'),
  message: z.string(),
});

const Heads = z.object({ taxablePaise: Paise, igstPaise: Paise, cgstPaise: Paise, sgstPaise: Paise, cessPaise: Paise });
const TaxOnly = Heads.omit({ taxablePaise: true });

/** One row of the HSN summary (table 12) in paise and milli-units, for the screen and the exports. */
export const Gstr1HsnRow = z.object({
  hsn: z.string(),
  description: z.string(),
  uqc: z.string(),
  qtyMilli: QtyMilli,
  rateBp: RateBp,
  ...Heads.shape,
});

export const Gstr1Result = z.object({
  period: z.object({ label: z.string(), from: IsoDate, to: IsoDate }),
  /** the return in the portal's JSON shape, for the download only */
  json: Gstr1PortalJson,
  summary: z.object({ b2b: Heads, b2cl: Heads, b2cs: Heads, cdnr: Heads, cdnur: Heads, nilPaise: Paise, documents: z.int(), cancelled: z.int() }),
  /** how many invoices, notes or summary rows each section lists */
  counts: z.object({ b2b: z.int(), b2cl: z.int(), b2cs: z.int(), cdnr: z.int(), cdnur: z.int() }),
  hsn: z.object({ b2b: z.array(Gstr1HsnRow), b2c: z.array(Gstr1HsnRow) }),
  issues: z.array(ReturnIssue),
});

export const Gstr3bResult = z.object({
  period: z.object({ label: z.string(), from: IsoDate, to: IsoDate }),
  outward: z.object({
    taxable: Heads.describe('3.1(a) outward taxable supplies other than zero-rated, nil and exempt'),
    zeroRated: Heads.describe('3.1(b)'),
    nilExempt: Heads.describe('3.1(c) nil-rated and exempt'),
    reverseCharge: Heads.describe('3.1(d) inward supplies liable to reverse charge'),
    nonGst: Heads.describe('3.1(e)'),
  }),
  interStateUnregistered: z.array(z.object({ placeOfSupply: z.string(), taxablePaise: Paise, igstPaise: Paise })).describe('3.2, by place of supply'),
  itc: z.object({
    available: TaxOnly.describe('4(A)(5) all other ITC: purchase bills less debit notes, plus GST on expense bills, of the month'),
    reverseCharge: TaxOnly.describe('4(A)(3) inward supplies liable to reverse charge (no document is marked so: zero)'),
    reversed: TaxOnly.describe('4(B)(2)'),
    net: TaxOnly.describe('4(C)'),
    documents: z
      .object({ bills: TaxOnly, billsTaxablePaise: Paise, debitNotes: TaxOnly, debitNotesTaxablePaise: Paise, expenses: TaxOnly })
      .describe('where 4(A)(5) comes from'),
    books: TaxOnly.describe('net of the input GST accounts in the month; a difference from available is an ITC_BOOKS warning'),
  }),
  payable: TaxOnly.describe('output tax less net ITC, by head (before cross-utilisation)'),
  issues: z.array(ReturnIssue),
});

export const ConsolidatedView = z.object({
  id: Id,
  number: z.string(),
  date: IsoDate,
  bills: z.int(),
  rows: z.array(
    z.object({
      hsn: z.string(),
      gstRateBp: z.int(),
      cessRateBp: z.int(),
      qtyMilli: z.int(),
      taxablePaise: Paise,
      cgstPaise: Paise,
      sgstPaise: Paise,
      igstPaise: Paise,
      cessPaise: Paise,
    }),
  ),
  totals: Heads.extend({ valuePaise: Paise }),
});

const RateChange = z.object({
  select: z
    .union([z.object({ hsnPrefixes: z.array(HsnPrefix).min(1).max(500) }), z.object({ currentRateBp: RateBp })])
    .describe('which goods: by HSN, or every product now taxed at a rate'),
  effectiveFrom: IsoDate,
  gstRateBp: RateBp,
  cessRateBp: RateBp.default(0),
  note: z.string().max(120).default(''),
});

export const gstApi = {
  'gst.rates': method({
    summary: 'GST rates by HSN with the dates they take effect (older rows stay for old bills).',
    access: 'staff',
    params: z.object({ hsn: z.string().max(8).optional().describe('only codes starting with this') }),
    result: z.array(GstRateView),
    errors: [],
    example: {},
    reads: ['gst'],
  }),
  'gst.setRate': method({
    summary: 'Set the GST and cess rate of an HSN code from a date. Bills from that date use it; a product’s own rate is the fallback.',
    access: 'owner',
    params: z.object({ hsn: HsnPrefix, effectiveFrom: IsoDate, gstRateBp: RateBp, cessRateBp: RateBp.default(0), note: z.string().max(120).default('') }),
    result: GstRateView,
    errors: ['INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { hsn: '2202', effectiveFrom: '2025-09-22', gstRateBp: 4000, note: 'GST 2.0: aerated drinks' },
    changes: ['gst', 'catalog'],
  }),
  'gst.previewRateChange': method({
    summary: 'Which products a bulk rate change would touch, with their rate today and from the date.',
    access: 'manager',
    params: RateChange,
    result: z.object({
      hsns: z.array(z.string()),
      products: z.array(z.object({ id: Id, name: z.string(), hsn: z.string(), currentRateBp: z.int(), currentCessBp: z.int() })),
    }),
    errors: ['INVALID_INPUT'],
    example: { select: { currentRateBp: 1200 }, effectiveFrom: '2025-09-22', gstRateBp: 500 },
    reads: ['gst', 'catalog'],
  }),
  'gst.changeRates': method({
    summary: 'The bulk rate-change tool: a new effective-dated rate for every HSN selected (e.g. all 12% goods to 5% from 22-09-2025).',
    access: 'owner',
    params: RateChange,
    result: z.object({ hsns: z.array(z.string()), products: z.int() }),
    errors: ['INVALID_INPUT', 'PERIOD_CLOSED'],
    example: { select: { hsnPrefixes: ['1905', '2106'] }, effectiveFrom: '2025-09-22', gstRateBp: 500, note: 'GST 2.0' },
    changes: ['gst', 'catalog'],
  }),
  'gst.gstr1': method({
    summary:
      'GSTR-1 for a month (or a financial year) in the portal’s JSON shape: b2b, b2cl, b2cs, cdnr, cdnur, nil, hsn (B2B and B2C), doc_issue with cancelled counts; with a report of everything the portal would reject.',
    access: 'manager',
    params: ReturnPeriod,
    result: Gstr1Result,
    errors: ['INVALID_INPUT'],
    example: { period: '112026' },
    reads: ['billing', 'gst', 'shop'],
  }),
  'gst.gstr3b': method({
    summary:
      'The GSTR-3B summary for a month: 3.1 outward supplies, 3.2 inter-state supplies to unregistered buyers, 4 ITC from purchase bills, debit notes and expense bills (checked against the input GST accounts).',
    access: 'manager',
    params: ReturnPeriod,
    result: Gstr3bResult,
    errors: ['INVALID_INPUT'],
    example: { period: '112026' },
    reads: ['billing', 'accounting', 'shop', 'purchasing'],
  }),
  'gst.consolidateDay': method({
    summary: 'Issue the day’s consolidated tax invoice for the small B2C bills (under ₹200, s.31(3)(b)) that were given slips.',
    access: 'manager',
    params: z.object({ date: IsoDate }),
    result: ConsolidatedView,
    errors: ['INVALID_INPUT', 'DUPLICATE', 'PERIOD_CLOSED'],
    example: { date: '2026-11-24' },
    changes: ['billing', 'gst'],
  }),
  'gst.consolidated': method({
    summary: 'Consolidated daily invoices of a period.',
    access: 'manager',
    params: DateRange,
    result: z.array(ConsolidatedView),
    errors: [],
    example: { from: '2026-11-01', to: '2026-11-30' },
    reads: ['billing', 'gst'],
  }),
  'gst.hsnRule': method({
    summary: 'How many HSN digits the shop’s bills and returns need (4 up to ₹5 crore turnover, 6 above), from last year’s turnover.',
    access: 'staff',
    params: z.object({}),
    result: z.object({ aatoPaise: NonNegPaise, source: z.enum(['owner', 'books']), digits: z.union([z.literal(4), z.literal(6)]), b2cMayOmit: z.boolean() }),
    errors: [],
    example: {},
    reads: ['gst', 'accounting', 'shop'],
  }),
  'gst.loadHsnMaster': method({
    summary:
      'Load the GST portal’s HSN master (its HSN_SAC.xlsx workbook as base64, read from its HSN_MSTR sheet; or the HSN sheet saved as CSV: HSNCode, Description), replacing the one loaded before; the HSN summary names each code by it.',
    access: 'owner',
    params: HsnMasterFile,
    result: z.object({ codes: z.int().min(1), skipped: z.int().min(0) }),
    errors: ['INVALID_INPUT'],
    example: { fileName: 'HSN_SAC.csv', csv: 'HSNCode,Description\n1006,RICE\n10063010,RICE PARBOILED\n' },
    changes: ['gst'],
    maxBodyBytes: FILE_BODY_BYTES,
  }),
  'gst.previewHsnMaster': method({
    summary:
      'Read an HSN master file (CSV or the portal’s .xlsx) as gst.loadHsnMaster would, without loading it: how many codes, how many rows are left out, the first rows.',
    access: 'owner',
    params: HsnMasterFile,
    result: z.object({ codes: z.int().min(1), skipped: z.int().min(0), sample: z.array(z.object({ code: z.string(), description: z.string() })) }),
    errors: ['INVALID_INPUT'],
    example: { fileName: 'HSN_SAC.csv', csv: 'HSNCode,Description\n1006,RICE\n' },
    maxBodyBytes: FILE_BODY_BYTES,
  }),
  'gst.searchHsn': method({
    summary: 'Look up HSN codes in the loaded master: by the first digits of a code, or by words of its description (the product editor’s HSN field).',
    access: 'staff',
    params: z.object({ q: z.string().trim().min(1).max(60), limit: z.int().min(1).max(50).default(20) }),
    result: z.array(z.object({ code: z.string(), description: z.string() })),
    errors: [],
    example: { q: '1006' },
    reads: ['gst'],
  }),
  'gst.hsnMaster': method({
    summary: 'How many HSN codes the loaded HSN master holds (0: the HSN summary names codes by a product).',
    access: 'manager',
    params: z.object({}),
    result: z.object({ codes: z.int().min(0) }),
    errors: [],
    example: {},
    reads: ['gst'],
  }),
  'gst.cmp08': method({
    summary: 'A composition shop’s quarterly CMP-08 figures: turnover net of returns and tax at 1% (half CGST, half SGST).',
    access: 'manager',
    params: z.object({ fy: z.string().regex(/^\d{4}-\d{2}$/, 'a financial year such as 2026-27'), quarter: z.int().min(1).max(4) }),
    result: z.object({ from: IsoDate, to: IsoDate, turnoverPaise: Paise, cgstPaise: Paise, sgstPaise: Paise }),
    errors: ['INVALID_INPUT'],
    example: { fy: '2026-27', quarter: 3 },
    reads: ['billing'],
  }),
};
