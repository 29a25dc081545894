import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { formatInr } from '../format/inr';
import { formatCell } from '../format/cell';
import { sayIn } from '../i18n/fail';
import { col, money, datedHead, report, type Report, type Row } from './table';

/**
 * Cash flow (money accounts' in and out by the kind of entry that moved them) and the closing
 * day's summary for WhatsApp.
 */
export const FLOW_KINDS = ['sales', 'khata', 'purchases', 'expenses', 'refunds', 'transfers', 'drawer', 'other'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];
/** Each kind's words, named in full so every key the catalogue holds is seen in use. */
const FLOW_WORDS = {
  sales: 'report.flow.sales',
  khata: 'report.flow.khata',
  purchases: 'report.flow.purchases',
  expenses: 'report.flow.expenses',
  refunds: 'report.flow.refunds',
  transfers: 'report.flow.transfers',
  drawer: 'report.flow.drawer',
  other: 'report.flow.other',
} as const satisfies Record<FlowKind, string>;

/** Which line of the cash flow an entry's money belongs to, by what posted it. */
export function flowKindOf(voucherType: string, refType: string): FlowKind {
  if (refType === 'invoice') return 'sales';
  if (refType === 'credit_note') return 'refunds';
  if (refType === 'purchase_bill' || refType === 'purchase_return') return 'purchases';
  switch (voucherType) {
    case 'receipt':
      return 'khata';
    case 'payment':
      return 'purchases';
    case 'expense':
      return 'expenses';
    case 'contra':
    case 'settlement':
      return 'transfers';
    case 'register':
      return 'drawer';
    default:
      return 'other';
  }
}

export interface MoneyAccountLine {
  code: string;
  name: string;
  openingPaise: number;
  debitPaise: number;
  creditPaise: number;
}
export interface MoneyMovementLine {
  accountCode: string;
  voucherType: string;
  refType: string;
  debitPaise: number;
  creditPaise: number;
}

export interface Flow {
  kind: FlowKind;
  inPaise: number;
  outPaise: number;
}

/**
 * In and out by kind. The journal's other entries are read one by one; what the counter's bills
 * moved is each account's whole movement less those, so a year of bills is never read line by line.
 */
export function cashFlows(accounts: readonly MoneyAccountLine[], others: readonly MoneyMovementLine[]): Flow[] {
  const flows = new Map<FlowKind, Flow>(FLOW_KINDS.map((k) => [k, { kind: k, inPaise: 0, outPaise: 0 }]));
  const add = (kind: FlowKind, dr: number, cr: number) => {
    const f = flows.get(kind);
    if (f) {
      f.inPaise += dr;
      f.outPaise += cr;
    }
  };
  for (const a of accounts) {
    const rest = others.filter((m) => m.accountCode === a.code);
    for (const m of rest) add(flowKindOf(m.voucherType, m.refType), m.debitPaise, m.creditPaise);
    add('sales', a.debitPaise - rest.reduce((s, m) => s + m.debitPaise, 0), a.creditPaise - rest.reduce((s, m) => s + m.creditPaise, 0));
  }
  return [...flows.values()].filter((f) => f.inPaise !== 0 || f.outPaise !== 0);
}

