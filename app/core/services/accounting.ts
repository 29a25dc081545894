import type { AreaHandlers } from './handler';

export const accountingHandlers = {
  'accounting.entriesFor': (deps, p) => deps.store.ledger.entriesFor(p.refId),
} satisfies AreaHandlers<'accounting'>;
