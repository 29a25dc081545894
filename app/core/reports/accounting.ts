import type { z } from 'zod';
import type { BalanceSheetView, ProfitAndLossView, TrialBalanceView } from '../contract';
import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { formatInr } from '../format/inr';
import { sayIn, type Say } from '../i18n/fail';
import { translate } from '../i18n/index';
import { accountName, groupWord } from './names';
import { col, drCr, money, datedHead, report, type Part, type Report, type Row } from './table';

type TbRow = z.output<typeof TrialBalanceView>['rows'][number];

/** A group's figures on its heading: opening and closing netted to one side, the period's debits and credits summed. */
function groupFigures(rows: readonly TbRow[]): Row['cells'] {
  const sum = (pick: (r: TbRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return [...drCr(sum((r) => r.openingPaise)), sum((r) => r.debitPaise) || null, sum((r) => r.creditPaise) || null, ...drCr(sum((r) => r.closingPaise))];
}

/**
 * The accounts as an accountant reads them in Tally: under each group's heading by name with the
 * group's subtotal, a party's balance by the party's name under its account. Codes are the books'
 * keys, not words: they stay in the drill-downs and out of every cell, so the screen, Excel and PDF
 * read alike.
 */
function trialBalanceRows(tb: z.output<typeof TrialBalanceView>, lang: Lang): Row[] {
  const rows: Row[] = [];
  const blank = [null, null, null, null, null, null];
  const figures = (r: TbRow) => [...drCr(r.openingPaise), r.debitPaise || null, r.creditPaise || null, ...drCr(r.closingPaise)];
  let group = '';
  let account = '';
  tb.rows.forEach((r, i) => {
    if (r.group !== group) {
      const end = tb.rows.findIndex((x, j) => j > i && x.group !== r.group);
      const members = tb.rows.slice(i, end < 0 ? undefined : end);
      rows.push({ cells: [groupWord(r.group, lang), ...groupFigures(members)], style: 'group' });
    }
    const name = accountName(r.code, r.name, lang);
    const ledger = { kind: 'ledger', account: r.code, from: tb.from, to: tb.to } as const;
    if (r.partyId && (account !== r.code || r.group !== group)) rows.push({ cells: [name, ...blank], level: 1, drill: ledger });
    rows.push(
      r.partyId
        ? { cells: [r.partyName ?? name, ...figures(r)], level: 2, drill: { ...ledger, partyId: r.partyId } }
        : { cells: [name, ...figures(r)], level: 1, drill: ledger },
    );
    group = r.group;
    account = r.code;
  });
  return rows;
}

/** The statements: trial balance, profit and loss, balance sheet; each row drills to its ledger. */
export function trialBalanceReport(tb: z.output<typeof TrialBalanceView>, lang: Lang): Report {
  const t = sayIn(lang);
  const total = tb.totals;
  const columns = [
    col(t, 'report.col.particulars', 'text', 4),
    ...(['report.col.openingDr', 'report.col.openingCr', 'report.col.debit', 'report.col.credit', 'report.col.closingDr', 'report.col.closingCr'] as const).map(
      (k) => money(t, k),
    ),
  ];
  const rows = trialBalanceRows(tb, lang);
  const totalRow: Row = {
    cells: [t('report.total'), ...drCr(total.openingPaise), total.debitPaise, total.creditPaise, total.closingDebitPaise, total.closingCreditPaise],
    style: 'total',
    marks: [null, null, null, 'tb-debit', 'tb-credit', 'tb-closing-dr', 'tb-closing-cr'],
  };
  const agrees = total.closingDebitPaise === total.closingCreditPaise;
  return report({
    ...datedHead(t, lang, 'trialBalance', t('report.trialBalance'), tb, 'trial-balance'),
    parts: [{ key: 'accounts', columns, rows: [...rows, totalRow] }],
    notes: [{ text: agrees ? t('report.tbAgrees') : t('report.tbDisagrees'), tone: agrees ? 'ok' : 'bad', mark: 'tb-status' }],
  });
}

type Section = z.output<typeof ProfitAndLossView>['sections'][number];
type Range = { from: string; to: string };

/** A section's heading: the statement's own words for it, else its account group's, else as the host named it. */
const sectionLabel = (s: Section, lang: Lang) => translate(`statement.${s.key}`, lang) ?? translate(`group.${s.key}`, lang) ?? s.label;

/** A group of accounts with its total; an empty group is left out. */
function sectionRows(s: Section, lang: Lang, range: Range): Row[] {
  if (s.rows.length === 0 && s.totalPaise === 0) return [];
  const label = sectionLabel(s, lang);
  return [
    { cells: [label, null], style: 'group' },
    ...s.rows.map((r): Row => ({
      cells: [`${translate(`statement.${r.code}`, lang) ?? accountName(r.code, r.name, lang)}${r.partyCount ? ` (${r.partyCount})` : ''}`, r.amountPaise],
      level: 1,
      drill: { kind: 'ledger', account: r.code, from: range.from, to: range.to },
    })),
    { cells: [sayIn(lang)('report.totalOf', { section: lang === 'en' ? label.toLowerCase() : label }), s.totalPaise], style: 'subtotal', level: 1 },
  ];
}

const particulars = (t: Say) => [col(t, 'report.col.particulars', 'text', 4), money(t, 'report.col.amount')];

export function profitAndLossReport(pl: z.output<typeof ProfitAndLossView>, lang: Lang): Report {
  const t = sayIn(lang);
  const rows = (sections: Section[]) => sections.flatMap((s) => sectionRows(s, lang, pl));
  const net = pl.netProfitPaise;
  return report({
    ...datedHead(t, lang, 'profitAndLoss', t('report.profitAndLoss'), pl, 'profit-and-loss'),
    parts: [
      {
        key: 'statement',
        columns: particulars(t),
        rows: [
          ...rows(pl.sections.slice(0, 4)),
          { cells: [t('report.grossProfit'), pl.grossProfitPaise], style: 'total', marks: [null, 'gross-profit'] },
          ...rows(pl.sections.slice(4)),
          { cells: [net >= 0 ? t('report.netProfit') : t('report.netLoss'), Math.abs(net)], style: 'total', headline: true, marks: [null, 'net-profit'] },
        ],
      },
    ],
  });
}

export function balanceSheetReport(bs: z.output<typeof BalanceSheetView>, lang: Lang): Report {
  const t = sayIn(lang);
  const range = { from: bs.fyFrom, to: bs.asOf };
  const side = (key: string, caption: string, sections: Section[], total: number, totalLabel: string, mark: string): Part => ({
    key,
    caption,
    columns: particulars(t),
    rows: [...sections.flatMap((s) => sectionRows(s, lang, range)), { cells: [totalLabel, total], style: 'total', marks: [null, mark] }],
  });
  return report({
    report: 'balanceSheet',
    lang,
    title: t('report.balanceSheet'),
    period: t('report.asOn', { date: formatDate(bs.asOf) }),
    fileBase: `balance-sheet-${bs.asOf}`,
    parts: [
      side(
        'liabilities',
        t('report.capitalAndLiabilities'),
        [bs.capital, ...bs.liabilities],
        bs.totalLiabilitiesPaise,
        t('report.totalCapitalAndLiabilities'),
        'bs-liabilities',
      ),
      side('assets', t('report.assets'), bs.assets, bs.totalAssetsPaise, t('report.totalAssets'), 'bs-assets'),
    ],
    notes: [
      bs.differencePaise === 0
        ? { text: t('report.bsBalances'), tone: 'ok' }
        : { text: t('report.bsDifference', { amount: formatInr(bs.differencePaise) }), tone: 'bad' },
    ],
  });
}