export function cashFlowReport(
  accounts: readonly MoneyAccountLine[],
  others: readonly MoneyMovementLine[],
  range: { from: string; to: string },
  accountName: (code: string, name: string) => string,
  lang: Lang,
): Report {
  const t = sayIn(lang);
  const flows = cashFlows(accounts, others);
  const used = accounts.filter((a) => a.openingPaise !== 0 || a.debitPaise !== 0 || a.creditPaise !== 0);
  const sum = (pick: (a: MoneyAccountLine) => number) => used.reduce((s, a) => s + pick(a), 0);
  const inTotal = flows.reduce((s, f) => s + f.inPaise, 0);
  const outTotal = flows.reduce((s, f) => s + f.outPaise, 0);
  return report({
    ...datedHead(t, lang, 'cashFlow', t('report.cashFlow'), range, 'cash-flow'),
    parts: [
      {
        key: 'flows',
        caption: t('report.part.byKind'),
        columns: [col(t, 'report.col.kind', 'text', 3), money(t, 'report.col.moneyIn'), money(t, 'report.col.moneyOut'), money(t, 'report.col.net')],
        rows: [
          ...flows.map((f): Row => ({ cells: [t(FLOW_WORDS[f.kind]), f.inPaise || null, f.outPaise || null, f.inPaise - f.outPaise] })),
          { cells: [t('report.total'), inTotal, outTotal, inTotal - outTotal], style: 'total', marks: [null, null, null, 'cash-flow-net'] },
        ],
      },
      {
        key: 'accounts',
        caption: t('report.part.byAccount'),
        columns: [
          col(t, 'report.col.account', 'text', 3),
          money(t, 'report.col.opening'),
          money(t, 'report.col.moneyIn'),
          money(t, 'report.col.moneyOut'),
          money(t, 'report.col.closing'),
        ],
        rows: [
          ...used.map((a): Row => ({
            cells: [accountName(a.code, a.name), a.openingPaise, a.debitPaise, a.creditPaise, a.openingPaise + a.debitPaise - a.creditPaise],
            drill: { kind: 'ledger', account: a.code, from: range.from, to: range.to },
          })),
          {
            cells: [
              t('report.total'),
              sum((a) => a.openingPaise),
              sum((a) => a.debitPaise),
              sum((a) => a.creditPaise),
              sum((a) => a.openingPaise + a.debitPaise - a.creditPaise),
            ],
            style: 'total',
          },
        ],
      },
    ],
  });
}

export interface DayFigures {
  date: string;
  shopName: string;
  bills: number;
  payments: { cashPaise: number; upiPaise: number; cardPaise: number; creditPaise: number };
  returns: { count: number; totalPaise: number };
  cashInDrawerPaise: number;
  duesCollectedPaise: number;
  duesGivenPaise: number;
  topItems: ReadonlyArray<{ name: string; qtyMilli: number; salesPaise: number }>;
}

const TOP_ITEMS = 5;

/** The closing note: the day's takings by tender, returns, the drawer, dues, top items; its summary is the WhatsApp text. */
export function dayCloseReport(d: DayFigures, lang: Lang): Report {
  const t = sayIn(lang);
  const p = d.payments;
  const takings = p.cashPaise + p.upiPaise + p.cardPaise + p.creditPaise;
  const top = d.topItems.slice(0, TOP_ITEMS);
  const figures: Array<[string, number, string?]> = [
    [t('report.day.sales', { bills: d.bills }), takings, 'day-takings'],
    [t('report.day.cash'), p.cashPaise],
    [t('report.day.upi'), p.upiPaise],
    [t('report.day.card'), p.cardPaise],
    [t('report.day.khata'), p.creditPaise],
    [t('report.day.returns', { count: d.returns.count }), d.returns.totalPaise],
    [t('report.day.drawer'), d.cashInDrawerPaise, 'day-drawer'],
    [t('report.day.duesCollected'), d.duesCollectedPaise],
    [t('report.day.duesGiven'), d.duesGivenPaise],
  ];
  const base = report({
    report: 'dayClose',
    lang,
    title: t('report.dayClose'),
    period: formatDate(d.date),
    fileBase: `day-close-${d.date}`,
    parts: [
      {
        key: 'day',
        caption: t('report.part.day'),
        columns: [col(t, 'report.col.particulars', 'text', 3), money(t, 'report.col.amount')],
        rows: figures.map(([label, v, mark], i): Row => ({
          cells: [label, v],
          ...(i === 0 ? { headline: true } : i <= 4 ? { level: 1 } : {}),
          ...(mark ? { marks: [null, mark] } : {}),
        })),
      },
      {
        key: 'topItems',
        caption: t('report.part.topItems'),
        columns: [col(t, 'report.col.item', 'text', 3), col(t, 'report.col.qty', 'qty'), money(t, 'report.col.sales')],
        rows: top.map((x): Row => ({ cells: [x.name, x.qtyMilli, x.salesPaise] })),
      },
    ],
  });
  const lines = [
    `*${d.shopName} · ${t('report.dayClose')} · ${formatDate(d.date)}*`,
    ...figures.filter(([, v], i) => i < 6 || v !== 0).map(([label, v]) => `${label}: ${formatInr(v)}`),
  ];
  if (top.length > 0) lines.push(t('report.day.top', { items: top.map((x) => `${x.name} (${formatCell(x.qtyMilli, 'qty')})`).join(', ') }));
  return { ...base, summary: lines.join('\n') };
}
