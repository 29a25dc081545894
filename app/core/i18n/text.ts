/** A word or sentence in each language the app speaks. */
export type Lang = 'en' | 'hi';
export const LANGS = ['en', 'hi'] as const satisfies readonly Lang[];

export interface Text {
  en: string;
  hi: string;
}

export type Params = Record<string, string | number>;

/** "{name}" in a template replaced by params.name; an unknown placeholder stays as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
