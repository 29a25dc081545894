import { useMutation } from '@tanstack/react-query';
import type { ApiClient, ParamsIn } from '../../../core/contract';
import { api } from './session';

export const usePostInvoiceMutation = () => useMutation({ mutationFn: (p: ParamsIn<'billing.postInvoice'>) => api.call('billing.postInvoice', p) });
export const useReprintMutation = () => useMutation({ mutationFn: (invoiceId: string) => api.call('printing.reprint', { invoiceId }) });
/** `as`: a manager's client when one approved the action from a staff session */
export const useAddProductMutation = (as: ApiClient = api) =>
  useMutation({ mutationFn: (p: ParamsIn<'catalog.addProduct'>) => as.call('catalog.addProduct', p) });
export const useAddCustomerMutation = () => useMutation({ mutationFn: (p: ParamsIn<'customers.add'>) => api.call('customers.add', p) });
export const useLoginMutation = () => useMutation({ mutationFn: (p: ParamsIn<'auth.login'>) => api.call('auth.login', p) });
export const useShopUpdateMutation = () => useMutation({ mutationFn: (p: ParamsIn<'shop.update'>) => api.call('shop.update', p) });
export const useTestPrintMutation = () => useMutation({ mutationFn: (p: ParamsIn<'printing.testPrint'>) => api.call('printing.testPrint', p) });
export const usePrinterStatusMutation = () => useMutation({ mutationFn: () => api.call('printing.status', {}) });
export const useShareLinkMutation = () => useMutation({ mutationFn: (p: ParamsIn<'printing.shareLink'>) => api.call('printing.shareLink', p) });
export const useInvoicePdfMutation = () => useMutation({ mutationFn: (p: ParamsIn<'printing.invoicePdf'>) => api.call('printing.invoicePdf', p) });
