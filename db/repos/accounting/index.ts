import type { AccountingStore } from '../../../app/core/services/accounting/ports';
import type { RepoContext } from '../context';
import { createAccountsRepo } from './accounts';
import { createBooksRepo } from './books';
import { createCreditNotesRepo } from './credit-notes';
import { createJournalRepo } from './journal';
import { createLedgerRepo } from './ledger';
import { createRegistersRepo, createVouchersRepo } from './vouchers';

export const createAccountingStore = (ctx: RepoContext): AccountingStore => ({
  accounts: createAccountsRepo(ctx),
  ledger: createLedgerRepo(ctx),
  books: createBooksRepo(ctx),
  journal: createJournalRepo(ctx),
  vouchers: createVouchersRepo(ctx),
  registers: createRegistersRepo(ctx),
  creditNotes: createCreditNotesRepo(ctx),
});
