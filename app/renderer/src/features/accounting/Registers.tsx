import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { BillPanel } from './BillPanel';
import { thisMonth, type Range } from '../../ui/period';
import { RangePicker } from '../../ui/RangePicker';
import { ReportScreen } from '../../ui/report/ReportScreen';

/** Every bill and credit note of the period with its tax heads; a row opens its bill; `?from=&to=` opens it on that period (the dashboard's drill-down). */
export function SalesRegister({ search }: { search?: URLSearchParams }) {
  const { t } = useT();
  const [range, setRange] = useState<Range>(() => {
    const from = search?.get('from');
    const to = search?.get('to');
    return from && to && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) ? { from, to } : thisMonth();
  });
  return (
    <ReportScreen
      testId="report-salesRegister"
      title={t('salesRegister')}
      params={{ report: 'salesRegister', ...range }}
      filters={<RangePicker value={range} onChange={setRange} />}
      bill={(id) => <BillPanel invoiceId={id} />}
    />
  );
}

/** Purchase bills (the supplier's number, date and GSTIN), debit notes as negatives, and expense bills with input GST. */
export function PurchaseRegister() {
  const { t } = useT();
  const [range, setRange] = useState<Range>(thisMonth);
  return (
    <ReportScreen
      testId="report-purchaseRegister"
      title={t('purchaseRegister')}
      params={{ report: 'purchaseRegister', ...range }}
      filters={<RangePicker value={range} onChange={setRange} />}
      bill={(id) => <BillPanel invoiceId={id} />}
    />
  );
}
