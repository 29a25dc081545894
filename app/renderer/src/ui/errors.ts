import { ApiError } from '../../../core/contract';

/** The message to show for a failed call: the host's words, never a stack. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something went wrong. Nothing was saved; please try again.';
}

export const errorCode = (e: unknown): string | undefined => (e instanceof ApiError ? e.code : undefined);
