import type { BankStore } from '../../../app/core/services/bank/ports';
import type { RepoContext } from '../context';
import { createBankRepo } from './bank';

export const createBankStore = (ctx: RepoContext): BankStore => ({ bank: createBankRepo(ctx) });
