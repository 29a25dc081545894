import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

export const purchasingQueries = {
  bills: () => methodQuery('purchasing.listBills', {}),
  orders: () => methodQuery('purchasing.listOrders', {}),
  bill: (id: string) => methodQuery('purchasing.getBill', { id }),
  price: (params: ParamsIn<'purchasing.priceBill'>, enabled: boolean) =>
    methodQuery('purchasing.priceBill', params, { enabled, keepPrevious: true, showError: false }),
};
export const usePostPurchaseReturnMutation = methodMutation('purchasing.postReturn');

export const usePostPurchaseMutation = methodMutation('purchasing.postBill');
export const useCreateOrderMutation = methodMutation('purchasing.createOrder');
export const useOrderPdfMutation = methodMutation('purchasing.orderPdf');
export const useShareOrderMutation = methodMutation('purchasing.orderShare');
export const useReceiveOrderMutation = methodMutation('purchasing.receiveOrder');
