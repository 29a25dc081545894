import type { Paise } from '../money';

/**
 * ₹ as an Indian reader says large sums: ₹12.35 lakh, ₹1.20 crore (₹12.35 लाख, ₹1.20 करोड़);
 * under a lakh in full rupees with en-IN grouping (₹45,230). For the dashboard's figures and charts.
 */
const rupees = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WORDS = { en: { lakh: 'lakh', crore: 'crore' }, hi: { lakh: 'लाख', crore: 'करोड़' } } as const;

export function formatInrShort(paise: Paise, lang: 'en' | 'hi' = 'en'): string {
  const sign = paise < 0 ? '−' : '';
  const r = Math.abs(paise) / 100;
  const words = WORDS[lang];
  if (r >= 1_00_00_000) return `${sign}₹${two.format(r / 1_00_00_000)} ${words.crore}`;
  if (r >= 1_00_000) return `${sign}₹${two.format(r / 1_00_000)} ${words.lakh}`;
  return `${sign}₹${rupees.format(Math.round(r))}`;
}
