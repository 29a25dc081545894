import { formatDate } from '../../../core/format';
import { useT, type StringKey } from '../i18n/i18n';
import { DateInput } from './DateInput';
import { oneDay, thisFy, thisMonth, type Range } from './period';

/** From–to with one-click presets; defaults are chosen by each report (FY, month or today). */
export function RangePicker({ value, onChange }: { value: Range; onChange: (r: Range) => void }) {
  const { t } = useT();
  const presets: Array<[StringKey, Range]> = [
    ['today', oneDay()],
    ['thisMonth', thisMonth()],
    ['thisFy', thisFy()],
  ];
  return (
    <div className="range">
      <DateInput label={t('fromDate')} value={value.from} onChange={(from) => onChange({ ...value, from })} />
      <DateInput label={t('toDate')} value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <div className="presets">
        {presets.map(([label, r]) => (
          <button key={label} type="button" className={`small ${r.from === value.from && r.to === value.to ? 'on' : ''}`} onClick={() => onChange(r)}>
            {t(label)}
          </button>
        ))}
      </div>
    </div>
  );
}

export const rangeText = (r: Range) => `${formatDate(r.from)} – ${formatDate(r.to)}`;
