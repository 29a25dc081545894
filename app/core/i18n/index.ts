import { ERROR_MESSAGES } from './errors';
import { fill, type Lang, type Params, type Text } from './text';

/**
 * Words the host makes (error messages, report and export labels) in English and Hindi. The
 * renderer's screen words live in app/renderer/src/i18n; both look keys up the same way.
 */
export * from './text';

const CATALOGUE: Record<string, Text> = { ...ERROR_MESSAGES };

export function hasMessage(key: string): boolean {
  return Object.hasOwn(CATALOGUE, key);
}

/** The message for a key in a language, its placeholders filled; undefined when the key is unknown. */
export function translate(key: string, lang: Lang, params?: Params): string | undefined {
  const text = CATALOGUE[key];
  return text ? fill(text[lang], params) : undefined;
}
