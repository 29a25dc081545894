import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, Paise } from '../schemas';

export const JournalEntryView = z.object({
  id: Id,
  date: IsoDate,
  voucherType: z.string(),
  refId: z.string(),
  narration: z.string(),
  reversesId: Id.nullable(),
  lines: z.array(z.object({ account: z.string(), accountName: z.string(), debitPaise: Paise, creditPaise: Paise, partyId: z.string().nullable() })),
});

export const accountingApi = {
  'accounting.entriesFor': method({
    summary: 'Journal entries posted for one document (a bill and, if cancelled, its reversal).',
    access: 'manager',
    params: z.object({ refId: Id.describe('the document’s id, e.g. an invoice id') }),
    result: z.array(JournalEntryView),
    errors: [],
    example: { refId: 'inv-0001' },
    reads: ['ledger'],
  }),
};
