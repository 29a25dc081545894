import type { Paise } from '../money';

// en-IN groups lakhs and crores: 1,00,000.00. Built once: Intl formatters are costly to create.
const withSymbol = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** ₹1,00,000.00 */
export function formatInr(paise: Paise): string {
  return withSymbol.format(paise / 100);
}

/** 1,00,000.00 (for columns whose header already says ₹, and for receipts: printers lack ₹). */
export function formatAmount(paise: Paise): string {
  return plain.format(paise / 100);
}

/** Parses a rupee amount typed by a person ("12", "12.5", "1,250.75") into paise, exactly. */
export function parseRupees(text: string): Paise | undefined {
  const t = text.replace(/[,\s₹]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return undefined;
  const rupees = Number(m[2]);
  const paise = Number((m[3] ?? '').padEnd(2, '0'));
  const value = rupees * 100 + paise;
  if (!Number.isSafeInteger(value)) return undefined;
  return m[1] === '-' ? -value : value;
}
