import type { AreaHandlers } from './handler';
import { found } from './guards';

export const printingHandlers = {
  'printing.reprint': async (deps, p) => {
    found(deps.store.billing.header(p.invoiceId), 'Invoice');
    return deps.printer.printNow(p.invoiceId);
  },
} satisfies AreaHandlers<'printing'>;
