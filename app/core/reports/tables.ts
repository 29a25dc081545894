import type { z } from 'zod';
import type {
  AgeingRow,
  BalanceSheetView,
  DayBookView,
  LedgerView,
  PartyLedger,
  ProfitAndLossView,
  PurchaseRegisterView,
  SalesRegisterView,
  TrialBalanceView,
} from '../contract';
import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { formatInr } from '../format/inr';
import { sayIn, type Say } from '../i18n/fail';
import { translate } from '../i18n/index';
import type { MessageKey } from '../i18n/catalogue';
import type { CellKind, ReportTable, TableColumn, TableRow } from './table';

/**
 * Each book and statement as the table its Excel and PDF exports draw: the same figures as the
 * screen, every word in the caller's language (app/core/i18n/reports.ts).
 */
const period = (t: Say, from: string, to: string) => t('report.period', { from: formatDate(from), to: formatDate(to) });
const drCr = (signed: number): [number | null, number | null] => [signed > 0 ? signed : null, signed < 0 ? -signed : null];
const col = (t: Say, labelKey: MessageKey & `report.col.${string}`, kind: CellKind, width?: number): TableColumn => ({
  label: t(labelKey),
  labelKey,
  kind,
  ...(width === undefined ? {} : { width }),
});
const money = (t: Say, key: MessageKey & `report.col.${string}`) => col(t, key, 'money');
const taxColumns = (t: Say) =>
  (['report.col.taxable', 'report.col.cgst', 'report.col.sgst', 'report.col.igst', 'report.col.cess', 'report.col.total'] as const).map((k) => money(t, k));

export function trialBalanceTable(tb: z.output<typeof TrialBalanceView>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  const total = tb.totals;
  return {
    lang,
    title: t('report.trialBalance'),
    period: period(t, tb.from, tb.to),
    fileBase: `trial-balance-${tb.from}-${tb.to}`,
    columns: [
      col(t, 'report.col.account', 'text', 4),
      ...(
        ['report.col.openingDr', 'report.col.openingCr', 'report.col.debit', 'report.col.credit', 'report.col.closingDr', 'report.col.closingCr'] as const
      ).map((k) => money(t, k)),
    ],
    rows: [
      ...tb.rows.map((r): TableRow => ({
        cells: [r.partyName ? `${r.name}: ${r.partyName}` : r.name, ...drCr(r.openingPaise), r.debitPaise, r.creditPaise, ...drCr(r.closingPaise)],
        level: r.partyId ? 1 : 0,
      })),
      {
        cells: [t('report.total'), ...drCr(total.openingPaise), total.debitPaise, total.creditPaise, total.closingDebitPaise, total.closingCreditPaise],
        strong: true,
      },
    ],
    notes: [total.closingDebitPaise === total.closingCreditPaise ? t('report.tbAgrees') : t('report.tbDisagrees')],
  };
}

type Section = z.output<typeof ProfitAndLossView>['sections'][number];

/** A section's heading: the statement's own words for it, else its account group's, else as the host named it. */
const sectionLabel = (s: Section, lang: Lang) => translate(`statement.${s.key}`, lang) ?? translate(`group.${s.key}`, lang) ?? s.label;

const sectionRows = (s: Section, lang: Lang): TableRow[] => {
  const label = sectionLabel(s, lang);
  return [
    { cells: [label, null], strong: true },
    ...s.rows.map((r): TableRow => ({ cells: [translate(`statement.${r.code}`, lang) ?? r.name, r.amountPaise], level: 1 })),
    { cells: [sayIn(lang)('report.totalOf', { section: lang === 'en' ? label.toLowerCase() : label }), s.totalPaise], level: 1 },
  ];
};

const particulars = (t: Say) => [col(t, 'report.col.particulars', 'text', 4), money(t, 'report.col.amount')];

