import type { Lang } from '../contract/vocabulary';
import { formatInr } from '../format/inr';
import { sayIn, type Say } from '../i18n/fail';
import { divHalfUp } from '../money/paise';
import { col, money, datedHead, report, slug, type Column, type Report, type Row } from './table';

/**
 * Top products and customers, and profitability by category or brand: sales are the bills' taxable
 * value (the books' SALES) less returns, cost is the cost of goods each bill posted (COGS).
 */
export type RankBy = 'amount' | 'qty' | 'bills';
export type ProfitBy = 'category' | 'brand';

export interface ProductLine {
  productId: string;
  name: string;
  nameHi: string | null;
  category: string;
  brand: string;
  /** bill lines naming the product */
  lines: number;
  qtyMilli: number;
  taxablePaise: number;
  costPaise: number;
}

export interface CustomerLine {
  customerId: string;
  name: string;
  phone: string;
  bills: number;
  /** bill lines */
  items: number;
  /** what the customer paid, GST included, less returns */
  payablePaise: number;
  taxablePaise: number;
}

const TOP_ROWS = 100;

/** A share of a whole in basis points (0 when there is no whole). */
export const shareBp = (part: number, whole: number) => (whole > 0 ? divHalfUp(part * 10_000, whole) : 0);

const RANKS = { amount: 'report.rank.amount', qty: 'report.rank.qty', bills: 'report.rank.bills' } as const;

function ranked<T>(rows: readonly T[], key: (r: T) => number, name: (r: T) => string): T[] {
  return [...rows].sort((a, b) => key(b) - key(a) || name(a).localeCompare(name(b)));
}

/** The first rows, then the rest summed into one muted "Others" row, then the total. */
function withOthers(t: Say, rows: Row[], columns: Column[], extra: (others: Row['cells'][]) => Row['cells']): Row[] {
  if (rows.length <= TOP_ROWS) return rows;
  const rest = rows.slice(TOP_ROWS).map((r) => r.cells);
  return [...rows.slice(0, TOP_ROWS), { cells: [t('report.others', { count: rest.length }), ...extra(rest)].slice(0, columns.length), style: 'muted' }];
}

const sumAt = (cells: Row['cells'][], i: number) => cells.reduce<number>((s, c) => s + (typeof c[i] === 'number' ? c[i] : 0), 0);

export function topProductsReport(lines: readonly ProductLine[], range: { from: string; to: string }, by: RankBy, lang: Lang): Report {
  const t = sayIn(lang);
  const total = lines.reduce((s, l) => s + l.taxablePaise, 0);
  const key = (l: ProductLine) => (by === 'qty' ? l.qtyMilli : by === 'bills' ? l.lines : l.taxablePaise);
  const columns = [
    col(t, 'report.col.item', 'text', 3),
    col(t, 'report.col.category', 'text', 1.6),
    col(t, 'report.col.bills', 'count'),
    col(t, 'report.col.qty', 'qty'),
    money(t, 'report.col.sales'),
    money(t, 'report.col.margin'),
    col(t, 'report.col.share', 'percent'),
  ];
  const rows = ranked(lines, key, (l) => l.name).map((l): Row => ({
    cells: [
      lang === 'hi' && l.nameHi ? l.nameHi : l.name,
      l.category,
      l.lines,
      l.qtyMilli,
      l.taxablePaise,
      l.taxablePaise - l.costPaise,
      shareBp(l.taxablePaise, total),
    ],
    drill: { kind: 'bills', from: range.from, to: range.to, productId: l.productId },
  }));
  const sums = (cells: Row['cells'][]) => [null, sumAt(cells, 2), sumAt(cells, 3), sumAt(cells, 4), sumAt(cells, 5), shareBp(sumAt(cells, 4), total)];
  const all = rows.map((r) => r.cells);
  return report({
    ...datedHead(t, lang, 'topProducts', t('report.topProducts'), range, 'top-products'),
    parts: [
      {
        key: 'products',
        columns,
        rows: [
          ...withOthers(t, rows, columns, sums),
          { cells: [t('report.total'), ...sums(all)], style: 'total', marks: [null, null, null, null, 'top-products-total'] },
        ],
      },
    ],
    notes: [{ text: t('report.note.rankedBy', { by: t(RANKS[by]) }), tone: 'info' }],
  });
}

export function topCustomersReport(lines: readonly CustomerLine[], range: { from: string; to: string }, by: RankBy, lang: Lang): Report {
  const t = sayIn(lang);
  const total = lines.reduce((s, l) => s + l.taxablePaise, 0);
  const key = (l: CustomerLine) => (by === 'qty' ? l.items : by === 'bills' ? l.bills : l.taxablePaise);
  const columns = [
    col(t, 'report.col.customer', 'text', 3),
    col(t, 'report.col.phone', 'text', 1.4),
    col(t, 'report.col.bills', 'count'),
    col(t, 'report.col.items', 'count'),
    money(t, 'report.col.sales'),
    money(t, 'report.col.paid'),
    col(t, 'report.col.share', 'percent'),
  ];
  const rows = ranked(lines, key, (l) => l.name).map((l): Row => ({
    cells: [l.name, l.phone, l.bills, l.items, l.taxablePaise, l.payablePaise, shareBp(l.taxablePaise, total)],
    drill: { kind: 'bills', from: range.from, to: range.to, customerId: l.customerId },
  }));
  const sums = (cells: Row['cells'][]) => [null, sumAt(cells, 2), sumAt(cells, 3), sumAt(cells, 4), sumAt(cells, 5), shareBp(sumAt(cells, 4), total)];
  return report({
    ...datedHead(t, lang, 'topCustomers', t('report.topCustomers'), range, 'top-customers'),
    parts: [
      {
        key: 'customers',
        columns,
        rows: [
          ...withOthers(t, rows, columns, sums),
          { cells: [t('report.total'), ...sums(rows.map((r) => r.cells))], style: 'total', marks: [null, null, null, null, 'top-customers-total'] },
        ],
      },
    ],
    notes: [{ text: t('report.note.rankedBy', { by: t(RANKS[by]) }), tone: 'info' }],
  });
}

