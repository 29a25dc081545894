import { createHash, randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Lang } from './words';

/** One pending code per shop and phone; a right code becomes a token an order carries (hashes only). */
export interface RelayOtp {
  shopId: string;
  phone: string;
  codeHash: string;
  attempts: number;
  sends: number;
  windowStart: number;
  expiresAt: number;
  tokenHash: string | null;
  tokenExpiresAt: number | null;
}

export interface RelayOtpStore {
  otp(shopId: string, phone: string): Promise<RelayOtp | null>;
  saveOtp(row: RelayOtp): Promise<void>;
}

/** Sends a code to a customer's phone (SMS or WhatsApp); the console provider prints it, for development and tests. */
export type RelayOtpSender = (message: { slug: string; phone: string; code: string; lang: Lang }) => Promise<void> | void;

export const consoleOtpSender =
  (log: (message: string) => void): RelayOtpSender =>
  ({ slug, phone, code }) =>
    log(`[relay web shop] OTP for ${phone.slice(0, 2)}…${phone.slice(-2)} at /${slug}: ${code}`);

/** The same rules as the counter's own (app/core/services/orders/otp.ts). */
export const RELAY_OTP_RULES = { sendsPerWindow: 3, windowMs: 15 * 60_000, validMs: 10 * 60_000, attempts: 5, tokenMs: 30 * 60_000 } as const;

const Phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, '').replace(/^(\+91|91|0)(?=\d{10}$)/, ''))
  .pipe(z.string().regex(/^[6-9]\d{9}$/));
export const OtpSend = z.strictObject({ phone: Phone, lang: z.enum(['en', 'hi']).default('en') });
export const OtpVerify = z.strictObject({ phone: Phone, code: z.string().regex(/^\d{6}$/) });

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

export type OtpRefusal = 'tooManyOtps' | 'otpExpired' | 'otpWrong';

/** Records a new code (its hash) unless the phone had three in the last quarter hour; answers the code to send. */
export async function startRelayOtp(store: RelayOtpStore, shopId: string, phone: string, now: number): Promise<string | OtpRefusal> {
  const before = await store.otp(shopId, phone);
  const windowOpen = before !== null && before.windowStart > now - RELAY_OTP_RULES.windowMs;
  const sends = windowOpen ? before.sends + 1 : 1;
  if (sends > RELAY_OTP_RULES.sendsPerWindow) return 'tooManyOtps';
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await store.saveOtp({
    shopId,
    phone,
    codeHash: hash(`${shopId}:${phone}:${code}`),
    attempts: 0,
    sends,
    windowStart: windowOpen ? before.windowStart : now,
    expiresAt: now + RELAY_OTP_RULES.validMs,
    tokenHash: before?.tokenHash ?? null,
    tokenExpiresAt: before?.tokenExpiresAt ?? null,
  });
  return code;
}

/** Checks a code (five tries); a right one is spent and gives a token for half an hour. */
export async function verifyRelayOtp(store: RelayOtpStore, shopId: string, phone: string, code: string, now: number): Promise<{ token: string } | OtpRefusal> {
  const row = await store.otp(shopId, phone);
  if (!row || row.expiresAt <= now || row.attempts >= RELAY_OTP_RULES.attempts) return 'otpExpired';
  if (row.codeHash !== hash(`${shopId}:${phone}:${code}`)) {
    await store.saveOtp({ ...row, attempts: row.attempts + 1 });
    return 'otpWrong';
  }
  const token = randomBytes(24).toString('base64url');
  await store.saveOtp({ ...row, attempts: RELAY_OTP_RULES.attempts, tokenHash: hash(token), tokenExpiresAt: now + RELAY_OTP_RULES.tokenMs });
  return { token };
}

export async function phoneVerified(store: RelayOtpStore, shopId: string, phone: string, token: string, now: number): Promise<boolean> {
  const row = await store.otp(shopId, phone);
  return row !== null && row.tokenHash !== null && row.tokenHash === hash(token) && (row.tokenExpiresAt ?? 0) > now;
}
