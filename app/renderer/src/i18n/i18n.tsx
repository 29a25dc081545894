import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { fill, type Lang, type Params } from '../../../core/i18n';
import { STRINGS, type StringKey } from './words';

export type { Lang, StringKey };

interface I18n {
  lang: Lang;
  /** a word or sentence; `{name}` placeholders filled from params */
  t: (key: StringKey, params?: Params) => string;
  toggle: () => void;
}

const Ctx = createContext<I18n>({ lang: 'en', t: (k, p) => fill(STRINGS[k].en, p), toggle: () => {} });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('sk.lang') === 'hi' ? 'hi' : 'en'));
  const toggle = useCallback(() => {
    setLang((l) => {
      const next = l === 'en' ? 'hi' : 'en';
      localStorage.setItem('sk.lang', next);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ lang, toggle, t: (k: StringKey, p?: Params) => fill(STRINGS[k][lang], p) }), [lang, toggle]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useT = () => useContext(Ctx);
