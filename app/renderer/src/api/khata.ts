import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

const read = { keepPrevious: true };

export const khataQueries = {
  ledger: (p: ParamsIn<'khata.ledger'>) => methodQuery('khata.ledger', p, { ...read, inLang: true }),
  customers: (p: ParamsIn<'khata.customers'>) => methodQuery('khata.customers', p, read),
  ageing: (p: ParamsIn<'khata.ageing'>) => methodQuery('khata.ageing', p, read),
  suppliers: () => methodQuery('khata.suppliers', {}, read),
  // Each reminder makes a pay-page key on the host: one per dialog, not one per window focus.
  reminder: (p: ParamsIn<'khata.reminder'>) => methodQuery('khata.reminder', p, { ...read, staleTime: 10 * 60_000 }),
};

export const useReceivePaymentMutation = methodMutation('khata.receive');
export const useSetCreditLimitMutation = methodMutation('khata.setCreditLimit');
export const useStatementPdfMutation = methodMutation('khata.statementPdf');
