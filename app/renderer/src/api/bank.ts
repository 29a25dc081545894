import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

const read = { keepPrevious: true };

export const bankQueries = {
  lines: (p: ParamsIn<'bank.lines'>) => methodQuery('bank.lines', p, read),
  candidates: (bankLineId: string) => methodQuery('bank.candidates', { bankLineId }, read),
  reconciliation: (p: ParamsIn<'bank.reconciliation'>) => methodQuery('bank.reconciliation', p, read),
};

export const useImportStatementMutation = methodMutation('bank.import');
export const useMatchLineMutation = methodMutation('bank.match');
export const usePostLineMutation = methodMutation('bank.post');
export const useUnmatchLineMutation = methodMutation('bank.unmatch');
