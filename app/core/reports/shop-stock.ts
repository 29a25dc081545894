import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { formatInr } from '../format/inr';
import { sayIn } from '../i18n/fail';
import { divHalfUp } from '../money/paise';
import { shareBp } from './shop-sales';
import { col, money, datedHead, report, type Report, type Row } from './table';

/** Stock value by the age of its lots, dead and slow stock, and suppliers against their orders. */
const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY);

/** Upper bounds (days) of the age bands; a lot older than the last is in the last column. */
export const AGE_BANDS = [30, 60, 90, 180] as const;
export const bandOf = (ageDays: number) => {
  const i = AGE_BANDS.findIndex((b) => ageDays <= b);
  return i < 0 ? AGE_BANDS.length : i;
};

export interface LotLine {
  productId: string;
  receivedAt: string;
  valuePaise: number;
}
export interface ValuedProduct {
  productId: string;
  name: string;
  qtyMilli: number;
  valuePaise: number;
}

export interface AgedProduct extends ValuedProduct {
  /** value by band (AGE_BANDS, then older), then the value no lot accounts for */
  bands: number[];
}

/** Each product's value spread over its lots' ages; what the lots do not account for (cost averaging) stays in its own column. */
export function ageStock(products: readonly ValuedProduct[], lots: readonly LotLine[], asOf: string): AgedProduct[] {
  const byProduct = new Map<string, LotLine[]>();
  for (const l of lots) byProduct.set(l.productId, [...(byProduct.get(l.productId) ?? []), l]);
  return products.map((p) => {
    const bands = Array.from({ length: AGE_BANDS.length + 2 }, () => 0);
    for (const l of byProduct.get(p.productId) ?? []) {
      const b = bandOf(Math.max(0, daysBetween(l.receivedAt, asOf)));
      bands[b] = (bands[b] ?? 0) + l.valuePaise;
    }
    const inLots = bands.reduce((s, v) => s + v, 0);
    bands[AGE_BANDS.length + 1] = p.valuePaise - inLots;
    return { ...p, bands };
  });
}

export function stockAgeingReport(products: readonly ValuedProduct[], lots: readonly LotLine[], asOf: string, lang: Lang): Report {
  const t = sayIn(lang);
  const aged = ageStock(products, lots, asOf).sort((a, b) => b.valuePaise - a.valuePaise || a.name.localeCompare(b.name));
  const bandKeys = [
    'report.col.age0to30',
    'report.col.age31to60',
    'report.col.age61to90',
    'report.col.age91to180',
    'report.col.over180',
    'report.col.noLot',
  ] as const;
  const showNoLot = aged.some((a) => a.bands[AGE_BANDS.length + 1] !== 0);
  const keys = showNoLot ? bandKeys : bandKeys.slice(0, -1);
  const cut = (bands: number[]) => bands.slice(0, keys.length).map((v) => v || null);
  const total = aged.reduce((s, a) => s + a.valuePaise, 0);
  const totals = keys.map((_, i) => aged.reduce((s, a) => s + (a.bands[i] ?? 0), 0));
  return report({
    report: 'stockAgeing',
    lang,
    title: t('report.stockAgeing'),
    period: t('report.asOn', { date: formatDate(asOf) }),
    fileBase: `stock-ageing-${asOf}`,
    parts: [
      {
        key: 'products',
        columns: [col(t, 'report.col.item', 'text', 3), col(t, 'report.col.onHand', 'qty'), ...keys.map((k) => money(t, k)), money(t, 'report.col.value')],
        rows: [
          ...aged.map((a): Row => ({ cells: [a.name, a.qtyMilli, ...cut(a.bands), a.valuePaise] })),
          {
            cells: [t('report.total'), null, ...totals, total],
            style: 'total',
            marks: [null, null, ...keys.map(() => null), 'stock-ageing-total'],
          },
        ],
      },
    ],
    notes: [{ text: t('report.note.valueAgrees', { amount: formatInr(total) }), tone: 'info' }],
  });
}