export function profitAndLossTable(pl: z.output<typeof ProfitAndLossView>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  const rows = (sections: Section[]) => sections.flatMap((s) => sectionRows(s, lang));
  return {
    lang,
    title: t('report.profitAndLoss'),
    period: period(t, pl.from, pl.to),
    fileBase: `profit-and-loss-${pl.from}-${pl.to}`,
    columns: particulars(t),
    rows: [
      ...rows(pl.sections.slice(0, 4)),
      { cells: [t('report.grossProfit'), pl.grossProfitPaise], strong: true },
      ...rows(pl.sections.slice(4)),
      { cells: [t('report.netProfit'), pl.netProfitPaise], strong: true },
    ],
  };
}

export function balanceSheetTable(bs: z.output<typeof BalanceSheetView>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  return {
    lang,
    title: t('report.balanceSheet'),
    period: t('report.asOn', { date: formatDate(bs.asOf) }),
    fileBase: `balance-sheet-${bs.asOf}`,
    columns: particulars(t),
    rows: [
      { cells: [t('report.capitalAndLiabilities'), null], strong: true },
      ...sectionRows(bs.capital, lang),
      ...bs.liabilities.flatMap((s) => sectionRows(s, lang)),
      { cells: [t('report.totalCapitalAndLiabilities'), bs.totalLiabilitiesPaise], strong: true },
      { cells: [t('report.assets'), null], strong: true },
      ...bs.assets.flatMap((s) => sectionRows(s, lang)),
      { cells: [t('report.totalAssets'), bs.totalAssetsPaise], strong: true },
    ],
    notes: [bs.differencePaise === 0 ? t('report.bsBalances') : t('report.bsDifference', { amount: formatInr(bs.differencePaise) })],
  };
}

type LedgerLike = Pick<z.output<typeof LedgerView>, 'from' | 'to' | 'openingPaise' | 'rows' | 'closingPaise'> | z.output<typeof PartyLedger>;

/** Which ledger: an account's, a cash or bank book, or a party's statement of account. */
export type LedgerTitle = { key: 'report.ledger' | 'report.cashBook' | 'report.bankBook'; account: string } | { key: 'report.statement'; party: string };

const titleIn = (lang: Lang, title: LedgerTitle) =>
  title.key === 'report.statement' ? sayIn(lang)(title.key, { party: title.party }) : sayIn(lang)(title.key, { account: title.account });

const voucherWord = (type: string, lang: Lang) => translate(`voucherType.${type}`, lang) ?? type;

export function ledgerTable(which: LedgerTitle, l: LedgerLike, lang: Lang): ReportTable {
  const t = sayIn(lang);
  return {
    lang,
    title: titleIn(lang, which),
    period: period(t, l.from, l.to),
    // File names stay in plain English letters, whatever the language inside.
    fileBase: `${titleIn('en', which)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}-${l.from}-${l.to}`,
    columns: [
      col(t, 'report.col.date', 'date'),
      col(t, 'report.col.voucher', 'text', 1.6),
      col(t, 'report.col.particulars', 'text', 4),
      money(t, 'report.col.debit'),
      money(t, 'report.col.credit'),
      money(t, 'report.col.balance'),
    ],
    rows: [
      { cells: [l.from, null, t('report.openingBalance'), null, null, l.openingPaise], strong: true },
      ...l.rows.map((r): TableRow => ({
        cells: [
          r.date,
          r.number ?? voucherWord(r.voucherType, lang),
          [r.particulars, r.narration].filter(Boolean).join(' — '),
          r.debitPaise || null,
          r.creditPaise || null,
          r.balancePaise,
        ],
      })),
      { cells: [l.to, null, t('report.closingBalance'), null, null, l.closingPaise], strong: true },
    ],
  };
}

