import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, FileDownload } from '../schemas';
import { AccountCodeSchema } from './accounting/accounts';

export const REPORT_NAMES = [
  'trialBalance',
  'profitAndLoss',
  'balanceSheet',
  'dayBook',
  'ledger',
  'cashBook',
  'bankBook',
  'salesRegister',
  'purchaseRegister',
  'ageing',
] as const;

export const reportsApi = {
  'reports.export': method({
    summary: 'Any of the books and statements as an Excel workbook or a PDF, for the accountant.',
    access: 'manager',
    params: z.object({
      report: z.enum(REPORT_NAMES),
      format: z.enum(['xlsx', 'pdf']),
      from: IsoDate.optional(),
      to: IsoDate.optional().describe('the period, or the date of a balance sheet or ageing'),
      account: AccountCodeSchema.optional().describe('for ledger, cash book and bank book'),
      partyId: Id.optional(),
    }),
    result: FileDownload,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { report: 'trialBalance', format: 'xlsx', from: '2026-04-01', to: '2026-11-30' },
    reads: ['accounting', 'billing'],
  }),
};
