import { fail } from '../i18n/fail';
import { formatDate } from '../format/date';

/**
 * Closing the books: once the owner closes a period (after filing GST, or at year end), nothing
 * is posted on or before that date. Corrections go into an open period as new entries.
 * A database trigger refuses such entries too; this says why in words first.
 */
export function assertOpenPeriod(date: string, closedUpto: string | null): void {
  if (closedUpto !== null && date <= closedUpto) {
    fail('PERIOD_CLOSED', 'accounting.periodClosed', { closedUpto: formatDate(closedUpto), date: formatDate(date) }, { date, closedUpto });
  }
}