export function dayBookTable(d: z.output<typeof DayBookView>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  return {
    lang,
    title: t('report.dayBook'),
    period: period(t, d.from, d.to),
    fileBase: `day-book-${d.from}-${d.to}`,
    columns: [
      col(t, 'report.col.date', 'date'),
      col(t, 'report.col.voucher', 'text', 1.6),
      col(t, 'report.col.account', 'text', 4),
      money(t, 'report.col.debit'),
      money(t, 'report.col.credit'),
    ],
    rows: d.entries.flatMap((e): TableRow[] => [
      { cells: [e.date, e.document.number ?? voucherWord(e.voucherType, lang), e.narration, null, null], strong: true },
      ...e.lines.map((l): TableRow => ({ cells: [null, null, l.accountName, l.debitPaise || null, l.creditPaise || null], level: 1 })),
    ]),
    notes: [t('report.dayBookNote', { count: d.entries.length, amount: formatInr(d.totalPaise) })],
  };
}

type Taxes = { taxablePaise: number; cgstPaise: number; sgstPaise: number; igstPaise: number; cessPaise: number; totalPaise: number };
const taxCells = (x: Taxes) => [x.taxablePaise, x.cgstPaise, x.sgstPaise, x.igstPaise, x.cessPaise, x.totalPaise];

export function salesRegisterTable(r: z.output<typeof SalesRegisterView>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  return {
    lang,
    title: t('report.salesRegister'),
    period: period(t, r.from, r.to),
    fileBase: `sales-register-${r.from}-${r.to}`,
    columns: [
      col(t, 'report.col.date', 'date'),
      col(t, 'report.col.number', 'text', 1.6),
      col(t, 'report.col.customer', 'text', 2),
      col(t, 'report.col.gstin', 'text', 1.6),
      ...taxColumns(t),
    ],
    rows: [
      ...r.rows.map((x): TableRow => ({
        cells: [
          x.date,
          x.status === 'cancelled' ? t('report.cancelledNumber', { number: x.number }) : x.number,
          x.customerName ?? t('report.walkIn'),
          x.gstin ?? '',
          ...taxCells(x),
        ],
      })),
      { cells: ['', t('report.total'), '', '', ...taxCells(r.totals)], strong: true },
    ],
  };
}

export function purchaseRegisterTable(r: z.output<typeof PurchaseRegisterView>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  return {
    lang,
    title: t('report.purchaseRegister'),
    period: period(t, r.from, r.to),
    fileBase: `purchase-register-${r.from}-${r.to}`,
    columns: [
      col(t, 'report.col.date', 'date'),
      col(t, 'report.col.billOrNote', 'text', 1.6),
      col(t, 'report.col.billDate', 'date'),
      col(t, 'report.col.supplier', 'text', 2),
      col(t, 'report.col.gstin', 'text', 1.4),
      ...taxColumns(t),
    ],
    rows: [
      ...r.rows.map((x): TableRow => {
        const number = x.number ?? voucherWord(x.voucherType, lang);
        return {
          cells: [
            x.date,
            x.against ? t('report.againstNumber', { number, against: x.against }) : number,
            x.supplierDate,
            x.supplierName ?? '',
            x.supplierGstin ?? '',
            ...taxCells(x),
          ],
        };
      }),
      { cells: ['', t('report.total'), null, '', '', ...taxCells(r.totals)], strong: true },
    ],
  };
}

export function ageingTable(kind: 'customer' | 'supplier', asOf: string, rows: ReadonlyArray<z.output<typeof AgeingRow>>, lang: Lang): ReportTable {
  const t = sayIn(lang);
  return {
    lang,
    title: t(kind === 'customer' ? 'report.ageingCustomers' : 'report.ageingSuppliers'),
    period: t('report.asOn', { date: formatDate(asOf) }),
    fileBase: `ageing-${kind}s-${asOf}`,
    columns: [
      col(t, kind === 'customer' ? 'report.col.customer' : 'report.col.supplier', 'text', 3),
      col(t, 'report.col.phone', 'text', 1.4),
      ...(['report.col.due', 'report.col.days0to30', 'report.col.days31to60', 'report.col.days61to90', 'report.col.over90', 'report.col.advance'] as const).map(
        (k) => money(t, k),
      ),
    ],
    rows: rows.map((r) => ({ cells: [r.name, r.phone, r.balancePaise, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.advancePaise || null] })),
  };
}
