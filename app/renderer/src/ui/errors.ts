import { ApiError } from '../../../core/contract';

/** The message to show for a failed call: the host's words, never a stack. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something went wrong. Nothing was saved; please try again.';
}

export const errorCode = (e: unknown): string | undefined => (e instanceof ApiError ? e.code : undefined);

/** A khata bill past the customer's limit under the owner's "warn" policy: the cashier may confirm it. */
export function isCreditWarning(e: unknown): boolean {
  if (!(e instanceof ApiError) || e.code !== 'CREDIT_LIMIT') return false;
  const details = e.details;
  return typeof details === 'object' && details !== null && 'policy' in details && details.policy === 'warn';
}
