import type { MessageParams } from '../contract/errors';
import type { Lang } from '../contract/vocabulary';

export { LANGS, isLang, type Lang } from '../contract/vocabulary';

/** A word or sentence in each language the app speaks. */
export interface Text {
  en: string;
  hi: string;
}

export type Params = MessageParams;

/** "{name}" in a template replaced by params.name; an unknown placeholder stays as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The names of a template's placeholders: "{product} of {qty}" → 'product' | 'qty'. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export function textIn(text: Text, lang: Lang, params?: Params): string {
  return fill(text[lang], params);
}
