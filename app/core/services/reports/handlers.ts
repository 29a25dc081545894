import { financialYearOf } from '../../calendar/fy';
import { toBase64 } from '../../contract/base64';
import type { Lang } from '../../contract/vocabulary';
import { fail } from '../../i18n/fail';
import type { ReportTable } from '../../reports/table';
import {
  ageingTable,
  balanceSheetTable,
  dayBookTable,
  ledgerTable,
  profitAndLossTable,
  purchaseRegisterTable,
  salesRegisterTable,
  trialBalanceTable,
} from '../../reports/tables';
import { fyStartMonth, today } from '../accounting/common';
import {
  balanceSheetReport,
  ledgerReport,
  profitAndLossReport,
  purchaseRegisterReport,
  salesRegisterReport,
  statementHandlers,
  trialBalanceReport,
} from '../accounting/statements';
import type { AreaHandlers } from '../handler';
import { ageingReport } from '../khata/handlers';
import type { ServiceDeps } from '../ports';

type ExportParams = Parameters<(typeof reportsHandlers)['reports.export']>[1];

const BOOK_TITLES = { ledger: 'report.ledger', cashBook: 'report.cashBook', bankBook: 'report.bankBook' } as const;

function tableFor(deps: ServiceDeps, p: ExportParams, lang: Lang): ReportTable {
  const to = p.to ?? today(deps);
  const from = p.from ?? financialYearOf(to, fyStartMonth(deps)).from;
  switch (p.report) {
    case 'trialBalance':
      return trialBalanceTable(trialBalanceReport(deps, from, to, false), lang);
    case 'profitAndLoss':
      return profitAndLossTable(profitAndLossReport(deps, from, to), lang);
    case 'balanceSheet':
      return balanceSheetTable(balanceSheetReport(deps, to), lang);
    case 'dayBook':
      return dayBookTable(statementHandlers['accounting.dayBook'](deps, { from, to }), lang);
    case 'salesRegister':
      return salesRegisterTable(salesRegisterReport(deps, from, to), lang);
    case 'purchaseRegister':
      return purchaseRegisterTable(purchaseRegisterReport(deps, from, to), lang);
    case 'ageing': {
      const kind = p.account === 'CREDITORS' ? 'supplier' : 'customer';
      const a = ageingReport(deps, kind, to);
      return ageingTable(kind, a.asOf, a.rows, lang);
    }
    case 'ledger':
    case 'cashBook':
    case 'bankBook': {
      const code = p.account ?? (p.report === 'cashBook' ? 'CASH' : p.report === 'bankBook' ? 'BANK' : undefined);
      if (!code) fail('INVALID_INPUT', 'report.needsAccount');
      const l = ledgerReport(deps, code, p.partyId ?? null, from, to);
      return ledgerTable({ key: BOOK_TITLES[p.report], account: l.account.name }, l, lang);
    }
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportsHandlers = {
  'reports.export': async (deps, p, ctx) => {
    const table = tableFor(deps, p, ctx.lang);
    const shop = deps.store.shop.get();
    const bytes = p.format === 'xlsx' ? await deps.documents.tableXlsx(table, shop) : await deps.documents.tablePdf(table, shop);
    return { fileName: `${table.fileBase}.${p.format}`, contentType: p.format === 'xlsx' ? XLSX : 'application/pdf', base64: toBase64(bytes) };
  },
} satisfies AreaHandlers<'reports'>;
