import type { z } from 'zod';
import { ApiError, CreditCheckView } from '../../../core/contract';
import { translate, type Lang, type Params } from '../../../core/i18n';
import { useT } from '../i18n/i18n';

const isParams = (v: unknown): v is Params =>
  typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');

/**
 * The words for a failed call in the reader's language: the host's message key when it sent one,
 * else the one message of its error code; never a stack, an internal id or a schema path.
 */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) {
    const params = 'params' in error && isParams(error.params) ? error.params : undefined;
    const keyed = 'key' in error && typeof error.key === 'string' ? translate(error.key, lang, params) : undefined;
    const text = keyed ?? translate(`error.${error.code}`, lang);
    if (text) return text;
  }
  return translate('error.INTERNAL', lang) ?? '';
}

/** `errorMessage` in the language on screen, for an error shown in place (a dialog's field, the PIN pad). */
export function useErrorText(): (error: unknown) => string {
  const { lang } = useT();
  return (error) => errorMessage(error, lang);
}

export const errorCode = (e: unknown): string | undefined => (e instanceof ApiError ? e.code : undefined);

/** The figures of a khata bill past the customer's limit under the owner's "warn" policy (the cashier may confirm it), or null. */
export function creditWarning(e: unknown): z.output<typeof CreditCheckView> | null {
  if (!(e instanceof ApiError) || e.code !== 'CREDIT_LIMIT') return null;
  const check = CreditCheckView.safeParse(e.details);
  return check.success && check.data.policy === 'warn' ? check.data : null;
}