export interface ProfitGroup {
  name: string;
  salesPaise: number;
  costPaise: number;
  marginPaise: number;
  marginBp: number;
}

/** Sales less cost of goods per category (or brand), biggest margin first. */
export function profitGroups(lines: readonly ProductLine[], by: ProfitBy, unnamed: string): ProfitGroup[] {
  const groups = new Map<string, { salesPaise: number; costPaise: number }>();
  for (const l of lines) {
    const name = (by === 'brand' ? l.brand : l.category).trim() || unnamed;
    const g = groups.get(name) ?? { salesPaise: 0, costPaise: 0 };
    g.salesPaise += l.taxablePaise;
    g.costPaise += l.costPaise;
    groups.set(name, g);
  }
  return [...groups.entries()]
    .map(([name, g]) => ({ name, ...g, marginPaise: g.salesPaise - g.costPaise, marginBp: shareBp(g.salesPaise - g.costPaise, g.salesPaise) }))
    .sort((a, b) => b.marginPaise - a.marginPaise || a.name.localeCompare(b.name));
}

/** Profitability by category or brand; `booksCogsPaise` is the COGS account's net debit over the period, for the check note. */
export function profitabilityReport(
  lines: readonly ProductLine[],
  range: { from: string; to: string },
  by: ProfitBy,
  booksCogsPaise: number,
  lang: Lang,
): Report {
  const t = sayIn(lang);
  const groups = profitGroups(lines, by, t(by === 'brand' ? 'report.noBrand' : 'report.noCategory'));
  const sales = groups.reduce((s, g) => s + g.salesPaise, 0);
  const cost = groups.reduce((s, g) => s + g.costPaise, 0);
  const agrees = cost === booksCogsPaise;
  return report({
    ...datedHead(
      t,
      lang,
      'profitability',
      t('report.profitability', { by: t(by === 'brand' ? 'report.by.brand' : 'report.by.category') }),
      range,
      `profitability-${by}`,
    ),
    parts: [
      {
        key: 'groups',
        columns: [
          col(t, by === 'brand' ? 'report.col.brand' : 'report.col.category', 'text', 3),
          money(t, 'report.col.sales'),
          money(t, 'report.col.cost'),
          money(t, 'report.col.margin'),
          col(t, 'report.col.marginPct', 'percent'),
          col(t, 'report.col.share', 'percent'),
        ],
        rows: [
          ...groups.map((g): Row => ({ cells: [g.name, g.salesPaise, g.costPaise, g.marginPaise, g.marginBp, shareBp(g.salesPaise, sales)] })),
          {
            cells: [t('report.total'), sales, cost, sales - cost, shareBp(sales - cost, sales), sales > 0 ? 10_000 : 0],
            style: 'total',
            marks: [null, 'profit-sales-total', 'profit-cost-total', 'profit-margin-total', null, null],
          },
        ],
      },
    ],
    notes: [
      agrees
        ? { text: t('report.note.cogsAgrees', { amount: formatInr(booksCogsPaise) }), tone: 'ok', mark: 'cogs-check' }
        : {
            text: t('report.note.cogsDiffers', { amount: formatInr(booksCogsPaise), diff: formatInr(cost - booksCogsPaise) }),
            tone: 'bad',
            mark: 'cogs-check',
          },
    ],
  });
}

export interface BillLine {
  invoiceId: string;
  number: string;
  date: string;
  customer: string | null;
  status: 'posted' | 'cancelled';
  qtyMilli: number | null;
  payablePaise: number;
}

/** The bills behind a top product's or customer's row; a row opens its bill. */
export function billsOfReport(name: string, bills: readonly BillLine[], range: { from: string; to: string }, withQty: boolean, lang: Lang): Report {
  const t = sayIn(lang);
  const posted = bills.filter((b) => b.status === 'posted');
  return report({
    ...datedHead(t, lang, 'billsOf', t('report.billsOf', { name }), range, `bills-${slug(name) || 'of'}`),
    parts: [
      {
        key: 'bills',
        columns: [
          col(t, 'report.col.date', 'date'),
          col(t, 'report.col.number', 'text', 1.6),
          col(t, 'report.col.customer', 'text', 2.4),
          ...(withQty ? [col(t, 'report.col.qty', 'qty')] : []),
          money(t, 'report.col.paid'),
        ],
        rows: [
          ...bills.map((b): Row => ({
            cells: [b.date, b.number, b.customer ?? t('report.walkIn'), ...(withQty ? [b.qtyMilli] : []), b.payablePaise],
            drill: { kind: 'document', refId: b.invoiceId },
            ...(b.status === 'cancelled' ? { style: 'cancelled' as const } : {}),
          })),
          {
            cells: [
              null,
              t('report.total'),
              null,
              ...(withQty ? [posted.reduce((s, b) => s + (b.qtyMilli ?? 0), 0)] : []),
              posted.reduce((s, b) => s + b.payablePaise, 0),
            ],
            style: 'total',
          },
        ],
      },
    ],
  });
}
