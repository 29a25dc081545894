import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { thisFy, todayIso, type Range } from '../../ui/period';
import { RangePicker } from '../../ui/RangePicker';
import { ReportScreen } from '../../ui/report/ReportScreen';
import { PeriodReport } from './PeriodReport';

/** Trial balance for a period, optionally party by party; a row drills to its ledger. */
export function TrialBalance() {
  const { t } = useT();
  const [range, setRange] = useState<Range>(thisFy);
  const [byParty, setByParty] = useState(false);
  return (
    <ReportScreen
      testId="report-trialBalance"
      title={t('trialBalance')}
      params={{ report: 'trialBalance', ...range, ...(byParty ? { byParty } : {}) }}
      filters={
        <>
          <RangePicker value={range} onChange={setRange} />
          <label className="check">
            <input type="checkbox" checked={byParty} onChange={(e) => setByParty(e.target.checked)} />
            <span>{t('byParty')}</span>
          </label>
        </>
      }
    />
  );
}

export function ProfitAndLoss() {
  const { t } = useT();
  return <PeriodReport report="profitAndLoss" title={t('profitAndLoss')} period={thisFy} bills={false} />;
}

export function BalanceSheet() {
  const { t } = useT();
  const [asOf, setAsOf] = useState(todayIso);
  return (
    <ReportScreen
      testId="report-balanceSheet"
      title={t('balanceSheet')}
      params={{ report: 'balanceSheet', to: asOf }}
      filters={<DateInput label={t('asOn')} value={asOf} onChange={setAsOf} />}
    />
  );
}
