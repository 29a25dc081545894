import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { gstQueries } from '../../api/gst';
import { useT } from '../../i18n/i18n';
import { ReportScreen } from '../../ui/report/ReportScreen';
import { Issues } from './Gstr1';
import { MonthPicker, monthOf, monthTitle, periodOf } from './MonthPicker';

/** GSTR-3B as the portal's tables: 3.1 outward supplies, 3.2 inter-state to unregistered, 4 ITC and tax payable; then the checks. */
export function Gstr3b() {
  const { lang } = useT();
  const [month, setMonth] = useState(monthOf);
  const period = periodOf(month);
  const query = useQuery(gstQueries.gstr3b({ period }));
  return (
    <ReportScreen
      testId="gstr3b"
      title={`GSTR-3B · ${monthTitle(month, lang)}`}
      params={{ report: 'gstr3b', period }}
      filters={<MonthPicker value={month} onChange={setMonth} />}
    >
      {query.data && <Issues issues={query.data.issues} />}
    </ReportScreen>
  );
}
