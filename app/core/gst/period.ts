import { fail } from '../i18n/fail';

/** A return period: a month as the portal's fp (MMYYYY) or a financial year (2026-27). */
export interface ReturnPeriod {
  label: string;
  /** the portal's "fp": MMYYYY; for a year, its last month */
  fp: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function returnPeriod(period: string, fyStartMonth = 4): ReturnPeriod {
  const month = /^(\d{2})(\d{4})$/.exec(period);
  if (month) {
    const m = Number(month[1]);
    const y = Number(month[2]);
    if (m < 1 || m > 12) fail('INVALID_INPUT', 'gst.noSuchMonth', { month: m });
    return { label: `${pad(m)}-${y}`, fp: period, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  }
  const fy = /^(\d{4})-(\d{2})$/.exec(period);
  if (fy) {
    const start = Number(fy[1]);
    if (Number(fy[2]) !== (start + 1) % 100) fail('INVALID_INPUT', 'gst.notFinancialYear', { period });
    const endMonth = fyStartMonth === 1 ? 12 : fyStartMonth - 1;
    const endYear = fyStartMonth === 1 ? start : start + 1;
    return {
      label: `FY ${period}`,
      fp: `${pad(endMonth)}${endYear}`,
      from: `${start}-${pad(fyStartMonth)}-01`,
      to: `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}`,
    };
  }
  fail('INVALID_INPUT', 'gst.notPeriod', { period });
}

/** The last date a credit note for an invoice of that financial year may be declared: 30 November after it ends. */
export function creditNoteDeadline(invoiceFyTo: string): string {
  return `${invoiceFyTo.slice(0, 4)}-11-30`;
}
