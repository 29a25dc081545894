import { formatInr } from '../../format/inr';
import { dayOfIso } from '../ist';
import type { Message } from '../types';
import { DATE_WORDS, INSIGHT_MESSAGES, type Language } from './catalogue';

const numbers = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 });

function dateWord(iso: string, lang: Language, today: string | undefined): string {
  const words = DATE_WORDS[lang];
  if (today && /^\d{4}-\d{2}-\d{2}$/.test(iso) && /^\d{4}-\d{2}-\d{2}$/.test(today)) {
    const back = dayOfIso(today) - dayOfIso(iso);
    if (back === 0) return words.today;
    if (back === 1) return words.yesterday;
  }
  const [y, m, d] = iso.split('-');
  return words.on(y && m && d ? `${d}-${m}-${y}` : iso);
}

function formatParam(name: string, value: string | number, lang: Language, today: string | undefined): string {
  if (name === 'date' && typeof value === 'string') return dateWord(value, lang, today);
  if (typeof value !== 'number') return value;
  if (name.endsWith('Paise')) return formatInr(Math.abs(value));
  return numbers.format(value);
}

/**
 * A message in one language. An unknown key comes back as the key itself and an unknown
 * parameter stays as `{name}`, so a missing translation shows up on screen instead of crashing it.
 */
export function renderMessage(message: Message, lang: Language, options: { today?: string } = {}): string {
  const template = INSIGHT_MESSAGES[message.key]?.[lang];
  if (!template) return message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params[name];
    return value === undefined ? whole : formatParam(name, value, lang, options.today);
  });
}
