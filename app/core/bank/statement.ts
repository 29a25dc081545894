import Papa from 'papaparse';
import { fail } from '../i18n/fail';
import { parseRupees } from '../format/inr';
import type { Paise } from '../money';

/**
 * Bank statements as Indian banks export them to CSV. The header row is found by its words, so the
 * account details above it and the summary below are skipped: HDFC (Date, Narration, Chq./Ref.No.,
 * Value Dt, Withdrawal Amt., Deposit Amt., Closing Balance), SBI (Txn Date, Value Date, Description,
 * Ref No./Cheque No., Debit, Credit, Balance), ICICI (Transaction Date, Transaction Remarks,
 * Withdrawal Amount (INR), Deposit Amount (INR), Balance (INR)) and the like. Dates as 24/11/26,
 * 24/11/2026, 24-11-2026, 24-Nov-2026 or 24 Nov 2026.
 */
export interface ParsedBankLine {
  lineNo: number;
  date: string;
  valueDate: string | null;
  narration: string;
  reference: string;
  /** deposit positive, withdrawal negative */
  amountPaise: Paise;
  balancePaise: Paise | null;
}

const ALIASES = {
  date: ['date', 'txn date', 'transaction date', 'tran date', 'posting date'],
  valueDate: ['value dt', 'value date'],
  narration: ['narration', 'description', 'transaction remarks', 'particulars', 'remarks', 'details'],
  reference: ['chq./ref.no.', 'ref no./cheque no.', 'cheque number', 'chq no', 'ref no', 'reference', 'cheque no.', 'utr'],
  withdrawal: ['withdrawal amt.', 'withdrawal', 'debit', 'withdrawal amount (inr)', 'withdrawal amount', 'dr', 'debit amount'],
  deposit: ['deposit amt.', 'deposit', 'credit', 'deposit amount (inr)', 'deposit amount', 'cr', 'credit amount'],
  balance: ['closing balance', 'balance', 'balance (inr)', 'running balance'],
} as const;
type Field = keyof typeof ALIASES;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parseBankDate(text: string): string | null {
  const t = text.trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), year(m[3] ?? '')];
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = /^(\d{1,2})[\s-]([A-Za-z]{3})[A-Za-z]*[\s-,]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const mo = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    const [d, y] = [Number(m[1]), year(m[3] ?? '')];
    return mo > 0 && valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3])) ? t : null;
  return null;
}

/** "1,23,456.70", "1234.5 Cr", "-17.70", "" → paise (Dr/Cr marks give the sign). */
function amount(text: string | undefined, row: number): Paise | null {
  const t = (text ?? '').trim();
  if (t === '' || t === '-') return null;
  const mark = /\s*(cr|dr)\.?$/i.exec(t);
  const paise = parseRupees(mark ? t.slice(0, mark.index) : t);
  if (paise === undefined) fail('INVALID_INPUT', 'bank.notAmount', { row, text: t });
  return mark?.[1]?.toLowerCase() === 'dr' ? -paise : paise;
}

function headerColumns(row: readonly string[]): Partial<Record<Field, number>> | null {
  const cols: Partial<Record<Field, number>> = {};
  row.forEach((cell, i) => {
    const c = norm(cell);
    for (const f of Object.keys(ALIASES) as Field[]) if (cols[f] === undefined && (ALIASES[f] as readonly string[]).includes(c)) cols[f] = i;
  });
  return cols.date !== undefined && cols.withdrawal !== undefined && cols.deposit !== undefined ? cols : null;
}

export function parseBankStatement(csv: string): ParsedBankLine[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const at = rows.findIndex((r) => headerColumns(r) !== null);
  const cols = at >= 0 ? headerColumns(rows[at] ?? []) : null;
  if (!cols || cols.date === undefined) fail('INVALID_INPUT', 'bank.noHeaderRow');
  const cell = (r: readonly string[], f: Field) => (cols[f] === undefined ? '' : (r[cols[f]] ?? '').trim());
  const lines: ParsedBankLine[] = [];
  for (const [k, r] of rows.slice(at + 1).entries()) {
    const date = parseBankDate(cell(r, 'date'));
    // Rows without a date are the bank's totals, notes and blank separators.
    if (!date) continue;
    const row = at + k + 2;
    const withdrawal = amount(cell(r, 'withdrawal'), row);
    const deposit = amount(cell(r, 'deposit'), row);
    const signed = (deposit ?? 0) - (withdrawal ?? 0);
    if (signed === 0) continue;
    const balanceText = cell(r, 'balance');
    lines.push({
      lineNo: lines.length + 1,
      date,
      valueDate: parseBankDate(cell(r, 'valueDate')),
      narration: cell(r, 'narration'),
      reference: cell(r, 'reference').replace(/^0+(?=\d)/, ''),
      amountPaise: signed,
      balancePaise: balanceText ? amount(balanceText, row) : null,
    });
  }
  if (lines.length === 0) fail('INVALID_INPUT', 'bank.noTransactions');
  return lines;
}

/**
 * What makes a line the same line in another download of the statement: its date, amount,
 * balance, reference and narration, and (for identical lines on one day) which one it is.
 */
export function lineKeys(lines: readonly ParsedBankLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const base = [l.date, l.amountPaise, l.balancePaise ?? '', l.reference, norm(l.narration)].join('|');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  });
}
