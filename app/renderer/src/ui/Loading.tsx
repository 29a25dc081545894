import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useErrorText } from './errors';

/** A read's answer once it is there; meanwhile "Loading…", and its error in place if it failed. */
export function Loading({ query, children }: { query: { isPending: boolean; error: unknown }; children: () => ReactNode }) {
  const { t } = useT();
  const errorText = useErrorText();
  if (query.error) return <p className="error">{errorText(query.error)}</p>;
  if (query.isPending) return <p className="hint">{t('loading')}</p>;
  return <>{children()}</>;
}
