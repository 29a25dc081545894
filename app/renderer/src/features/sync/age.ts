import { formatDateTime } from '../../../../core/format';
import type { StringKey } from '../../i18n/i18n';
import type { Params } from '../../../../core/i18n';

type T = (key: StringKey, params?: Params) => string;

/** "04-12-2026 14:05 (20 min ago)": when the counter wrote what this device shows. */
export function asOf(t: T, key: 'syncPricesAsOf' | 'phoneFiguresAsOf', instant: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(instant)) / 60_000));
  const age =
    minutes < 1
      ? t('syncAgeNow')
      : minutes < 60
        ? t('syncAgeMinutes', { n: minutes })
        : minutes < 48 * 60
          ? t('syncAgeHours', { n: Math.floor(minutes / 60) })
          : t('syncAgeDays', { n: Math.floor(minutes / 1440) });
  return t(key, { when: formatDateTime(instant), age });
}
