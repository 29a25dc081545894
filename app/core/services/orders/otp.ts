import { fail } from '../../i18n/fail';
import type { ServiceDeps } from '../ports';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'secrets'>;

export const OTP_RULES = { sendsPerWindow: 3, windowMinutes: 15, validMinutes: 10, attempts: 5, tokenMinutes: 30 } as const;

const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000).toISOString();

/** Records a new code for a phone (only its hash), at most three per quarter hour. The caller sends it. */
export function startOtp(deps: Deps, phone: string, code: string): void {
  deps.store.transaction(() => {
    const now = deps.clock.now();
    const before = deps.store.webOrders.otp(phone);
    const windowOpen = before !== undefined && before.windowStart > plus(now, -OTP_RULES.windowMinutes);
    const sends = windowOpen ? before.sends + 1 : 1;
    if (sends > OTP_RULES.sendsPerWindow) fail('RATE_LIMITED', 'orders.tooManyOtps', { minutes: OTP_RULES.windowMinutes });
    deps.store.webOrders.saveOtp({
      phone,
      codeHash: deps.secrets.hashToken(`${phone}:${code}`),
      attempts: 0,
      sends,
      windowStart: windowOpen ? before.windowStart : now.toISOString(),
      expiresAt: plus(now, OTP_RULES.validMinutes),
      tokenHash: before?.tokenHash ?? null,
      tokenExpiresAt: before?.tokenExpiresAt ?? null,
    });
  });
}

/** Checks a code (five tries per code); a right one gives the token an order carries for half an hour. */
export function verifyOtp(deps: Deps, phone: string, code: string): string {
  return deps.store.transaction(() => {
    const now = deps.clock.now();
    const row = deps.store.webOrders.otp(phone);
    if (!row || row.expiresAt <= now.toISOString() || row.attempts >= OTP_RULES.attempts) fail('INVALID_INPUT', 'orders.otpExpired');
    if (row.codeHash !== deps.secrets.hashToken(`${phone}:${code}`)) {
      deps.store.webOrders.saveOtp({ ...row, attempts: row.attempts + 1 });
      fail('INVALID_INPUT', 'orders.otpWrong');
    }
    const token = deps.secrets.newToken();
    // A used code is spent: the same code cannot mint a second token.
    deps.store.webOrders.saveOtp({
      ...row,
      attempts: OTP_RULES.attempts,
      tokenHash: deps.secrets.hashToken(token),
      tokenExpiresAt: plus(now, OTP_RULES.tokenMinutes),
    });
    return token;
  });
}
