import { accountingHandlers } from './accounting/handlers';
import { bankHandlers } from './bank/handlers';
import { gstHandlers } from './gst/handlers';
import { insightsHandlers } from './insights/handlers';
import { khataHandlers } from './khata/handlers';
import { reportsHandlers } from './reports/handlers';
import { authHandlers } from './auth/handlers';
import { billingHandlers } from './billing/handlers';
import { catalogHandlers } from './catalog/handlers';
import { customersHandlers } from './customers/handlers';
import { displayHandlers } from './display/handlers';
import { forecastingHandlers } from './forecasting/handlers';
import type { Handlers } from './handler';
import { inventoryHandlers } from './inventory/handlers';
import { ordersHandlers } from './orders/handlers';
import { printingHandlers } from './printing/handlers';
import { purchasingHandlers } from './purchasing/handlers';
import { shopHandlers } from './shop/handlers';
import { suppliersHandlers } from './suppliers/handlers';
import { usersHandlers } from './users/handlers';
import { syncHandlers } from './sync/handlers';

/** Every API method's handler; `satisfies Handlers` makes a missing or mistyped one a compile error. */
export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...shopHandlers,
  ...catalogHandlers,
  ...customersHandlers,
  ...billingHandlers,
  ...inventoryHandlers,
  ...accountingHandlers,
  ...printingHandlers,
  ...displayHandlers,
  ...suppliersHandlers,
  ...purchasingHandlers,
  ...khataHandlers,
  ...reportsHandlers,
  ...gstHandlers,
  ...bankHandlers,
  ...forecastingHandlers,
  ...insightsHandlers,
  ...ordersHandlers,
  ...syncHandlers,
} satisfies Handlers;

export { sessionFor } from './auth/handlers';
export type { CallContext, Handler, Handlers } from './handler';
export type * from './ports';
export type * from './accounting/ports';
