/** The closed word lists the API speaks in; the domain imports them from here, never the other way. */

/**
 * The roles. staff < manager < owner run the counter, least first; the accountant stands beside
 * them: the books and GST (what a manager may read and post there), never the counter's cash.
 */
export const ROLES = ['staff', 'manager', 'accountant', 'owner'] as const;

export type Role = (typeof ROLES)[number];

/** The counter's ladder; the accountant is below its first rung. */
const RANK: Record<Role, number> = { accountant: -1, staff: 0, manager: 1, owner: 2 };

/** Whether `role` may do what `needed` may: the ladder, and 'accountant' needs the accountant, a manager or the owner. */
export function atLeast(role: Role, needed: Role): boolean {
  if (needed === 'accountant') return role === 'accountant' || RANK[role] >= RANK.manager;
  return RANK[role] >= RANK[needed];
}

export const TENDER_METHODS = ['cash', 'upi', 'card', 'credit'] as const;

export type TenderMethod = (typeof TENDER_METHODS)[number];

export const REFUND_METHODS = ['cash', 'upi', 'card', 'bank', 'credit'] as const;

export type RefundMethod = (typeof REFUND_METHODS)[number];

/** Why stock was adjusted by hand (or by a stock take: 'count'). */
export const ADJUSTMENT_REASONS = ['damage', 'theft', 'expiry', 'count', 'other'] as const;

export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** The catalogue fields a spreadsheet column can fill. */
export const IMPORT_FIELDS = [
  'name',
  'nameHi',
  'altNames',
  'brand',
  'category',
  'subCategory',
  'packSize',
  'barcode',
  'hsn',
  'gstRate',
  'cessRate',
  'mrp',
  'price',
  'cost',
  'unit',
  'reorderLevel',
  'reorderQty',
  'imageUrl',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Where an account appears (balance sheet side, trading or profit part of the P&L, Tally group): app/core/accounting/chart.ts. */
export const ACCOUNT_GROUP_CODES = [
  'cash',
  'bank',
  'clearing',
  'debtors',
  'stock',
  'input_tax',
  'current_assets',
  'fixed_assets',
  'creditors',
  'output_tax',
  'current_liabilities',
  'loans',
  'capital',
  'sales',
  'indirect_income',
  'cost_of_sales',
  'purchases',
  'direct_expenses',
  'indirect_expenses',
] as const;

export type AccountGroup = (typeof ACCOUNT_GROUP_CODES)[number];

/** The languages the app speaks; a request names one, English when it names none. */
export const LANGS = ['en', 'hi'] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'hi';
}

/** The GST portal's unit quantity codes (UQC), the full list the HSN summary accepts. */
export const UQC_CODES = [
  'BAG',
  'BAL',
  'BDL',
  'BKL',
  'BOU',
  'BOX',
  'BTL',
  'BUN',
  'CAN',
  'CBM',
  'CCM',
  'CMS',
  'CTN',
  'DOZ',
  'DRM',
  'GGK',
  'GMS',
  'GRS',
  'GYD',
  'KGS',
  'KLR',
  'KME',
  'LTR',
  'MLT',
  'MTR',
  'MTS',
  'NOS',
  'OTH',
  'PAC',
  'PCS',
  'PRS',
  'QTL',
  'ROL',
  'SET',
  'SQF',
  'SQM',
  'SQY',
  'TBS',
  'TGM',
  'THD',
  'TON',
  'TUB',
  'UGS',
  'UNT',
  'YDS',
] as const;

export type Uqc = (typeof UQC_CODES)[number];

/** The UQC a unit is filed under when its product names none of its own. */
export const UQC_OF_UNIT: Readonly<Record<string, Uqc>> = { pcs: 'NOS', kg: 'KGS', l: 'LTR', g: 'GMS', ml: 'MLT', pack: 'PAC', box: 'BOX', dozen: 'DOZ' };

export function uqcOf(unit: string): Uqc {
  return UQC_OF_UNIT[unit] ?? 'OTH';
}

/**
 * GST slabs by date, in basis points. GST 2.0 (56th Council, notified 09–17/2025-CTR) took effect
 * on 22-09-2025 with 5, 18 and 40% (and the special 0.25, 1.5 and 3% for stones and metals); before
 * it, 12 and 28% were slabs too. Tobacco and pan masala keep 28% with compensation cess.
 */
export const GST_2_0_FROM = '2025-09-22';
export const SLABS_GST_2_0 = [0, 25, 150, 300, 500, 1800, 4000] as const;
export const SLABS_BEFORE = [0, 25, 150, 300, 500, 1200, 1800, 2800] as const;
export const TOBACCO_RATE_BP = 2800;

export function slabsOn(date: string): readonly number[] {
  return date >= GST_2_0_FROM ? SLABS_GST_2_0 : SLABS_BEFORE;
}

/** Is the rate one a new or changed product may take on `date`? (28% stays for goods that carry cess.) */
export function rateInForce(gstRateBp: number, date: string, cessRateBp = 0): boolean {
  return slabsOn(date).includes(gstRateBp) || (gstRateBp === TOBACCO_RATE_BP && cessRateBp > 0);
}
