import { ACCOUNTING } from './accounting';
import { BANK } from './bank';
import { BILLING } from './billing';
import { BILLING_PAPER } from './billing-paper';
import { CATALOG } from './catalog';
import { IMPORT_ROWS } from './import-rows';
import { ERROR_MESSAGES } from './errors';
import { FIELDS } from './fields';
import { FORECASTING } from './forecasting';
import { GST } from './gst';
import { INSIGHTS } from './insights';
import { INVENTORY } from './inventory';
import { ORDERS } from './orders';
import { FORMATS, PARAMS } from './params';
import { CUSTOMERS, SUPPLIERS } from './parties';
import { AUTH, KHATA, PRINTING, SHOP, USERS } from './people';
import { SESSIONS } from './auth';
import { PEOPLE, RECOVERY_SHEET } from './users';
import { PURCHASING } from './purchasing';
import { RECORDS } from './records';
import { GROUPS, REPORTS, SHEETS, STATEMENT, VOUCHER_TYPES } from './reports';
import { ACCOUNT_NAMES, REPORT_WORDS } from './report-words';
import { SHOP_REPORTS } from './report-sets';
import { REQUESTS } from './requests';
import { SHOP_IDENTITY } from './shop';
import { SYNC } from './sync';
import { SHOP_BACKUPS } from './shop-backups';
import { CUSTOM_REPORT_WORDS } from './custom-reports';
import { NARRATIONS } from './narrations';
import { AUDIT, AUDIT_FIELD_WORDS } from './audit';
import type { Text } from './text';

/**
 * Every key the host can say, by area. A key is "<area>.<what>" and each area's table holds only
 * its own prefix (its type says so), so the spread below cannot hide one key behind another; a
 * test checks that too.
 */
export const CATALOGUE = {
  ...ERROR_MESSAGES,
  ...REQUESTS,
  ...RECORDS,
  ...PARAMS,
  ...FORMATS,
  ...FIELDS,
  ...AUTH,
  ...USERS,
  ...SHOP,
  ...SHOP_BACKUPS,
  ...CATALOG,
  ...IMPORT_ROWS,
  ...CUSTOMERS,
  ...SUPPLIERS,
  ...BILLING,
  ...INVENTORY,
  ...PURCHASING,
  ...ACCOUNTING,
  ...KHATA,
  ...GST,
  ...BANK,
  ...PRINTING,
  ...REPORTS,
  ...GROUPS,
  ...STATEMENT,
  ...VOUCHER_TYPES,
  ...SHEETS,
  ...REPORT_WORDS,
  ...ACCOUNT_NAMES,
  ...SHOP_IDENTITY,
  ...SESSIONS,
  ...PEOPLE,
  ...RECOVERY_SHEET,
  ...FORECASTING,
  ...SYNC,
  ...ORDERS,
  ...INSIGHTS,
  ...SHOP_REPORTS,
  ...CUSTOM_REPORT_WORDS,
  ...BILLING_PAPER,
  ...NARRATIONS,
  ...AUDIT,
  ...AUDIT_FIELD_WORDS,
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof CATALOGUE;

/** The area tables one by one, for the tests that walk every key. */
export const AREAS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  ORDERS,
  ERROR_MESSAGES,
  REQUESTS,
  RECORDS,
  PARAMS,
  FORMATS,
  FIELDS,
  AUTH,
  USERS,
  SHOP,
  CATALOG,
  IMPORT_ROWS,
  CUSTOMERS,
  SUPPLIERS,
  BILLING,
  INVENTORY,
  PURCHASING,
  ACCOUNTING,
  KHATA,
  GST,
  BANK,
  PRINTING,
  REPORTS,
  GROUPS,
  STATEMENT,
  VOUCHER_TYPES,
  SHEETS,
  REPORT_WORDS,
  ACCOUNT_NAMES,
  SHOP_IDENTITY,
  SHOP_BACKUPS,
  SESSIONS,
  PEOPLE,
  RECOVERY_SHEET,
  FORECASTING,
  SYNC,
  INSIGHTS,
  SHOP_REPORTS,
  CUSTOM_REPORT_WORDS,
  BILLING_PAPER,
  NARRATIONS,
  AUDIT,
  AUDIT_FIELD_WORDS,
};
