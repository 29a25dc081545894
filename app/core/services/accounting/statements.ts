import { MONEY_GROUPS } from '../../accounting/chart';
import { financialYearOf } from '../../calendar/fy';
import { addHeads, ZERO } from '../../gst/heads';
import { withRunningBalance } from '../../accounting/ledger';
import { balanceSheet, profitAndLoss, profitOf } from '../../accounting/statements';
import { checkRange, trialBalance, type AccountInfo } from '../../accounting/trial-balance';
import { accountOfGroups, fyStartMonth } from './common';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import type { Lang } from '../../contract/vocabulary';

/** The books and statements: repos give sums and lines, app/core/reports shapes them. */
export function accountMap(deps: ServiceDeps): Map<string, AccountInfo> {
  return new Map(deps.store.accounts.list(true).map((a) => [a.code, { code: a.code, name: a.name, type: a.type, group: a.group }]));
}

export function ledgerReport(deps: ServiceDeps, code: string, partyId: string | null, from: string, to: string, lang: Lang = 'en') {
  checkRange(from, to);
  const a = found(deps.store.accounts.get(code), 'Account');
  const opening = deps.store.journal.balance(code, partyId, { before: from });
  const run = withRunningBalance(opening, deps.store.journal.rows({ account: code, partyId, from, to, lang }));
  return { from, to, account: { code: a.code, name: a.name, group: a.group }, partyId, openingPaise: opening, ...run };
}

export function trialBalanceReport(deps: ServiceDeps, from: string, to: string, byParty: boolean) {
  checkRange(from, to);
  const names = {
    customer: deps.store.parties.names('customer', []),
    supplier: deps.store.parties.names('supplier', []),
  };
  const movements = deps.store.journal.movements(from, to, byParty);
  if (byParty) {
    names.customer = deps.store.parties.names(
      'customer',
      movements.filter((m) => m.account === 'DEBTORS').map((m) => m.partyId),
    );
    names.supplier = deps.store.parties.names(
      'supplier',
      movements.filter((m) => m.account === 'CREDITORS').map((m) => m.partyId),
    );
  }
  const partyName = (account: string, id: string) => (account === 'DEBTORS' ? names.customer : names.supplier).get(id)?.name ?? id;
  return { from, to, ...trialBalance(accountMap(deps), movements, partyName) };
}

export function profitAndLossReport(deps: ServiceDeps, from: string, to: string) {
  checkRange(from, to);
  const net = new Map<string, number>();
  for (const m of deps.store.journal.movements(from, to, false)) net.set(m.account, m.debit - m.credit);
  return { from, to, ...profitAndLoss(accountMap(deps), net) };
}

export function balanceSheetReport(deps: ServiceDeps, asOf: string) {
  const accounts = accountMap(deps);
  const fyFrom = financialYearOf(asOf, fyStartMonth(deps)).from;
  // One read of the day totals up to the date: what stood before the year began, and what moved in it.
  const movements = deps.store.journal.movements(fyFrom, asOf, true);
  const balances = movements.map((m) => ({ account: m.account, partyId: m.partyId, balance: m.openingDebit - m.openingCredit + m.debit - m.credit }));
  const broughtForward = profitOf(
    accounts,
    movements.map((m) => ({ account: m.account, balance: m.openingDebit - m.openingCredit })),
  );
  const all = profitOf(accounts, balances);
  // Income and expense stay in the profit lines; only balance sheet accounts are listed.
  const listed = balances.filter((b) => {
    const type = accounts.get(b.account)?.type;
    return type !== 'income' && type !== 'expense';
  });
  return { asOf, fyFrom, ...balanceSheet({ accounts, balances: listed, profitBroughtForward: broughtForward, profitForYear: all - broughtForward }) };
}

export function salesRegisterReport(deps: ServiceDeps, from: string, to: string) {
  checkRange(from, to);
  const rows = deps.store.gst.salesRegister(from, to);
  const live = rows.filter((r) => r.status === 'posted');
  const heads = live.reduce((h, r) => addHeads(h, r), ZERO);
  return {
    from,
    to,
    rows,
    totals: {
      ...heads,
      roundOffPaise: live.reduce((s, r) => s + r.roundOffPaise, 0),
      totalPaise: live.reduce((s, r) => s + r.totalPaise, 0),
      invoices: rows.filter((r) => r.kind === 'invoice').length,
      creditNotes: rows.filter((r) => r.kind === 'credit_note').length,
      cancelled: rows.filter((r) => r.status === 'cancelled').length,
    },
  };
}

const INPUT = { INPUT_CGST: 'cgstPaise', INPUT_SGST: 'sgstPaise', INPUT_IGST: 'igstPaise', INPUT_CESS: 'cessPaise' } as const;

/**
 * The purchase register: purchasing's documents (the supplier's bill number, GSTIN and date; our
 * debit notes against them as negatives) and the expense bills that carry input GST, read from
 * their vouchers in the books (the supplier is the creditors line's party, the taxable value what
 * went to the expense head).
 */