export interface StockSold {
  productId: string;
  name: string;
  qtyMilli: number;
  valuePaise: number;
  /** sold over the last `days` days */
  soldMilli: number;
}

/** Slow: more stock than this many days of sales at the pace of the period. */
export const SLOW_DAYS = 90;

export const daysOfStock = (qtyMilli: number, soldMilli: number, days: number) => (soldMilli > 0 ? divHalfUp(qtyMilli * days, soldMilli) : null);

export function deadStockReport(stock: readonly StockSold[], lastSold: ReadonlyMap<string, string>, days: number, asOf: string, lang: Lang): Report {
  const t = sayIn(lang);
  const dead = stock.filter((s) => s.soldMilli <= 0).sort((a, b) => b.valuePaise - a.valuePaise || a.name.localeCompare(b.name));
  const slow = stock
    .map((s) => ({ ...s, cover: daysOfStock(s.qtyMilli, s.soldMilli, days) }))
    .filter((s): s is typeof s & { cover: number } => s.cover !== null && s.cover > SLOW_DAYS)
    .sort((a, b) => b.cover - a.cover || a.name.localeCompare(b.name));
  const value = (rows: readonly StockSold[]) => rows.reduce((s, r) => s + r.valuePaise, 0);
  return report({
    report: 'deadStock',
    lang,
    title: t('report.deadStock'),
    period: t('report.asOn', { date: formatDate(asOf) }),
    fileBase: `dead-stock-${days}-days-${asOf}`,
    parts: [
      {
        key: 'dead',
        caption: t('report.part.dead', { days }),
        columns: [
          col(t, 'report.col.item', 'text', 3),
          col(t, 'report.col.onHand', 'qty'),
          money(t, 'report.col.value'),
          col(t, 'report.col.lastSold', 'date'),
        ],
        rows: [
          ...dead.map((s): Row => ({ cells: [s.name, s.qtyMilli, s.valuePaise, lastSold.get(s.productId) ?? null] })),
          { cells: [t('report.total'), null, value(dead), null], style: 'total', marks: [null, null, 'dead-stock-total', null] },
        ],
      },
      {
        key: 'slow',
        caption: t('report.part.slow', { days: SLOW_DAYS }),
        columns: [
          col(t, 'report.col.item', 'text', 3),
          col(t, 'report.col.onHand', 'qty'),
          col(t, 'report.col.soldQty', 'qty'),
          col(t, 'report.col.daysOfStock', 'count'),
          money(t, 'report.col.value'),
        ],
        rows: [
          ...slow.map((s): Row => ({ cells: [s.name, s.qtyMilli, s.soldMilli, s.cover, s.valuePaise] })),
          { cells: [t('report.total'), null, null, null, value(slow)], style: 'total' },
        ],
      },
    ],
  });
}

export interface OrderLineFill {
  supplierId: string;
  supplierName: string;
  date: string;
  orderedMilli: number;
  receivedMilli: number;
  /** the first purchase bill against the order */
  firstBillDate: string | null;
}
export interface CostPointLine {
  supplierId: string;
  supplierName: string;
  productId: string;
  name: string;
  date: string;
  unitCostPaise: number;
}

export interface SupplierScore {
  supplierId: string;
  name: string;
  orders: number;
  orderedMilli: number;
  receivedMilli: number;
  fillBp: number;
  /** average days from order to first bill, in thousandths; null when nothing came against an order */
  leadMilliDays: number | null;
}

