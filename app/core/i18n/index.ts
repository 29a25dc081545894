import { CATALOGUE } from './catalogue';
import { fill, type Lang, type Params, type Text } from './text';

/**
 * Words the host makes (error messages, report and export labels) in English and Hindi. The
 * renderer's screen words live in app/renderer/src/i18n; both look keys up the same way, and the
 * renderer reads this catalogue for the words it shares with the host (export columns, errors).
 */
export * from './text';
export { CATALOGUE, type MessageKey } from './catalogue';
export { fail, failWith, message, say, sayMessage, type Message, type ParamsOf } from './fail';
export { STATE_NAMES_HI, stateNameIn, statesIn } from './states';

const LOOSE: Readonly<Record<string, Text>> = CATALOGUE;

export function hasMessage(key: string): boolean {
  return Object.hasOwn(LOOSE, key);
}

/** The message for a key in a language, its placeholders filled; undefined when the key is unknown. */
export function translate(key: string, lang: Lang, params?: Params): string | undefined {
  const text = Object.hasOwn(LOOSE, key) ? LOOSE[key] : undefined;
  if (!text) return undefined;
  // Without params fill() would only copy the template: every placeholder stays as written.
  return params === undefined ? text[lang] : fill(text[lang], params);
}
