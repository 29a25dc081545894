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
