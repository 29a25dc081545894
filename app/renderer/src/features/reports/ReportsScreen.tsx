import { splitPath, usePath } from '../../app/router';
import { currentSection, SectionedScreen, sectionsInOrder } from '../../ui/SectionTabs';
import { BillsOf, DayReport, DeadStock, PeriodReport, Profitability, TopReport } from './ShopReports';

const TABS = sectionsInOrder('/reports', [
  ['top-products', 'repTopProducts'],
  ['top-customers', 'repTopCustomers'],
  ['profitability', 'repProfitability'],
  ['cash-flow', 'repCashFlow'],
  ['stock-ageing', 'repStockAgeing'],
  ['dead-stock', 'repDeadStock'],
  ['suppliers', 'repSuppliers'],
  ['khata-ageing', 'repKhataAgeing'],
  ['day-close', 'repDayClose'],
]);

/**
 * The shop's reports for the owner and manager, one tab each (F1–F9): every one drawn from the
 * host's report model, with Excel, PDF and WhatsApp of the same figures.
 */
export function ReportsScreen() {
  const { page, search } = splitPath(usePath());
  const current = page === '/reports/bills' ? page : currentSection(TABS, page, '/reports/top-products');
  const key = search.toString();
  return (
    <SectionedScreen tabs={TABS} current={current}>
      {current === '/reports/top-products' && <TopReport key={key} kind="topProducts" search={search} />}
      {current === '/reports/top-customers' && <TopReport key={key} kind="topCustomers" search={search} />}
      {current === '/reports/profitability' && <Profitability />}
      {current === '/reports/cash-flow' && <PeriodReport report="cashFlow" title="repCashFlow" />}
      {current === '/reports/stock-ageing' && <DayReport report="stockAgeing" title="repStockAgeing" />}
      {current === '/reports/dead-stock' && <DeadStock />}
      {current === '/reports/suppliers' && <PeriodReport report="supplierPerformance" title="repSuppliers" />}
      {current === '/reports/khata-ageing' && <DayReport report="ageing" title="repKhataAgeing" />}
      {current === '/reports/day-close' && <DayReport key={key} report="dayClose" title="repDayClose" search={search} />}
      {current === '/reports/bills' && <BillsOf key={key} search={search} />}
    </SectionedScreen>
  );
}
