import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

export const billingQueries = {
  quote: (params: ParamsIn<'billing.quote'>) => methodQuery('billing.quote', params, { enabled: params.lines.length > 0, keepPrevious: true }),
  invoice: (id: string) => methodQuery('billing.getInvoice', { id }),
  heldBills: () => methodQuery('billing.heldBills', {}),
};
export const useHoldBillMutation = methodMutation('billing.holdBill');
export const useResumeHeldMutation = methodMutation('billing.resumeHeld');
export const useFindInvoiceMutation = methodMutation('billing.findInvoice');
export const useCancelInvoiceMutation = methodMutation('billing.cancelInvoice');

export const usePostInvoiceMutation = methodMutation('billing.postInvoice');

export const paperBillQueries = {
  books: () => methodQuery('billing.paperBooks', {}),
  bills: () => methodQuery('billing.paperBills', { limit: 100 }),
};
export const useAddPaperBookMutation = methodMutation('billing.addPaperBook');
export const useEnterPaperBillMutation = methodMutation('billing.enterPaperBill');
