import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { SelectField } from '../../ui/fields';
import { thisMonth, todayIso, type Range } from '../../ui/period';
import { RangePicker } from '../../ui/RangePicker';
import { ReportScreen } from '../../ui/report/ReportScreen';

type RankBy = 'amount' | 'qty' | 'bills';
const isIso = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The period asked for in the address (a drill-down from the dashboard), else this month. */
function useRange(search?: URLSearchParams): [Range, (r: Range) => void] {
  return useState<Range>(() => {
    const from = search?.get('from');
    const to = search?.get('to');
    return isIso(from) && isIso(to) ? { from, to } : thisMonth();
  });
}

function RankPicker({ value, onChange }: { value: RankBy; onChange: (v: RankBy) => void }) {
  const { t } = useT();
  return (
    <SelectField
      label={t('rankBy')}
      name="rankBy"
      value={value}
      onChange={onChange}
      options={[
        { value: 'amount', label: t('rankAmount') },
        { value: 'qty', label: t('rankQty') },
        { value: 'bills', label: t('rankBills') },
      ]}
    />
  );
}

/** Top products or customers of a period, ranked by value, quantity or bills; a row opens its bills. */
export function TopReport({ kind, search }: { kind: 'topProducts' | 'topCustomers'; search?: URLSearchParams }) {
  const { t } = useT();
  const [range, setRange] = useRange(search);
  const [rankBy, setRankBy] = useState<RankBy>('amount');
  return (
    <ReportScreen
      testId={`report-${kind}`}
      title={t(kind === 'topProducts' ? 'repTopProducts' : 'repTopCustomers')}
      params={{ report: kind, ...range, rankBy }}
      filters={
        <>
          <RangePicker value={range} onChange={setRange} />
          <RankPicker value={rankBy} onChange={setRankBy} />
        </>
      }
    />
  );
}

/** Sales less cost of goods by category or brand, margin %, checked against the books' COGS. */
export function Profitability() {
  const { t } = useT();
  const [range, setRange] = useState<Range>(thisMonth);
  const [groupBy, setGroupBy] = useState<'category' | 'brand'>('category');
  return (
    <ReportScreen
      testId="report-profitability"
      title={t('repProfitability')}
      params={{ report: 'profitability', ...range, groupBy }}
      filters={
        <>
          <RangePicker value={range} onChange={setRange} />
          <SelectField
            label={t('profitBy')}
            name="groupBy"
            value={groupBy}
            onChange={setGroupBy}
            options={[
              { value: 'category', label: t('byCategory') },
              { value: 'brand', label: t('byBrand') },
            ]}
          />
        </>
      }
    />
  );
}

/** A report over a period with nothing more to choose (cash flow, supplier performance). */
export function PeriodReport({ report, title }: { report: 'cashFlow' | 'supplierPerformance'; title: 'repCashFlow' | 'repSuppliers' }) {
  const { t } = useT();
  const [range, setRange] = useState<Range>(thisMonth);
  return (
    <ReportScreen testId={`report-${report}`} title={t(title)} params={{ report, ...range }} filters={<RangePicker value={range} onChange={setRange} />} />
  );
}

/** A report on one day: stock by age, khata ageing, the closing day (`?date=` opens it on that day). */
export function DayReport({
  report,
  title,
  search,
}: {
  report: 'stockAgeing' | 'ageing' | 'dayClose';
  title: 'repStockAgeing' | 'repKhataAgeing' | 'repDayClose';
  search?: URLSearchParams;
}) {
  const { t } = useT();
  const asked = search?.get('date');
  const [day, setDay] = useState(() => (isIso(asked) ? asked : todayIso()));
  return (
    <ReportScreen
      testId={`report-${report}`}
      title={t(title)}
      params={{ report, from: day, to: day }}
      filters={<DateInput label={t(report === 'dayClose' ? 'dayOf' : 'asOn')} value={day} onChange={setDay} />}
    />
  );
}

/** Products with stock and no sale in N days, and those with more than 90 days of stock at the recent pace. */
export function DeadStock() {
  const { t } = useT();
  const [text, setText] = useState('60');
  const [days, setDays] = useState(60);
  const valid = /^\d{1,4}$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 3650;
  return (
    <ReportScreen
      testId="report-deadStock"
      title={t('repDeadStock')}
      params={{ report: 'deadStock', days }}
      filters={
        <label className="field">
          <span>{t('noSaleDays')}</span>
          <input
            name="days"
            inputMode="numeric"
            value={text}
            aria-invalid={!valid}
            onChange={(e) => {
              setText(e.target.value);
              const n = Number(e.target.value.trim());
              if (/^\d{1,4}$/.test(e.target.value.trim()) && n >= 1 && n <= 3650) setDays(n);
            }}
          />
          {!valid && (
            <small className="error" role="alert">
              {t('daysInvalid')}
            </small>
          )}
        </label>
      }
    />
  );
}

/** The bills behind a top product's or customer's row; each opens in a dialog. */
export function BillsOf({ search }: { search: URLSearchParams }) {
  const { t } = useT();
  const [range, setRange] = useRange(search);
  const product = search.get('product');
  const customer = search.get('customer');
  return (
    <ReportScreen
      testId="report-billsOf"
      title={t('repBills')}
      params={{ report: 'billsOf', ...range, ...(product ? { productId: product } : {}), ...(customer ? { partyId: customer } : {}) }}
      filters={<RangePicker value={range} onChange={setRange} />}
      actions={
        <button type="button" className="small" onClick={() => history.back()}>
          {t('backToReport')}
        </button>
      }
    />
  );
}
