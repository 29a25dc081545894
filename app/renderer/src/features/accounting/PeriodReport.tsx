import { useState } from 'react';
import { rangeFromLink, type Range } from '../../ui/period';
import { RangePicker } from '../../ui/RangePicker';
import { ReportScreen } from '../../ui/report/ReportScreen';
import { BillPanel } from '../../ui/BillPanel';

type PeriodReportName = 'salesRegister' | 'purchaseRegister' | 'dayBook' | 'profitAndLoss';

/**
 * A book over a period: the screen's own period unless a link names one, the period picker, and a
 * row that reaches a bill opens it (items, reprint, PDF, return) where the book has bills.
 */
export function PeriodReport({
  report,
  title,
  period,
  search,
  bills = true,
}: {
  report: PeriodReportName;
  title: string;
  period: () => Range;
  search?: URLSearchParams;
  bills?: boolean;
}) {
  const [range, setRange] = useState<Range>(() => rangeFromLink(search, period));
  return (
    <ReportScreen
      testId={`report-${report}`}
      title={title}
      params={{ report, ...range }}
      filters={<RangePicker value={range} onChange={setRange} />}
      bill={bills ? (id) => <BillPanel invoiceId={id} /> : undefined}
    />
  );
}
