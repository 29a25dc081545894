import type { z } from 'zod';
import { accountingApi } from './areas/accounting';
import { bankApi } from './areas/bank';
import { gstApi } from './areas/gst';
import { insightsApi } from './areas/insights';
import { khataApi } from './areas/khata';
import { ordersApi } from './areas/orders-api';
import { reportsApi } from './areas/reports';
import { authApi } from './areas/auth';
import { billingApi } from './areas/billing';
import { paperBillsApi } from './areas/billing-paper';
import { catalogApi } from './areas/catalog';
import { customersApi } from './areas/customers';
import { displayApi } from './areas/display';
import { forecastingApi } from './areas/forecasting';
import { inventoryApi } from './areas/inventory';
import { printingApi } from './areas/printing';
import { purchasingApi } from './areas/purchasing';
import { shopApi } from './areas/shop';
import { suppliersApi } from './areas/suppliers';
import { usersApi } from './areas/users';
import { syncApi } from './areas/sync';

/**
 * The one method map. Every transport (HTTP, Electron IPC, in-process) carries exactly these
 * methods through the same dispatcher; docs/API.md is generated from it.
 */
export const api = {
  ...authApi,
  ...usersApi,
  ...shopApi,
  ...catalogApi,
  ...customersApi,
  ...billingApi,
  ...inventoryApi,
  ...accountingApi,
  ...printingApi,
  ...displayApi,
  ...suppliersApi,
  ...purchasingApi,
  ...khataApi,
  ...reportsApi,
  ...gstApi,
  ...bankApi,
  ...forecastingApi,
  ...insightsApi,
  ...ordersApi,
  ...syncApi,
  ...paperBillsApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller sends (defaults may be left out). */
export type ParamsIn<M extends MethodName> = z.input<Api[M]['params']>;
/** What a handler receives, after validation fills defaults. */
export type Params<M extends MethodName> = z.output<Api[M]['params']>;
export type Result<M extends MethodName> = z.output<Api[M]['result']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
