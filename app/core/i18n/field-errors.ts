import type { z } from 'zod';
import { AppError } from '../contract/errors';
import { formatInr } from '../format/inr';
import { CATALOGUE, type MessageKey } from './catalogue';
import { fieldLabelKey, nearestFieldKey } from './fields';
import { PATTERN_HINTS } from './params';
import { fill, type Lang, type Params } from './text';

type Issue = z.core.$ZodIssue;

/** One refused param, said in words: the field by its label, never by its path or name. */
export interface FieldError {
  /** where it is in the params, for screens that highlight the field: "lines.0.qtyMilli" ('' for the params as a whole) */
  field: string;
  /** the message in the caller's language */
  message: string;
}

interface Said {
  key: MessageKey;
  params: Params;
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);

/** A limit as the person typed it: rupees for paise, units for milli-units, percent for basis points. */
function limitText(name: string | undefined, limit: number | bigint): string {
  const n = Number(limit);
  if (name?.endsWith('Paise')) return n === 0 ? '0' : formatInr(n);
  if (name?.endsWith('Milli')) return String(n / 1000);
  if (name?.endsWith('Bp')) return `${n / 100}%`;
  return String(n);
}

function label(method: string, path: readonly PropertyKey[], lang: Lang): string {
  const text = CATALOGUE[fieldLabelKey(method, path) ?? 'field.params'][lang];
  const at = path.findLastIndex((p) => typeof p === 'number');
  if (at < 0) return text;
  const list = path[at - 1];
  return fill(CATALOGUE[list === 'tenders' ? 'params.onPayment' : 'params.onLine'][lang], { field: text, line: Number(path[at]) + 1 });
}

function patternOf(issue: Issue): string | undefined {
  if (issue.code !== 'invalid_format' || issue.format !== 'regex' || !('pattern' in issue) || typeof issue.pattern !== 'string') return undefined;
  return /^\/(.*)\/[a-z]*$/s.exec(issue.pattern)?.[1] ?? issue.pattern;
}

/** The message key and params for one issue, its words (the field, a format hint) in `lang`. */
function describe(method: string, issue: Issue, input: unknown, lang: Lang): Said {
  const field = label(method, issue.path, lang);
  const name = issue.path.filter((p): p is string => typeof p === 'string').at(-1);
  const said = (key: MessageKey, more: Params = {}): Said => ({ key, params: { field, ...more } });
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (issue.path.length === 0) return { key: 'params.rootNotObject', params: {} };
      if (value === undefined) return said('params.missing');
      if ((issue.expected === 'int' || issue.expected === 'number') && typeof value === 'number') return said('params.notWhole');
      if (issue.expected === 'int' || issue.expected === 'number') return said('params.notNumber');
      if (issue.expected === 'string') return said('params.notText');
      if (issue.expected === 'array') return said('params.notList');
      if (issue.expected === 'boolean') return said('params.notYesNo');
      return said('params.wrongType');
    }
    case 'too_small': {
      const min = limitText(name, issue.minimum);
      if (issue.origin === 'string') {
        if (issue.exact) return said('params.exactLength', { length: min });
        return Number(issue.minimum) <= 1 ? said('params.empty') : said('params.tooShort', { min });
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? said('params.listEmpty') : said('params.listTooShort', { min });
      return said(issue.inclusive === false ? 'params.moreThan' : 'params.atLeast', { min });
    }
    case 'too_big': {
      const max = limitText(name, issue.maximum);
      if (issue.origin === 'string') return issue.exact ? said('params.exactLength', { length: max }) : said('params.tooLong', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return said('params.listTooLong', { max });
      return said(issue.inclusive === false ? 'params.lessThan' : 'params.atMost', { max });
    }
    case 'invalid_format': {
      const pattern = patternOf(issue);
      const hint = pattern === undefined ? undefined : PATTERN_HINTS[pattern];
      return hint ? said('params.format', { hint: CATALOGUE[hint][lang] }) : said('params.badFormat');
    }
    case 'invalid_value':
      return said('params.notChoice');
    case 'not_multiple_of':
      return said('params.notMultiple', { step: limitText(name, issue.divisor) });
    case 'unrecognized_keys':
      // oneKeyEach has put the key at the end of the path.
      return unknownKey(method, issue.path.slice(0, -1), String(issue.path.at(-1) ?? issue.keys[0] ?? ''), lang);
    case 'custom': {
      const value = valueAt(input, issue.path);
      if (issue.params?.notADate === true && typeof value === 'string') return said('params.notADate', { value: value.split('-').reverse().join('-') });
      return said('params.invalid');
    }
    case 'invalid_union':
      // A tagged choice ({ kind: 'tcp', … }) whose tag is none of the kinds.
      return issue.discriminator !== undefined ? said('params.notChoice') : said('params.invalid');
    default:
      return said('params.invalid');
  }
}

/** A key sent as it was typed, cut short and without control characters, for quoting back. */
const quoted = (name: string) => name.replace(/[\p{C}]/gu, '').slice(0, 40);

/** A field the params do not name: quoted as sent, with the label of a field it looks like a misspelling of. */
function unknownKey(method: string, path: readonly PropertyKey[], name: string, lang: Lang): Said {
  const near = nearestFieldKey(name);
  const suggestion = near === undefined ? undefined : CATALOGUE[near][lang];
  const params = { name: quoted(name), ...(suggestion === undefined ? {} : { suggestion }) };
  if (path.length === 0) return { key: suggestion === undefined ? 'params.unknown' : 'params.unknownSuggest', params };
  return { key: suggestion === undefined ? 'params.unknownIn' : 'params.unknownInSuggest', params: { field: label(method, path, lang), ...params } };
}

/** One issue per unknown key, at the key's own path, so each is named and can be pointed at. */
function oneKeyEach(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue): Issue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] })) : [issue],
  );
}

const say = (s: Said, lang: Lang) => fill(CATALOGUE[s.key][lang], s.params);

/** Each refused field with its message in `lang`, in the order zod found them. */
export function fieldErrors(method: string, refused: readonly Issue[], input: unknown, lang: Lang): FieldError[] {
  return errorsOf(method, oneKeyEach(refused), input, lang);
}

function errorsOf(method: string, issues: readonly Issue[], input: unknown, lang: Lang): FieldError[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: say(describe(method, issue, input, lang), lang) }));
}

/**
 * BAD_PARAMS for a method's refused params: the English message names up to three fields in
 * words; the key and params are the first field's, its words in the caller's language; details
 * hold the first field's path (for the screen to highlight it), every field's message, and zod's
 * issues for tools.
 */
export function badParams(method: string, refused: readonly Issue[], input: unknown, lang: Lang): AppError {
  const issues = oneKeyEach(refused);
  const first = issues[0];
  const english = issues.slice(0, 3).map((i) => say(describe(method, i, input, 'en'), 'en'));
  const said = first ? describe(method, first, input, lang) : { key: 'error.BAD_PARAMS' as const, params: {} };
  const fields = errorsOf(method, issues, input, lang);
  return new AppError(
    'BAD_PARAMS',
    english.join('; ') || CATALOGUE['error.BAD_PARAMS'].en,
    { field: fields[0]?.field ?? '', fields, issues },
    { key: said.key, params: said.params },
  );
}
