import { methodMutation, methodQuery } from './method';

export const purchasingQueries = {
  bills: () => methodQuery('purchasing.listBills', {}),
  orders: () => methodQuery('purchasing.listOrders', {}),
};

export const usePostPurchaseMutation = methodMutation('purchasing.postBill');
export const useCreateOrderMutation = methodMutation('purchasing.createOrder');
export const useOrderPdfMutation = methodMutation('purchasing.orderPdf');
export const useShareOrderMutation = methodMutation('purchasing.orderShare');
export const useReceiveOrderMutation = methodMutation('purchasing.receiveOrder');
