import { accountsApi } from './accounts';
import { creditNotesApi } from './credit-notes';
import { statementsApi } from './statements';
import { vouchersApi } from './vouchers';

/** accounting.*: the books — accounts, vouchers, the cash register, credit notes, statements, audit. */
export const accountingApi = { ...accountsApi, ...vouchersApi, ...creditNotesApi, ...statementsApi };
