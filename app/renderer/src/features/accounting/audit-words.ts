import { formatDate, formatDateTime, formatInr } from '../../../../core/format';
import { AUDIT_ACTIONS, AUDIT_FIELDS } from '../../i18n/accounting-audit';
import type { StringKey } from '../../i18n/i18n';
import { STRINGS } from '../../i18n/words';
import { ROLE_WORDS } from '../../ui/roles';

type Say = (key: StringKey, params?: Record<string, string | number>) => string;

/** Keys the books keep for themselves: ids, hashes, sequence numbers and import mappings are never shown. */
const HIDDEN = /(^id$|Id$|Ids$|^seq$|hash|Hash|^auditHead$|^mapping$|^party$)/;

const isKey = (key: string): key is StringKey => key in STRINGS;

/** What an audited action did, in the reader's words; a method without words is "Other change". */
export const actionWord = (action: string, t: Say) => t(AUDIT_ACTIONS[action] ?? 'auditOtherAction');

/** A record's kind in words, with its number or name when the details carry one (never its id). */
export function whatWord(entity: string, before: Details, after: Details, t: Say): string {
  const kind = `auditOf_${entity}`;
  const label = [after, before].map((d) => d?.number ?? d?.name ?? d?.invoice ?? d?.device).find((v) => typeof v === 'string' || typeof v === 'number');
  return [t(isKey(kind) ? kind : 'auditOf_other'), label].filter((x) => x !== undefined && x !== '').join(' ');
}

type Details = Record<string, unknown> | null;

/** The stored details as an object; text that is not a JSON object reads as none. */
export function parseDetails(json: string | null): Details {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
  } catch {
    return null;
  }
}

const plainKey = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function valueWord(key: string, value: unknown, t: Say): string | null {
  if (value === null || value === undefined || typeof value === 'object') {
    return Array.isArray(value) ? t('auditItems', { count: value.length }) : null;
  }
  if (typeof value === 'boolean') return t(value ? 'auditYes' : 'auditNo');
  if (typeof value === 'number') {
    if (key.endsWith('Paise')) return formatInr(value);
    if (key.endsWith('Bp')) return `${(value / 100).toLocaleString('en-IN')}%`;
    return value.toLocaleString('en-IN');
  }
  const text = String(value);
  if (text === '') return null;
  const role = key === 'role' ? Object.entries(ROLE_WORDS).find(([r]) => r === text) : undefined;
  if (role) return t(role[1]);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return formatDateTime(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  const word = `auditV_${text}`;
  return isKey(word) ? t(word) : text;
}

/**
 * The details as "field: value" lines: a change shows each changed field as before → after, a new
 * record its fields. Ids, hashes and nested objects stay out; a list is said by its count.
 */
export function detailLines(before: Details, after: Details, t: Say): string[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter((k) => !HIDDEN.test(k));
  const lines: string[] = [];
  for (const key of keys) {
    const was = before && key in before ? valueWord(key, before[key], t) : null;
    const now = after && key in after ? valueWord(key, after[key], t) : null;
    if (was === null && now === null) continue;
    const field = AUDIT_FIELDS[key];
    const label = field ? t(field) : plainKey(key);
    if (before && after && was !== null && now !== null) {
      if (was !== now) lines.push(`${label}: ${was} → ${now}`);
    } else lines.push(`${label}: ${now ?? was ?? ''}`);
  }
  return lines;
}
