import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { STRINGS, type Lang, type StringKey } from './strings';

interface I18n {
  lang: Lang;
  t: (key: StringKey) => string;
  toggle: () => void;
}

const Ctx = createContext<I18n>({ lang: 'en', t: (k) => STRINGS[k].en, toggle: () => {} });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('sk.lang') === 'hi' ? 'hi' : 'en'));
  const toggle = useCallback(() => {
    setLang((l) => {
      const next = l === 'en' ? 'hi' : 'en';
      localStorage.setItem('sk.lang', next);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ lang, toggle, t: (k: StringKey) => STRINGS[k][lang] }), [lang, toggle]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useT = () => useContext(Ctx);
