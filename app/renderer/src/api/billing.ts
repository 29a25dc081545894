import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

export const billingQueries = {
  quote: (params: ParamsIn<'billing.quote'>) => methodQuery('billing.quote', params, { enabled: params.lines.length > 0, keepPrevious: true }),
  invoice: (id: string) => methodQuery('billing.getInvoice', { id }),
};

export const usePostInvoiceMutation = methodMutation('billing.postInvoice');
