import { goodsOnly, isServiceCharge } from '../../billing/service-charge';
import { formatInr } from '../../format/inr';
import { sayIn } from '../../i18n/fail';
import { accountName } from '../../reports/names';
import { cashFlowReport, dayCloseReport } from '../../reports/shop-money';
import { billsOfReport, profitabilityReport, topCustomersReport, topProductsReport } from '../../reports/shop-sales';
import { deadStockReport, stockAgeingReport, supplierPerformanceReport } from '../../reports/shop-stock';
import { report, type Report } from '../../reports/table';
import { shopTitleOf } from '../../shop/identity';
import type { CallContext } from '../handler';
import { dashboard } from '../insights/dashboard';
import { inventoryHandlers } from '../inventory/handlers';
import type { ServiceDeps } from '../ports';
import type { Params } from '../../contract';

type ShopReport = 'topProducts' | 'topCustomers' | 'profitability' | 'cashFlow' | 'stockAgeing' | 'deadStock' | 'supplierPerformance' | 'dayClose' | 'billsOf';
type P = Params<'reports.view'> & { report: ShopReport };

const DEAD_DAYS = 60;
const DAY = 86_400_000;
const daysBefore = (date: string, days: number) => new Date(Date.parse(date) - days * DAY).toISOString().slice(0, 10);

/** An account's net debit from the first entry to `to`, from the books' daily sums. */
const netDebit = (deps: ServiceDeps, code: string, from: string, to: string) => {
  const m = deps.store.insights.accountMovement(code, from, to);
  return m.debitPaise - m.creditPaise;
};

/** Sales need the delivery fee (it is in Sales in the books): its own "Delivery charges" group, whatever the grouping. */
const chargesAsOwnRow = <R extends { productId: string; category: string; brand: string }>(rows: readonly R[], lang: CallContext['lang']): R[] =>
  rows.map((r) => (isServiceCharge(r.productId) ? { ...r, category: sayIn(lang)('report.deliveryCharges'), brand: sayIn(lang)('report.deliveryCharges') } : r));

/** The shop's own reports: the service reads, the pure builders in app/core/reports describe them. */
export function buildShopReport(deps: ServiceDeps, p: P, range: { from: string; to: string }, ctx: CallContext): Report {
  const lang = ctx.lang;
  const reads = deps.store.reportReads;
  const { from, to } = range;
  switch (p.report) {
    case 'topProducts':
      return topProductsReport(goodsOnly(reads.productTotals(from, to)), range, p.rankBy ?? 'amount', lang);
    case 'topCustomers':
      return topCustomersReport(reads.customerTotals(from, to), range, p.rankBy ?? 'amount', lang);
    case 'profitability':
      return profitabilityReport(chargesAsOwnRow(reads.productTotals(from, to), lang), range, p.groupBy ?? 'category', netDebit(deps, 'COGS', from, to), lang);
    case 'cashFlow':
      return cashFlowReport(reads.moneyAccounts(from, to), reads.moneyMovements(from, to), range, (code, name) => accountName(code, name, lang), lang);
    case 'stockAgeing':
      return stockAgeingReport(inventoryHandlers['inventory.valuation'](deps).products, reads.lotsOnHand(), to, lang);
    case 'deadStock': {
      const days = p.days ?? DEAD_DAYS;
      const stock = reads.stockAndSales(daysBefore(to, days - 1));
      const lastSold = reads.lastSold(stock.filter((s) => s.soldMilli <= 0).map((s) => s.productId));
      return deadStockReport(stock, lastSold, days, to, lang);
    }
    case 'supplierPerformance':
      return supplierPerformanceReport(reads.orderFills(from, to), reads.costPoints(from, to), range, lang);
    case 'dayClose': {
      const d = dashboard(deps, 'day', to);
      return dayCloseReport(
        {
          date: to,
          shopName: shopTitleOf(deps.store.shop.get()),
          bills: d.figures.bills.current,
          payments: d.payments,
          returns: d.returns,
          cashInDrawerPaise: d.cashInDrawerPaise,
          duesCollectedPaise: d.duesCollectedPaise,
          duesGivenPaise: d.duesGivenPaise,
          topItems: d.topProducts.map((x) => ({ name: lang === 'hi' && x.nameHi ? x.nameHi : x.name, qtyMilli: x.qtyMilli, salesPaise: x.salesPaise })),
        },
        lang,
      );
    }
    case 'billsOf': {
      const by = p.productId ? { productId: p.productId } : p.partyId ? { customerId: p.partyId } : {};
      const name = p.productId
        ? (deps.store.catalog.get(p.productId)?.name ?? '')
        : p.partyId
          ? (deps.store.parties.names('customer', [p.partyId]).get(p.partyId)?.name ?? '')
          : '';
      return billsOfReport(name, reads.billsOf(from, to, by), range, p.productId !== undefined, lang);
    }
  }
}

/** Khata ageing with its check: the customers' dues add up to the khata (debtors) balance in the books on that day. */
export function withKhataCheck(deps: ServiceDeps, model: Report, asOf: string): Report {
  const t = sayIn(model.lang);
  const rows = model.parts[0]?.rows ?? [];
  const totalRow = rows.find((r) => r.style === 'total');
  const due = typeof totalRow?.cells[2] === 'number' ? totalRow.cells[2] : 0;
  const advance = typeof totalRow?.cells[7] === 'number' ? totalRow.cells[7] : 0;
  const books = netDebit(deps, 'DEBTORS', '0001-01-01', asOf);
  const agrees = due - advance === books;
  const { summary: _summary, ...draft } = model;
  return report({
    ...draft,
    notes: [
      ...model.notes,
      agrees
        ? { text: t('report.note.khataAgrees', { amount: formatInr(books) }), tone: 'ok', mark: 'khata-check' }
        : { text: t('report.note.khataDiffers', { amount: formatInr(books), diff: formatInr(due - advance - books) }), tone: 'bad', mark: 'khata-check' },
    ],
  });
}
