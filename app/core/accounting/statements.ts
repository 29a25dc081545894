import { ACCOUNT_GROUP_CODES, type AccountGroup } from '../contract/vocabulary';
import { ACCOUNT_GROUPS, TRADING_GROUPS } from './chart';
import type { Paise } from '../money/index';
import type { AccountInfo } from './trial-balance';

/**
 * Profit and loss, and the balance sheet, from account balances. Perpetual inventory: cost of goods
 * sold is posted with every sale, so the trading part is sales less returns, less cost of goods
 * sold, non-stock purchases and direct expenses. Income is shown positive, costs positive.
 */
export interface StatementRow {
  code: string;
  name: string;
  amountPaise: Paise;
  partyCount?: number;
}
export interface Section {
  key: string;
  label: string;
  rows: StatementRow[];
  totalPaise: Paise;
}

const section = (key: string, label: string, rows: StatementRow[]): Section => ({ key, label, rows, totalPaise: rows.reduce((s, r) => s + r.amountPaise, 0) });

/** `net`: Σ debit − Σ credit per account over the period. */
export function profitAndLoss(accounts: ReadonlyMap<string, AccountInfo>, net: ReadonlyMap<string, Paise>) {
  const groupRows = (group: AccountGroup, sign: 1 | -1) =>
    [...accounts.values()]
      .filter((a) => a.group === group && (net.get(a.code) ?? 0) !== 0)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((a) => ({ code: a.code, name: a.name, amountPaise: sign * (net.get(a.code) ?? 0) }));
  const income = (g: AccountGroup) => section(g, ACCOUNT_GROUPS[g].label, groupRows(g, -1));
  const cost = (g: AccountGroup) => section(g, ACCOUNT_GROUPS[g].label, groupRows(g, 1));
  const trading = TRADING_GROUPS.map((g) => (ACCOUNT_GROUPS[g].type === 'income' ? income(g) : cost(g)));
  const grossProfitPaise = trading.reduce((s, sec) => s + (sec.key === 'sales' ? sec.totalPaise : -sec.totalPaise), 0);
  const other = [income('indirect_income'), cost('indirect_expenses')];
  const netProfitPaise = grossProfitPaise + (other[0]?.totalPaise ?? 0) - (other[1]?.totalPaise ?? 0);
  return { sections: [...trading, ...other], grossProfitPaise, netProfitPaise };
}

/** Net profit of income and expense balances (Σ debit − Σ credit per account): credit balances are profit. */
export function profitOf(accounts: ReadonlyMap<string, AccountInfo>, balances: ReadonlyArray<{ account: string; balance: Paise }>): Paise {
  let profit = 0;
  for (const b of balances) {
    const type = accounts.get(b.account)?.type;
    if (type === 'income' || type === 'expense') profit -= b.balance;
  }
  return profit;
}

export interface BalanceInput {
  accounts: ReadonlyMap<string, AccountInfo>;
  /** per account and party, Σ debit − Σ credit up to the date */
  balances: ReadonlyArray<{ account: string; partyId: string; balance: Paise }>;
  profitBroughtForward: Paise;
  profitForYear: Paise;
}

export function balanceSheet(input: BalanceInput) {
  const { accounts } = input;
  const byAccount = new Map<string, { debitParties: number; debit: Paise; creditParties: number; credit: Paise; total: Paise }>();
  for (const b of input.balances) {
    const a = byAccount.get(b.account) ?? { debitParties: 0, debit: 0, creditParties: 0, credit: 0, total: 0 };
    a.total += b.balance;
    if (b.balance > 0) {
      a.debit += b.balance;
      a.debitParties++;
    } else if (b.balance < 0) {
      a.credit -= b.balance;
      a.creditParties++;
    }
    byAccount.set(b.account, a);
  }
  const rowsOf = (group: AccountGroup, sign: 1 | -1) =>
    [...accounts.values()]
      .filter((a) => a.group === group)
      .sort((a, b) => a.code.localeCompare(b.code))
      .flatMap((a): StatementRow[] => {
        const bal = byAccount.get(a.code);
        if (!bal) return [];
        // Control accounts show only the parties on their own side; the others move across.
        if (group === 'debtors') return bal.debit ? [{ code: a.code, name: a.name, amountPaise: bal.debit, partyCount: bal.debitParties }] : [];
        if (group === 'creditors') return bal.credit ? [{ code: a.code, name: a.name, amountPaise: bal.credit, partyCount: bal.creditParties }] : [];
        return bal.total ? [{ code: a.code, name: a.name, amountPaise: sign * bal.total }] : [];
      });
  const groupsOf = (type: 'asset' | 'liability') => ACCOUNT_GROUP_CODES.filter((g) => ACCOUNT_GROUPS[g].type === type);
  const crossing = (group: 'debtors' | 'creditors') =>
    [...accounts.values()]
      .filter((a) => a.group === group)
      .flatMap((a): StatementRow[] => {
        const bal = byAccount.get(a.code);
        const amount = group === 'debtors' ? (bal?.credit ?? 0) : (bal?.debit ?? 0);
        const count = group === 'debtors' ? (bal?.creditParties ?? 0) : (bal?.debitParties ?? 0);
        return amount ? [{ code: a.code, name: a.name, amountPaise: amount, partyCount: count }] : [];
      });
  const assets = [
    ...groupsOf('asset').map((g) => section(g, ACCOUNT_GROUPS[g].label, rowsOf(g, 1))),
    section('advances_to_suppliers', 'Advances to suppliers', crossing('creditors')),
  ].filter((s) => s.rows.length > 0);
  const liabilities = [
    ...groupsOf('liability').map((g) => section(g, ACCOUNT_GROUPS[g].label, rowsOf(g, -1))),
    section('advances_from_customers', 'Advances from customers', crossing('debtors')),
  ].filter((s) => s.rows.length > 0);
  const capital = section('capital', 'Capital and profit', [
    ...rowsOf('capital', -1),
    ...(input.profitBroughtForward ? [{ code: 'PL_BROUGHT_FORWARD', name: 'Profit and loss brought forward', amountPaise: input.profitBroughtForward }] : []),
    { code: 'PL_CURRENT_YEAR', name: 'Profit for the year so far', amountPaise: input.profitForYear },
  ]);
  const totalAssetsPaise = assets.reduce((s, x) => s + x.totalPaise, 0);
  const totalLiabilitiesPaise = liabilities.reduce((s, x) => s + x.totalPaise, 0) + capital.totalPaise;
  return { assets, liabilities, capital, totalAssetsPaise, totalLiabilitiesPaise, differencePaise: totalAssetsPaise - totalLiabilitiesPaise };
}
