import { formatDate } from '../format/date';
import type { Lang } from '../contract/vocabulary';
import { sayIn } from '../i18n/fail';
import { col, money, report, type Report, type Row } from './table';

/** What the stock is worth at cost, product by product, by the shop's valuation method, on a day. */
export interface StockValuation {
  method: 'wavg' | 'fifo';
  totalPaise: number;
  products: ReadonlyArray<{ productId: string; name: string; qtyMilli: number; valuePaise: number; unitCostPaise: number }>;
}

const METHODS = { wavg: 'report.method.wavg', fifo: 'report.method.fifo' } as const;

export function stockValuationReport(v: StockValuation, asOf: string, lang: Lang): Report {
  const t = sayIn(lang);
  const rows = v.products.map((p): Row => ({ cells: [p.name, p.qtyMilli, p.unitCostPaise, p.valuePaise] }));
  return report({
    report: 'stockValuation',
    lang,
    title: t('report.stockValuation', { method: t(METHODS[v.method]) }),
    period: t('report.asOn', { date: formatDate(asOf) }),
    fileBase: `stock-value-${asOf}`,
    parts: [
      {
        key: 'products',
        columns: [col(t, 'report.col.item', 'text', 4), col(t, 'report.col.onHand', 'qty'), money(t, 'report.col.unitCost'), money(t, 'report.col.value')],
        rows: [...rows, { cells: [t('report.total'), null, null, v.totalPaise], style: 'total', marks: [null, null, null, 'stock-value-total'] }],
      },
    ],
  });
}
