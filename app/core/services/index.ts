import { accountingHandlers } from './accounting';
import { bankHandlers } from './bank';
import { gstHandlers } from './gst';
import { khataHandlers } from './khata';
import { reportsHandlers } from './reports-export';
import { authHandlers } from './auth';
import { billingHandlers } from './billing';
import { catalogHandlers } from './catalog';
import { customersHandlers } from './customers';
import { displayHandlers } from './display';
import type { Handlers } from './handler';
import { inventoryHandlers } from './inventory';
import { printingHandlers } from './printing';
import { purchasingHandlers } from './purchasing';
import { shopHandlers } from './shop';
import { suppliersHandlers } from './suppliers';
import { usersHandlers } from './users';

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
} satisfies Handlers;

export { sessionFor } from './auth';
export type { CallContext, Handler, Handlers } from './handler';
export type * from './ports';
export type * from './books-ports';
