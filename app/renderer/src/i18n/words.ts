import { ACCOUNTING_WORDS } from './accounting';
import { BACKUPS_WORDS } from './backups';
import { BANK_WORDS } from './bank';
import { BILLING_WORDS } from './billing';
import { CATALOG_WORDS } from './catalog';
import { COMMON_WORDS } from './common';
import { COUNTER_WORDS } from './counter';
import { FORECASTING_WORDS } from './forecasting';
import { GST_WORDS } from './gst';
import { INSIGHTS_WORDS } from './insights';
import { INVENTORY_WORDS } from './inventory';
import { KHATA_WORDS } from './khata';
import { ORDERS_WORDS } from './orders';
import { PURCHASING_WORDS } from './purchasing';
import { SETTINGS_WORDS } from './settings';
import { SETUP_WORDS } from './setup';
import { AUTH_WORDS } from './auth';
import { USERS_WORDS } from './users';
import { SYNC_WORDS } from './sync';
import { WEB_SHOP_WORDS } from './web-shop';
import { SHOP_REPORTS_WORDS } from './shop-reports';
import { CUSTOM_REPORT_SCREEN_WORDS } from './reports-custom';

/**
 * Every word on screen, in English and Hindi, one file per area (a word more than one area shows
 * is in common.ts). Keys name the meaning, not the English text; each key is defined in one file
 * only (words.test.ts), so no area's word silently replaces another's.
 */
export const AREA_WORDS = {
  common: COMMON_WORDS,
  counter: COUNTER_WORDS,
  catalog: CATALOG_WORDS,
  inventory: INVENTORY_WORDS,
  purchasing: PURCHASING_WORDS,
  accounting: ACCOUNTING_WORDS,
  gst: GST_WORDS,
  bank: BANK_WORDS,
  khata: KHATA_WORDS,
  settings: SETTINGS_WORDS,
  backups: BACKUPS_WORDS,
  setup: SETUP_WORDS,
  auth: AUTH_WORDS,
  users: USERS_WORDS,
  forecasting: FORECASTING_WORDS,
  insights: INSIGHTS_WORDS,
  sync: SYNC_WORDS,
  webShop: WEB_SHOP_WORDS,
  orders: ORDERS_WORDS,
  shopReports: SHOP_REPORTS_WORDS,
  customReport: CUSTOM_REPORT_SCREEN_WORDS,
  billing: BILLING_WORDS,
};

export const STRINGS = {
  ...COMMON_WORDS,
  ...COUNTER_WORDS,
  ...CATALOG_WORDS,
  ...INVENTORY_WORDS,
  ...PURCHASING_WORDS,
  ...ACCOUNTING_WORDS,
  ...GST_WORDS,
  ...BANK_WORDS,
  ...KHATA_WORDS,
  ...SETTINGS_WORDS,
  ...BACKUPS_WORDS,
  ...SETUP_WORDS,
  ...AUTH_WORDS,
  ...USERS_WORDS,
  ...FORECASTING_WORDS,
  ...INSIGHTS_WORDS,
  ...SYNC_WORDS,
  ...ORDERS_WORDS,
  ...SHOP_REPORTS_WORDS,
  ...CUSTOM_REPORT_SCREEN_WORDS,
  ...BILLING_WORDS,
};

export type StringKey = keyof typeof STRINGS;
