import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

const read = { keepPrevious: true };

export const khataQueries = {
  ledger: (p: ParamsIn<'khata.ledger'>) => methodQuery('khata.ledger', p, read),
  customers: (p: ParamsIn<'khata.customers'>) => methodQuery('khata.customers', p, read),
  ageing: (p: ParamsIn<'khata.ageing'>) => methodQuery('khata.ageing', p, read),
  suppliers: () => methodQuery('khata.suppliers', {}, read),
  reminder: (p: ParamsIn<'khata.reminder'>) => methodQuery('khata.reminder', p, read),
};

export const useReceivePaymentMutation = methodMutation('khata.receive');
export const useSetCreditLimitMutation = methodMutation('khata.setCreditLimit');
export const useStatementPdfMutation = methodMutation('khata.statementPdf');
