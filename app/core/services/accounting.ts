import { voucherHandlers } from './accounting-vouchers';
import { chartHandlers } from './chart';
import { creditNoteHandlers } from './credit-notes';
import type { AreaHandlers } from './handler';
import { registerHandlers } from './register';

export const accountingHandlers = {
  'accounting.entriesFor': (deps, p) => deps.store.ledger.entriesFor(p.refId),
  ...chartHandlers,
  ...voucherHandlers,
  ...registerHandlers,
  ...creditNoteHandlers,
} satisfies AreaHandlers<'accounting'>;