export function supplierScores(fills: readonly OrderLineFill[]): SupplierScore[] {
  const by = new Map<string, { name: string; fills: OrderLineFill[] }>();
  for (const f of fills) by.set(f.supplierId, { name: f.supplierName, fills: [...(by.get(f.supplierId)?.fills ?? []), f] });
  return [...by.entries()]
    .map(([supplierId, { name, fills: fs }]) => {
      const orderedMilli = fs.reduce((s, f) => s + f.orderedMilli, 0);
      const receivedMilli = fs.reduce((s, f) => s + f.receivedMilli, 0);
      const leads = fs.flatMap((f) => (f.firstBillDate ? [Math.max(0, daysBetween(f.date, f.firstBillDate))] : []));
      return {
        supplierId,
        name,
        orders: fs.length,
        orderedMilli,
        receivedMilli,
        fillBp: shareBp(receivedMilli, orderedMilli),
        leadMilliDays: leads.length ? divHalfUp(leads.reduce((s, d) => s + d, 0) * 1000, leads.length) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface CostChange {
  supplierName: string;
  name: string;
  firstPaise: number;
  lastPaise: number;
  changeBp: number;
}

/** Per supplier and product: the first and the latest unit cost billed in the period, where it changed. */
export function costChanges(points: readonly CostPointLine[]): CostChange[] {
  const by = new Map<string, CostPointLine[]>();
  for (const p of points) {
    const key = `${p.supplierId}\u0000${p.productId}`;
    by.set(key, [...(by.get(key) ?? []), p]);
  }
  return [...by.values()]
    .flatMap((ps) => {
      const first = ps[0];
      const last = ps[ps.length - 1];
      if (!first || !last || first.unitCostPaise === last.unitCostPaise) return [];
      const changeBp = first.unitCostPaise > 0 ? divHalfUp((last.unitCostPaise - first.unitCostPaise) * 10_000, first.unitCostPaise) : 0;
      return [{ supplierName: first.supplierName, name: first.name, firstPaise: first.unitCostPaise, lastPaise: last.unitCostPaise, changeBp }];
    })
    .sort((a, b) => Math.abs(b.changeBp) - Math.abs(a.changeBp) || a.name.localeCompare(b.name));
}

export function supplierPerformanceReport(
  fills: readonly OrderLineFill[],
  points: readonly CostPointLine[],
  range: { from: string; to: string },
  lang: Lang,
): Report {
  const t = sayIn(lang);
  const scores = supplierScores(fills);
  const ordered = scores.reduce((s, x) => s + x.orderedMilli, 0);
  const received = scores.reduce((s, x) => s + x.receivedMilli, 0);
  return report({
    ...datedHead(t, lang, 'supplierPerformance', t('report.supplierPerformance'), range, 'supplier-performance'),
    parts: [
      {
        key: 'suppliers',
        caption: t('report.part.suppliers'),
        columns: [
          col(t, 'report.col.supplier', 'text', 3),
          col(t, 'report.col.orders', 'count'),
          col(t, 'report.col.ordered', 'qty'),
          col(t, 'report.col.receivedQty', 'qty'),
          col(t, 'report.col.fillRate', 'percent'),
          col(t, 'report.col.leadDays', 'qty'),
        ],
        rows: [
          ...scores.map((s): Row => ({ cells: [s.name, s.orders, s.orderedMilli, s.receivedMilli, s.fillBp, s.leadMilliDays] })),
          {
            cells: [t('report.total'), scores.reduce((s, x) => s + x.orders, 0), ordered, received, shareBp(received, ordered), null],
            style: 'total',
            marks: [null, null, null, null, 'fill-rate-total', null],
          },
        ],
      },
      {
        key: 'costs',
        caption: t('report.part.costChanges'),
        columns: [
          col(t, 'report.col.supplier', 'text', 2.4),
          col(t, 'report.col.item', 'text', 3),
          money(t, 'report.col.firstCost'),
          money(t, 'report.col.lastCost'),
          col(t, 'report.col.change', 'percent'),
        ],
        rows: costChanges(points).map((c): Row => ({ cells: [c.supplierName, c.name, c.firstPaise, c.lastPaise, c.changeBp] })),
      },
    ],
    notes: [{ text: t('report.note.leadTime'), tone: 'info' }],
  });
}
