import { z } from 'zod';
import { method } from '../define';
import { Id, IsoDate, FileDownload } from '../schemas';
import { AccountCodeSchema } from './accounting/accounts';
import { ReturnPeriodParam } from './gst';
import { ReportModel } from './report-model';
import { reportsCustomApi } from './reports-custom';

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
  'gstr1',
  'gstr3b',
  'stockValuation',
  'topProducts',
  'topCustomers',
  'profitability',
  'cashFlow',
  'stockAgeing',
  'deadStock',
  'supplierPerformance',
  'dayClose',
  'billsOf',
  'auditLog',
] as const;

/** How the top lists rank: sales value, quantity or number of bills. */
export const RANK_BY = ['amount', 'qty', 'bills'] as const;
/** What profitability is summed by. */
export const PROFIT_BY = ['category', 'brand'] as const;

/** Which report and for what: the same for the screen (reports.view) and the files (reports.export). */
const ReportParams = z.object({
  report: z.enum(REPORT_NAMES),
  from: IsoDate.optional(),
  to: IsoDate.optional().describe('the period, or the date of a balance sheet or ageing'),
  account: AccountCodeSchema.optional().describe('for ledger, cash book and bank book'),
  partyId: Id.optional(),
  byParty: z.boolean().optional().describe('trial balance: each customer and supplier on its own row'),
  period: ReturnPeriodParam.optional().describe('GSTR-1 and GSTR-3B: the month as MMYYYY'),
  rankBy: z.enum(RANK_BY).optional().describe('top products and customers: by sales value, quantity or bills'),
  groupBy: z.enum(PROFIT_BY).optional().describe('profitability: by category or by brand'),
  days: z.int().min(1).max(3650).optional().describe('dead and slow stock: no sale in this many days'),
  productId: Id.optional().describe('the bills of one product (billsOf)'),
  entity: z.string().max(40).optional().describe('the audit trail (auditLog, owner only): one kind of record (invoice, customer, product …)'),
});

export const reportsApi = {
  'reports.view': method({
    summary:
      'A book, statement, return or stock report as one described table set (title, period, columns by kind, rows, totals, drill-downs) in the reader’s words; the screen draws it and the exports draw the same.',
    access: 'manager',
    params: ReportParams,
    result: ReportModel,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { report: 'trialBalance', from: '2026-04-01', to: '2026-11-30' },
    reads: ['accounting', 'billing', 'gst', 'inventory', 'catalog', 'purchasing', 'customers', 'suppliers'],
  }),
  'reports.export': method({
    summary: 'Any of the books, statements, returns and stock reports as an Excel workbook or a PDF, for the accountant; the audit trail for the owner only.',
    access: 'manager',
    params: ReportParams.extend({ format: z.enum(['xlsx', 'pdf']) }),
    result: FileDownload,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { report: 'trialBalance', format: 'xlsx', from: '2026-04-01', to: '2026-11-30' },
    reads: ['accounting', 'billing'],
  }),
  ...reportsCustomApi,
};
