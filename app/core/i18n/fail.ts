import { AppError, type ErrorCode, type ErrorData } from '../contract/errors';
import type { Lang } from './text';
import { CATALOGUE, type MessageKey } from './catalogue';
import { fill, type Params, type Placeholders } from './text';

/** The values a key's placeholders need: `{ product: 'Atta' }` for "Quantity of {product} …". */
export type ParamsOf<K extends MessageKey> = { [P in Placeholders<(typeof CATALOGUE)[K]['en']>]: string | number };

type NoParams<K extends MessageKey> = [Placeholders<(typeof CATALOGUE)[K]['en']>] extends [never] ? true : false;

/** The params argument: none for a key without placeholders, required (every one named) otherwise. */
export type ParamsArg<K extends MessageKey> = NoParams<K> extends true ? [params?: Record<string, never>] : [params: ParamsOf<K>];

type FailArgs<K extends MessageKey> = NoParams<K> extends true ? [params?: Record<string, never>, details?: unknown] : [params: ParamsOf<K>, details?: unknown];

/** A key and its params, ready to be said in any language: what a rule returns when it finds a problem. */
/**
 * One plain shape rather than a union over every key: with a few thousand keys the union grew too
 * complex for the compiler. `message()` still checks each key's placeholders where one is made.
 */
export interface Message {
  key: MessageKey;
  params?: Params;
}

export function message<K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): Message {
  return params === undefined ? { key } : { key, params };
}

/** A key said in a language; a typo in the key or a missing placeholder value is a compile error. */
export function say<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamsArg<K>): string {
  return fill(CATALOGUE[key][lang], params);
}

/** say() bound to a language, for code that writes many words in one (an export). */
export type Say = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

export function sayIn(lang: Lang): Say {
  return (key, ...params) => say(lang, key, ...params);
}

export function sayMessage(lang: Lang, m: Message): string {
  return fill(CATALOGUE[m.key][lang], m.params);
}

/**
 * Refuses with a code and a message key: the English message is filled for logs and tools, and
 * the key and params travel to the screen, which says them in the user's language.
 *   fail('INVALID_QUANTITY', 'billing.qtyNotPositive', { product: p.name }, { line: 2 })
 */
export function fail<K extends MessageKey>(code: ErrorCode, key: K, ...args: FailArgs<K>): never {
  const params: Params | undefined = args[0];
  const details = args[1];
  throw new AppError(code, fill(CATALOGUE[key].en, params), details, params ? { key, params } : { key });
}

/**
 * A fault of the app itself, not of the input: the English words are for the log; the screen says
 * the generic 'error.INTERNAL'.
 */
export function internalFault(logMessage: string, details?: unknown): never {
  throw new AppError('INTERNAL', logMessage, details, { key: 'error.INTERNAL' });
}

/** fail() with a message a rule returned. */
export function failWith(code: ErrorCode, m: Message, details?: unknown): never {
  throw new AppError(code, sayMessage('en', m), details, m.params ? { key: m.key, params: m.params } : { key: m.key });
}

/** Throws again an error another thread or process reported as data, with its key and params. */
export function failData(data: ErrorData): never {
  throw new AppError(
    data.code,
    data.message,
    data.details,
    data.key === undefined ? undefined : { key: data.key, ...(data.params ? { params: data.params } : {}) },
  );
}
