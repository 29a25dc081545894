import type { z } from 'zod';
import type { BalanceSheetView, ProfitAndLossView, TrialBalanceView } from '../contract';
import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { formatInr } from '../format/inr';
import { sayIn, type Say } from '../i18n/fail';
import { translate } from '../i18n/index';
import { accountName, groupWord } from './names';
import { col, drCr, money, datedHead, report, type Part, type Report, type Row } from './table';

/** The statements: trial balance, profit and loss, balance sheet; each row drills to its ledger. */
export function trialBalanceReport(tb: z.output<typeof TrialBalanceView>, lang: Lang): Report {
  const t = sayIn(lang);
  const total = tb.totals;
  const columns = [
    col(t, 'report.col.account', 'text', 4),
    ...(['report.col.openingDr', 'report.col.openingCr', 'report.col.debit', 'report.col.credit', 'report.col.closingDr', 'report.col.closingCr'] as const).map(
      (k) => money(t, k),
    ),
  ];
  const rows = tb.rows.map((r): Row => ({
    cells: [accountName(r.code, r.name, lang), ...drCr(r.openingPaise), r.debitPaise || null, r.creditPaise || null, ...drCr(r.closingPaise)],
    details: [[r.partyName, r.code, groupWord(r.group, lang)].filter(Boolean).join(' · ')],
    level: r.partyId ? 1 : 0,
    drill: { kind: 'ledger', account: r.code, ...(r.partyId ? { partyId: r.partyId } : {}), from: tb.from, to: tb.to },
  }));
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
      cells: [translate(`statement.${r.code}`, lang) ?? accountName(r.code, r.name, lang), r.amountPaise],
      ...(r.partyCount ? { details: [`(${r.partyCount})`] } : {}),
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
