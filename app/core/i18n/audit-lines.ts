import { formatDate, formatDateTime } from '../format/date';
import { formatInr } from '../format/inr';
import type { Role } from '../contract/vocabulary';
import { AUDIT, AUDIT_FIELD_WORDS } from './audit';
import { AUDIT_ACTIONS, AUDIT_FIELDS, AUDIT_KINDS, AUDIT_VALUES, type WordKey } from './audit-keys';
import { fill, type Lang } from './text';

/**
 * The audit trail in the reader's words, for the screen (Accounting → Audit log) and its Excel and
 * PDF alike: what an action did, what it was done to (by number or name, never an id), and its
 * details as "field: value" lines.
 */

/** One of the audit trail's words in a language (the screen's headings and filter say these too). */
export const auditWord = (key: WordKey, lang: Lang, params?: Record<string, number>) => fill(AUDIT[key][lang], params);
const word = (lang: Lang, key: WordKey, params?: Record<string, number>) => auditWord(key, lang, params);

/** Keys the books keep for themselves: ids, hashes, sequence numbers and import mappings are never shown. */
export const HIDDEN_DETAIL = /(^id$|Id$|Ids$|^seq$|hash|Hash|^auditHead$|^mapping$|^party$|^against$)/;

const ROLES: Readonly<Record<Role, WordKey>> = {
  owner: 'audit.role.owner',
  manager: 'audit.role.manager',
  accountant: 'audit.role.accountant',
  staff: 'audit.role.staff',
};

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

/** What an audited action did, in the reader's words; a method without words is "Other change". */
export const actionWord = (action: string, lang: Lang) => word(lang, AUDIT_ACTIONS[action] ?? 'audit.otherAction');

/** A record's kind in words, with its number or name when the details carry one (never its id). */
export function whatWord(entity: string, before: Details, after: Details, lang: Lang): string {
  const label = [after, before].map((d) => d?.number ?? d?.name ?? d?.invoice ?? d?.device).find((v) => typeof v === 'string' || typeof v === 'number');
  return [word(lang, AUDIT_KINDS[entity] ?? 'audit.of.other'), label].filter((x) => x !== undefined && x !== '').join(' ');
}

/** A detail's field in words; a key without words (a test keeps there being none) is "Other". */
export const fieldWord = (key: string, lang: Lang) => {
  const field = AUDIT_FIELDS[key];
  return field ? fill(AUDIT_FIELD_WORDS[field][lang]) : fill(AUDIT_FIELD_WORDS['audit.field.other'][lang]);
};

const isRole = (text: string): text is Role => Object.hasOwn(ROLES, text);

function valueWord(key: string, value: unknown, lang: Lang): string | null {
  if (value === null || value === undefined || typeof value === 'object') {
    return Array.isArray(value) ? word(lang, 'audit.items', { count: value.length }) : null;
  }
  if (typeof value === 'boolean') return word(lang, value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') {
    if (key.endsWith('Paise')) return formatInr(value);
    if (key.endsWith('Bp')) return `${(value / 100).toLocaleString('en-IN')}%`;
    if (key.endsWith('Milli')) return (value / 1000).toLocaleString('en-IN');
    return value.toLocaleString('en-IN');
  }
  const text = String(value);
  if (text === '') return null;
  if (key === 'role' && isRole(text)) return word(lang, ROLES[text]);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return formatDateTime(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  const said = AUDIT_VALUES[text];
  return said ? word(lang, said) : text;
}

/**
 * The details as "field: value" lines: a change shows each changed field as before → after, a new
 * record its fields. Ids, hashes and nested objects stay out; a list is said by its count.
 */
export function detailLines(before: Details, after: Details, lang: Lang): string[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter((k) => !HIDDEN_DETAIL.test(k));
  const lines: string[] = [];
  for (const key of keys) {
    const was = before && key in before ? valueWord(key, before[key], lang) : null;
    const now = after && key in after ? valueWord(key, after[key], lang) : null;
    if (was === null && now === null) continue;
    const label = fieldWord(key, lang);
    if (before && after && was !== null && now !== null) {
      if (was !== now) lines.push(`${label}: ${was} → ${now}`);
    } else lines.push(`${label}: ${now ?? was ?? ''}`);
  }
  return lines;
}
