import { financialYearOf } from '../../calendar/fy';
import { fail } from '../../i18n/fail';
import {
  balanceSheetReport as balanceSheetModel,
  profitAndLossReport as profitAndLossModel,
  trialBalanceReport as trialBalanceModel,
} from '../../reports/accounting';
import { dayBookReport as dayBookModel, ledgerReport as ledgerModel } from '../../reports/books';
import { gstr1Report, gstr3bReport } from '../../reports/gst';
import { stockValuationReport } from '../../reports/inventory';
import { ageingReport as ageingModel, purchaseRegisterReport as purchaseModel, salesRegisterReport as salesModel } from '../../reports/registers';
import type { Report } from '../../reports/table';
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
import { gstHandlers } from '../gst/handlers';
import type { CallContext } from '../handler';
import { inventoryHandlers } from '../inventory/handlers';
import { ageingReport } from '../khata/handlers';
import type { ServiceDeps } from '../ports';
import type { Params } from '../../contract';
import { buildShopReport, withKhataCheck } from './shop-reports';
import { auditTrailReport } from '../../reports/audit';
import { dayStart, nextDay } from '../accounting/chart';

export type ReportParams = Params<'reports.view'>;

const BOOK_TITLES = { ledger: 'report.ledger', cashBook: 'report.cashBook', bankBook: 'report.bankBook' } as const;

/** The month of a return: the one asked for, else the month of `to` or today, as MMYYYY. */
const monthOf = (deps: ServiceDeps, p: ReportParams) => p.period ?? (p.to ?? today(deps)).replace(/^(\d{4})-(\d{2})-\d{2}$/, '$2$1');

/** A party's name for a ledger's title: the suppliers' for the creditors' account, else the customers' (an unknown id stays as given). */
function partyNameOf(deps: ServiceDeps, account: string, partyId: string): string {
  const type = account === 'CREDITORS' ? 'supplier' : 'customer';
  return deps.store.parties.names(type, [partyId]).get(partyId)?.name ?? partyId;
}

/** The most rows an audit trail file holds: a year of a busy shop's changes, not its every bill's. */
const AUDIT_FILE_ROWS = 20_000;

/** The audit trail is the owner's, on screen and in its files, whatever role may read the other reports. */
function auditTrail(deps: ServiceDeps, p: ReportParams, range: { from: string; to: string }, ctx: CallContext): Report {
  if (ctx.user.role !== 'owner') fail('FORBIDDEN', 'request.needsOwner');
  const rows = deps.store.audit.list({
    from: dayStart(range.from),
    to: dayStart(nextDay(range.to)),
    entity: p.entity ?? null,
    entityId: null,
    limit: AUDIT_FILE_ROWS,
  });
  const names = new Map(deps.store.users.listAll().map((u) => [u.id, u.name]));
  return auditTrailReport(rows, names, range, p.entity ?? null, ctx.lang);
}

/** Runs the report's service and describes its result as the one model the screen and the exports draw. */
export function buildReport(deps: ServiceDeps, p: ReportParams, ctx: CallContext): Report {
  const lang = ctx.lang;
  const to = p.to ?? today(deps);
  const from = p.from ?? financialYearOf(to, fyStartMonth(deps)).from;
  switch (p.report) {
    case 'trialBalance':
      return trialBalanceModel(trialBalanceReport(deps, from, to, p.byParty ?? false), lang);
    case 'profitAndLoss':
      return profitAndLossModel(profitAndLossReport(deps, from, to), lang);
    case 'balanceSheet':
      return balanceSheetModel(balanceSheetReport(deps, to), lang);
    case 'dayBook':
      return dayBookModel(statementHandlers['accounting.dayBook'](deps, { from, to }, ctx), lang);
    case 'salesRegister':
      return salesModel(salesRegisterReport(deps, from, to), lang);
    case 'purchaseRegister':
      return purchaseModel(purchaseRegisterReport(deps, from, to), lang);
    case 'ageing': {
      const kind = p.account === 'CREDITORS' ? 'supplier' : 'customer';
      const a = ageingReport(deps, kind, to);
      const model = ageingModel(kind, a.asOf, a.rows, lang);
      return kind === 'customer' ? withKhataCheck(deps, model, a.asOf) : model;
    }
    case 'ledger':
    case 'cashBook':
    case 'bankBook': {
      const code = p.account ?? (p.report === 'cashBook' ? 'CASH' : p.report === 'bankBook' ? 'BANK' : undefined);
      if (!code) fail('INVALID_INPUT', 'report.needsAccount');
      const l = ledgerReport(deps, code, p.partyId ?? null, from, to, lang);
      const party = p.partyId ? partyNameOf(deps, code, p.partyId) : undefined;
      return ledgerModel({ key: BOOK_TITLES[p.report], account: l.account.name, code: l.account.code, ...(party ? { party } : {}) }, l, lang);
    }
    case 'gstr1':
      return gstr1Report(gstHandlers['gst.gstr1'](deps, { period: monthOf(deps, p) }), lang);
    case 'gstr3b':
      return gstr3bReport(gstHandlers['gst.gstr3b'](deps, { period: monthOf(deps, p) }), lang);
    case 'stockValuation':
      return stockValuationReport(inventoryHandlers['inventory.valuation'](deps), today(deps), lang);
    case 'topProducts':
    case 'topCustomers':
    case 'profitability':
    case 'cashFlow':
    case 'stockAgeing':
    case 'deadStock':
    case 'supplierPerformance':
    case 'dayClose':
    case 'billsOf':
      return buildShopReport(deps, { ...p, report: p.report }, { from, to }, ctx);
    case 'auditLog':
      return auditTrail(deps, p, { from, to }, ctx);
  }
}
