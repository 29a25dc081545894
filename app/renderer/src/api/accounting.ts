import type { ParamsIn } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';

/** The books' reads: each keeps its last answer on screen while a new period or filter loads. */
const read = { keepPrevious: true };
/** A read that shows the books' narrations, said in the reader's language. */
const said = { ...read, inLang: true };
const BOOKS = { ledger: 'accounting.ledger', cashBook: 'accounting.cashBook', bankBook: 'accounting.bankBook' } as const;

export const accountingQueries = {
  trialBalance: (p: ParamsIn<'accounting.trialBalance'>) => methodQuery('accounting.trialBalance', p, read),
  profitAndLoss: (p: ParamsIn<'accounting.profitAndLoss'>) => methodQuery('accounting.profitAndLoss', p, read),
  balanceSheet: (p: ParamsIn<'accounting.balanceSheet'>) => methodQuery('accounting.balanceSheet', p, read),
  /** any account's ledger, or the cash or bank book (the same view) */
  book: (kind: keyof typeof BOOKS, p: ParamsIn<'accounting.ledger'>) => methodQuery(BOOKS[kind], p, said),
  dayBook: (p: ParamsIn<'accounting.dayBook'>) => methodQuery('accounting.dayBook', p, said),
  salesRegister: (p: ParamsIn<'accounting.salesRegister'>) => methodQuery('accounting.salesRegister', p, read),
  purchaseRegister: (p: ParamsIn<'accounting.purchaseRegister'>) => methodQuery('accounting.purchaseRegister', p, read),
  accounts: (p: ParamsIn<'accounting.accounts'>) => methodQuery('accounting.accounts', p, read),
  entry: (id: string) => methodQuery('accounting.entry', { id }, said),
  entriesFor: (refId: string) => methodQuery('accounting.entriesFor', { refId }, said),
  auditLog: (p: ParamsIn<'accounting.auditLog'>) => methodQuery('accounting.auditLog', p, read),
  verifyAudit: () => methodQuery('accounting.verifyAudit', {}, read),
  settings: () => methodQuery('accounting.settings', {}, read),
  register: () => methodQuery('accounting.register', {}, read),
  vouchers: (p: ParamsIn<'accounting.vouchers'>) => methodQuery('accounting.vouchers', p, said),
  returnable: (invoiceId: string) => methodQuery('accounting.returnable', { invoiceId }),
};

export const useUpdateAccountingSettingsMutation = methodMutation('accounting.updateSettings');
export const useAddAccountMutation = methodMutation('accounting.addAccount');
export const useUpdateAccountMutation = methodMutation('accounting.updateAccount');
export const useReverseVoucherMutation = methodMutation('accounting.reverseVoucher');
export const useOpenRegisterMutation = methodMutation('accounting.openRegister');
export const useCloseRegisterMutation = methodMutation('accounting.closeRegister');
export const usePostPaymentMutation = methodMutation('accounting.payment');
export const usePostExpenseMutation = methodMutation('accounting.expense');
export const usePostContraMutation = methodMutation('accounting.contra');
export const usePostJournalMutation = methodMutation('accounting.journal');
export const useTallyXmlMutation = methodMutation('accounting.tallyXml');
export const useCreditNotePdfMutation = methodMutation('accounting.creditNotePdf');
export const useCreditNoteMutation = methodMutation('accounting.creditNote');