export function purchaseRegisterReport(deps: ServiceDeps, from: string, to: string) {
  checkRange(from, to);
  const accounts = accountMap(deps);
  const isMoney = (code: string) => MONEY_GROUPS.includes(accounts.get(code)?.group ?? 'current_assets');
  const documents = deps.store.gst.purchaseDocuments(from, to).map((d) => {
    // a debit note's figures count against the bills (0 − x, not −1 × x: no −0 for a zero head)
    const sign = (v: number) => (d.kind === 'return' ? 0 - v : v);
    return {
      date: d.date,
      entryId: d.entryId,
      voucherType: d.kind === 'return' ? 'purchase_return' : 'purchase',
      number: d.number,
      supplierId: d.supplierId,
      supplierName: d.supplierName,
      supplierGstin: d.supplierGstin,
      supplierDate: d.supplierDate,
      against: d.againstNumber,
      taxablePaise: sign(d.taxablePaise),
      cgstPaise: sign(d.cgstPaise),
      sgstPaise: sign(d.sgstPaise),
      igstPaise: sign(d.igstPaise),
      cessPaise: sign(d.cessPaise),
      totalPaise: sign(d.totalPaise),
    };
  });
  const expenses = deps.store.journal.expenseEntries(from, to).flatMap((e) => {
    const heads = { taxablePaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0, cessPaise: 0 };
    let supplierId: string | null = null;
    let total = 0;
    for (const l of e.lines) {
      const net = l.debit - l.credit;
      const head = INPUT[l.account as keyof typeof INPUT] as keyof typeof heads | undefined;
      if (head) heads[head] += net;
      else if (l.account === 'CREDITORS' || isMoney(l.account)) {
        if (l.account === 'CREDITORS') supplierId = l.partyId;
        total -= net;
      } else if (l.account !== 'ROUND_OFF') heads.taxablePaise += net;
    }
    if (heads.cgstPaise + heads.sgstPaise + heads.igstPaise + heads.cessPaise === 0) return [];
    const supplier = supplierId ? deps.store.parties.supplier(supplierId) : undefined;
    return [
      {
        date: e.date,
        entryId: e.entryId,
        voucherType: e.voucherType,
        number: e.number,
        supplierId,
        supplierName: supplier?.name ?? supplierId,
        supplierGstin: supplier?.gstin ?? null,
        supplierDate: null,
        against: null,
        ...heads,
        totalPaise: total,
      },
    ];
  });
  const rows = [...documents, ...expenses].sort((a, b) => a.date.localeCompare(b.date));
  const sum = (k: 'taxablePaise' | 'cgstPaise' | 'sgstPaise' | 'igstPaise' | 'cessPaise' | 'totalPaise') => rows.reduce((s, r) => s + r[k], 0);
  return {
    from,
    to,
    rows,
    totals: {
      taxablePaise: sum('taxablePaise'),
      cgstPaise: sum('cgstPaise'),
      sgstPaise: sum('sgstPaise'),
      igstPaise: sum('igstPaise'),
      cessPaise: sum('cessPaise'),
      totalPaise: sum('totalPaise'),
    },
  };
}

type DayBookEntry = ReturnType<ServiceDeps['store']['journal']['dayBook']>[number];

/** Debits without the perpetual-inventory pair (cost of goods against stock) a sale or return carries beside the bill. */
function withoutStockPair(lines: DayBookEntry['lines']): number {
  const hasCogs = lines.some((l) => l.account === 'COGS');
  const kept = hasCogs ? lines.filter((l) => l.account !== 'COGS' && l.account !== 'STOCK') : lines;
  const sum = kept.reduce((s, l) => s + l.debitPaise, 0);
  return sum > 0 ? sum : lines.reduce((s, l) => s + l.debitPaise, 0);
}

/**
 * The day book's amount of an entry as the shop knows it: a bill or credit note at its total (what
 * the customer paid or got back), never with its cost-of-goods lines added in; other vouchers at
 * their debits.
 */
export function dayBookReport(deps: ServiceDeps, from: string, to: string, lang: Lang = 'en') {
  checkRange(from, to);
  const entries = deps.store.journal.dayBook(from, to, lang).map((e) => ({
    id: e.id,
    date: e.date,
    voucherType: e.voucherType,
    document: e.document,
    narration: e.narration,
    reversesId: e.reversesId,
    amountPaise: e.documentTotalPaise ?? withoutStockPair(e.lines),
    lines: e.lines,
  }));
  return { from, to, entries, totalPaise: entries.reduce((s, e) => s + e.amountPaise, 0) };
}

export const statementHandlers = {
  'accounting.dayBook': (deps, p, ctx) => dayBookReport(deps, p.from, p.to, ctx.lang),
  'accounting.ledger': (deps, p, ctx) => ledgerReport(deps, p.account, p.partyId ?? null, p.from, p.to, ctx.lang),
  'accounting.cashBook': (deps, p, ctx) =>
    ledgerReport(deps, accountOfGroups(deps, p.account ?? 'CASH', ['cash'], 'accounting.notCashAccount').code, null, p.from, p.to, ctx.lang),
  'accounting.bankBook': (deps, p, ctx) =>
    ledgerReport(deps, accountOfGroups(deps, p.account ?? 'BANK', ['bank'], 'accounting.notBankAccount').code, null, p.from, p.to, ctx.lang),
  'accounting.trialBalance': (deps, p) => trialBalanceReport(deps, p.from, p.to, p.byParty),
  'accounting.profitAndLoss': (deps, p) => profitAndLossReport(deps, p.from, p.to),
  'accounting.balanceSheet': (deps, p) => balanceSheetReport(deps, p.asOf),
  'accounting.salesRegister': (deps, p) => salesRegisterReport(deps, p.from, p.to),
  'accounting.purchaseRegister': (deps, p) => purchaseRegisterReport(deps, p.from, p.to),
} satisfies Partial<AreaHandlers<'accounting'>>;
