import type { AccountingStore } from '../../../app/core/services/accounting/ports';
import type { RepoContext } from '../context';
import { createAccountsRepo } from './accounts';
import { createCreditNotesRepo } from './credit-notes';
import { createJournalRepo } from './journal';
import { createAccountingSettingsRepo } from './settings';
import { createRegistersRepo, createVouchersRepo } from './vouchers';

export const createAccountingStore = (ctx: RepoContext): AccountingStore => ({
  accounts: createAccountsRepo(ctx),
  accountingSettings: createAccountingSettingsRepo(ctx),
  journal: createJournalRepo(ctx),
  vouchers: createVouchersRepo(ctx),
  registers: createRegistersRepo(ctx),
  creditNotes: createCreditNotesRepo(ctx),
});
