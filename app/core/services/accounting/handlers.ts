import { voucherHandlers } from './voucher-handlers';
import { chartHandlers } from './chart';
import { creditNoteHandlers } from './credit-notes';
import type { AreaHandlers } from '../handler';
import { registerHandlers } from './register';
import { statementHandlers } from './statements';
import { tallyHandlers } from './tally';

export const accountingHandlers = {
  'accounting.entriesFor': (deps, p, ctx) => deps.store.journal.entriesFor(p.refId, ctx.lang),
  ...chartHandlers,
  ...voucherHandlers,
  ...registerHandlers,
  ...creditNoteHandlers,
  ...statementHandlers,
  ...tallyHandlers,
} satisfies AreaHandlers<'accounting'>;
