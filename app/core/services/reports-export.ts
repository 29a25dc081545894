import { ACCOUNT_GROUPS } from '../accounting/chart';
import { financialYearOf } from '../calendar/fy';
import { AppError } from '../contract/errors';
import type { ReportTable } from '../reports/table';
import {
  ageingTable,
  balanceSheetTable,
  dayBookTable,
  ledgerTable,
  profitAndLossTable,
  purchaseRegisterTable,
  salesRegisterTable,
  trialBalanceTable,
} from '../reports/tables';
import { tallyVoucherType, tallyXml, uniqueName, type TallyLedger, type TallyVoucher } from '../reports/tally';
import { fyStartMonth, today } from './books-common';
import { toBase64 } from './base64';
import type { AreaHandlers } from './handler';
import { ageingReport } from './khata';
import type { ServiceDeps } from './ports';
import {
  accountMap,
  balanceSheetReport,
  ledgerReport,
  profitAndLossReport,
  purchaseRegisterReport,
  reportsQueries,
  salesRegisterReport,
  trialBalanceReport,
} from './reports';

type ExportParams = Parameters<(typeof reportsExport)['reports.export']>[1];

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
      return dayBookTable(reportsQueries['reports.dayBook'](deps, { from, to }));
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

/** Masters and vouchers of a period for Tally: every account and party with an opening balance or a voucher in it. */
function tallyFor(deps: ServiceDeps, from: string, to: string): string {
  const accounts = accountMap(deps);
  const movements = deps.store.journal.movements(from, to, true);
  const taken = new Set<string>();
  const ledgerName = new Map<string, string>();
  const ledgers: TallyLedger[] = [];
  const customers = deps.store.parties.names(
    'customer',
    movements.filter((m) => m.account === 'DEBTORS').map((m) => m.partyId),
  );
  const suppliers = deps.store.parties.names(
    'supplier',
    movements.filter((m) => m.account === 'CREDITORS').map((m) => m.partyId),
  );
  for (const a of [...accounts.values()].sort((x, y) => x.code.localeCompare(y.code))) {
    if (a.code === 'DEBTORS' || a.code === 'CREDITORS') continue;
    const opening = movements.filter((m) => m.account === a.code).reduce((s, m) => s + m.openingDebit - m.openingCredit, 0);
    const name = uniqueName(a.name, a.code, taken);
    ledgerName.set(a.code, name);
    ledgers.push({ name, parent: ACCOUNT_GROUPS[a.group].tally, openingPaise: opening });
  }
  for (const m of movements.filter((x) => x.account === 'DEBTORS' || x.account === 'CREDITORS')) {
    const info = (m.account === 'DEBTORS' ? customers : suppliers).get(m.partyId);
    const name = uniqueName(info?.name ?? m.partyId, info?.phone || m.partyId, taken);
    ledgerName.set(`${m.account}|${m.partyId}`, name);
    ledgers.push({
      name,
      parent: m.account === 'DEBTORS' ? 'Sundry Debtors' : 'Sundry Creditors',
      openingPaise: m.openingDebit - m.openingCredit,
      gstin: info?.gstin ?? null,
      stateCode: info?.stateCode ?? null,
      phone: info?.phone ?? '',
    });
  }
  const journal = deps.store.journal.journal(from, to);
  const cancelled = new Set(journal.filter((e) => e.voucherType === 'sales_cancel' && e.reversesId).map((e) => e.reversesId));
  const vouchers: TallyVoucher[] = journal
    .filter((e) => e.voucherType !== 'sales_cancel')
    .map((e) => ({
      date: e.date,
      type: tallyVoucherType(e.voucherType),
      number: e.document.number,
      narration: e.narration,
      cancelled: cancelled.has(e.id),
      lines: e.lines.map((l) => ({
        ledger: ledgerName.get(l.partyId ? `${l.account}|${l.partyId}` : l.account) ?? l.account,
        debitPaise: l.debit,
        creditPaise: l.credit,
      })),
    }));
  return tallyXml(deps.store.shop.get().name, ledgers, vouchers);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportsExport = {
  'reports.export': async (deps, p) => {
    const table = tableFor(deps, p);
    const shop = deps.store.shop.get();
    const bytes = p.format === 'xlsx' ? await deps.documents.tableXlsx(table, shop) : await deps.documents.tablePdf(table, shop);
    return { fileName: `${table.fileBase}.${p.format}`, contentType: p.format === 'xlsx' ? XLSX : 'application/pdf', base64: toBase64(bytes) };
  },
  'reports.tallyXml': (deps, p) => {
    if (p.from > p.to) throw new AppError('INVALID_INPUT', 'The period starts after it ends');
    const xml = tallyFor(deps, p.from, p.to);
    return { fileName: `tally-${p.from}-${p.to}.xml`, contentType: 'application/xml', base64: toBase64(new TextEncoder().encode(xml)) };
  },
} satisfies Partial<AreaHandlers<'reports'>>;

export const reportsHandlers = { ...reportsQueries, ...reportsExport } satisfies AreaHandlers<'reports'>;
