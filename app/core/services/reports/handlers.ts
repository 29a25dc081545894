import { financialYearOf } from '../../calendar/fy';
import { toBase64 } from '../../contract/base64';
import { AppError } from '../../contract/errors';
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

function tableFor(deps: ServiceDeps, p: ExportParams): ReportTable {
  const to = p.to ?? today(deps);
  const from = p.from ?? financialYearOf(to, fyStartMonth(deps)).from;
  switch (p.report) {
    case 'trialBalance':
      return trialBalanceTable(trialBalanceReport(deps, from, to, false));
    case 'profitAndLoss':
      return profitAndLossTable(profitAndLossReport(deps, from, to));
    case 'balanceSheet':
      return balanceSheetTable(balanceSheetReport(deps, to));
    case 'dayBook':
      return dayBookTable(statementHandlers['accounting.dayBook'](deps, { from, to }));
    case 'salesRegister':
      return salesRegisterTable(salesRegisterReport(deps, from, to));
    case 'purchaseRegister':
      return purchaseRegisterTable(purchaseRegisterReport(deps, from, to));
    case 'ageing': {
      const kind = p.account === 'CREDITORS' ? 'supplier' : 'customer';
      const a = ageingReport(deps, kind, to);
      return ageingTable(kind, a.asOf, a.rows);
    }
    case 'ledger':
    case 'cashBook':
    case 'bankBook': {
      const code = p.account ?? (p.report === 'cashBook' ? 'CASH' : p.report === 'bankBook' ? 'BANK' : undefined);
      if (!code) throw new AppError('INVALID_INPUT', 'Name the account whose ledger to export');
      const l = ledgerReport(deps, code, p.partyId ?? null, from, to);
      return ledgerTable(`${p.report === 'cashBook' ? 'Cash book' : p.report === 'bankBook' ? 'Bank book' : 'Ledger'}: ${l.account.name}`, l);
    }
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportsHandlers = {
  'reports.export': async (deps, p) => {
    const table = tableFor(deps, p);
    const shop = deps.store.shop.get();
    const bytes = p.format === 'xlsx' ? await deps.documents.tableXlsx(table, shop) : await deps.documents.tablePdf(table, shop);
    return { fileName: `${table.fileBase}.${p.format}`, contentType: p.format === 'xlsx' ? XLSX : 'application/pdf', base64: toBase64(bytes) };
  },
} satisfies AreaHandlers<'reports'>;
