import { z } from 'zod';
import { method } from '../define';
import { Id } from '../schemas';
import { PrintState } from './billing';

export const printingApi = {
  'printing.reprint': method({
    summary: 'Print a bill’s receipt again, marked DUPLICATE. Answers once the printer took it or failed.',
    access: 'staff',
    params: z.object({ invoiceId: Id }),
    result: PrintState,
    errors: ['NOT_FOUND'],
    example: { invoiceId: 'inv-0001' },
    changes: ['printing'],
  }),
};
