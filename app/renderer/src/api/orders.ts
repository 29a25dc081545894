import { methodMutation, methodQuery } from './method';

export const ordersQueries = {
  /** web orders still to act on; a new one arrives as data.changed for orders within a second */
  open: () => methodQuery('orders.list', { which: 'open' }),
  all: () => methodQuery('orders.list', { which: 'all', limit: 100 }),
  settings: () => methodQuery('orders.settings', {}),
  /** the catalog's addresses: the cloud relay's once published, and the shop's Wi-Fi */
  links: () => methodQuery('orders.links', {}),
};

export const useMoveOrderMutation = methodMutation('orders.move');
export const usePrintSlipMutation = methodMutation('orders.printSlip');
export const usePosterMutation = methodMutation('orders.poster');
export const useBillOrderMutation = methodMutation('orders.bill');
export const useSaveWebShopSettingsMutation = methodMutation('orders.saveSettings');
