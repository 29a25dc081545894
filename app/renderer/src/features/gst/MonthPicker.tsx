import { useT } from '../../i18n/i18n';
import { monthStart, returnPeriod, todayIso } from '../../ui/period';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_HI = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
const MONTHS_EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A return month (its first day, YYYY-MM-DD) as a title says it: "December 2026", "दिसंबर 2026". */
export function monthTitle(month: string, lang: 'en' | 'hi'): string {
  const names = lang === 'hi' ? MONTHS_HI : MONTHS_EN_FULL;
  return `${names[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

/** This month's first day, the default return period. */
export const monthOf = () => monthStart(todayIso());
/** The portal's fp (MMYYYY) for a month's first day. */
export const periodOf = (month: string) => returnPeriod(month);

function shift(month: string, by: number): string {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 10);
}

/** ◀ Nov 2026 ▶: a return month, PageUp/PageDown step it. */
export function MonthPicker({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const { t, lang } = useT();
  const names = lang === 'hi' ? MONTHS_HI : MONTHS_EN;
  const label = `${names[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`;
  return (
    <div
      className="month-picker"
      onKeyDown={(e) => {
        if (e.key === 'PageUp') onChange(shift(value, -1));
        if (e.key === 'PageDown') onChange(shift(value, 1));
      }}
    >
      <span className="hint">{t('returnMonth')}</span>
      <button type="button" aria-label={t('previousMonth')} onClick={() => onChange(shift(value, -1))}>
        ◀
      </button>
      <strong data-testid="return-month">{label}</strong>
      <button type="button" aria-label={t('nextMonth')} onClick={() => onChange(shift(value, 1))}>
        ▶
      </button>
    </div>
  );
}
