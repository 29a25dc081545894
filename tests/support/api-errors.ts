import { expect } from 'vitest';
import { ApiError } from '../../app/core/contract';
import type { ErrorCode } from '../../app/core/contract/errors';
import { hasMessage } from '../../app/core/i18n';
import { ID_LIKE } from './words';

/** Awaits a call that must be refused, whatever the code; returns the refusal for the checks that follow. */
export async function refusalOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    (result: unknown) => new Error(`expected a refusal, got a result: ${JSON.stringify(result)}`),
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

/**
 * Awaits a call that must fail with this code; returns the error for more checks. Every refusal
 * also carries a message key the screens can say, and names no internal id.
 */
export async function expectApiError(call: Promise<unknown>, code: ErrorCode): Promise<ApiError> {
  const refusal = await refusalOf(call);
  expect(refusal.code, refusal.message).toBe(code);
  expect(hasMessage(refusal.key ?? ''), `${code} "${refusal.message}" has no known message key`).toBe(true);
  expect(refusal.message).not.toMatch(ID_LIKE);
  return refusal;
}
