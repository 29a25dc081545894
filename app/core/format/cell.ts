import { formatDate } from './date';
import { formatAmount } from './inr';

/**
 * One report cell as text, the same on screen, in the PDF and in the WhatsApp summary: money
 * 1,00,000.00 (paise), qty 2.5 (milli-units), percent 12.50% (basis points), count 1,234, date
 * DD-MM-YYYY. An empty cell is ''.
 */
export type CellValue = string | number | null;
export type CellKindName = 'text' | 'money' | 'qty' | 'date' | 'percent' | 'count';

const count = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
const qty = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 3 });
const pct = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatCell(value: CellValue, kind: CellKindName): string {
  if (value === null) return '';
  if (typeof value === 'string') return kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  switch (kind) {
    case 'money':
      return formatAmount(value);
    case 'qty':
      return qty.format(value / 1000);
    case 'percent':
      return `${pct.format(value / 100)}%`;
    case 'count':
      return count.format(value);
    default:
      return String(value);
  }
}
