import type { Role } from '../contract/vocabulary';

/** Wrong PINs in a row that lock a user out. */
export const TRIES_BEFORE_LOCK = 5;

/**
 * How long the n-th lockout in a row lasts (n from 1): each is longer than the one before and a
 * lockout that has run out never starts the count again, so a guesser gets 5 tries, then 5 more
 * after 5 minutes, then after 30 minutes, 2 hours, 8 hours and a day each from then on: about
 * 30 guesses on the first day and 5 a day after, against 10,000 four-digit PINs. Only a right PIN,
 * the owner or the recovery code clears the count.
 */
const LOCK_MINUTES = [5, 30, 120, 480, 1440] as const;

export function lockMinutes(lockoutNumber: number): number {
  const i = Math.min(Math.max(lockoutNumber, 1), LOCK_MINUTES.length) - 1;
  return LOCK_MINUTES[i] ?? 1440;
}

/** What one wrong PIN does to a user's record. */
export function afterWrongPin(
  state: { failedAttempts: number; lockouts: number },
  now: Date,
): { failedAttempts: number; lockouts: number; lockedUntil: string | null; left: number } {
  const failures = state.failedAttempts + 1;
  if (failures < TRIES_BEFORE_LOCK) return { failedAttempts: failures, lockouts: state.lockouts, lockedUntil: null, left: TRIES_BEFORE_LOCK - failures };
  const lockouts = state.lockouts + 1;
  const lockedUntil = new Date(now.getTime() + lockMinutes(lockouts) * 60_000).toISOString();
  return { failedAttempts: 0, lockouts, lockedUntil, left: 0 };
}

/**
 * How long a session lives, by role: idle (since its last call) and absolute (since login). The
 * owner's and the accountant's sessions reach the books and the users, so they end soonest; a
 * cashier's lasts a working day with quiet spells at the counter.
 */
export const SESSION_MINUTES: Record<Role, { idle: number; absolute: number }> = {
  staff: { idle: 120, absolute: 16 * 60 },
  manager: { idle: 60, absolute: 12 * 60 },
  accountant: { idle: 30, absolute: 10 * 60 },
  owner: { idle: 30, absolute: 12 * 60 },
};

/** A session's last call is written at most this often, so reads do not each write the file. */
export const SEEN_EVERY_MS = 60_000;

export function sessionExpired(role: Role, s: { createdAt: string; lastSeenAt: string }, now: Date): boolean {
  const limits = SESSION_MINUTES[role];
  const t = now.getTime();
  return t - Date.parse(s.lastSeenAt) > limits.idle * 60_000 || t - Date.parse(s.createdAt) > limits.absolute * 60_000;
}

/** When a session ends if nobody uses it again (the earlier of idle and absolute). */
export function sessionEndsAt(role: Role, s: { createdAt: string; lastSeenAt: string }): string {
  const limits = SESSION_MINUTES[role];
  return new Date(Math.min(Date.parse(s.lastSeenAt) + limits.idle * 60_000, Date.parse(s.createdAt) + limits.absolute * 60_000)).toISOString();
}

/** A PIN is 4 or 6 digits. */
export const PIN_PATTERN = /^(\d{4}|\d{6})$/;

/** Letters and digits nobody mixes up when reading a code aloud or off paper (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A code of `groups` groups of four from random bytes (null when too few were given), e.g. "K7QM-3XTR": a device code has two
 * (31^8 ≈ 8.5×10^11, alive for 15 minutes), the recovery code four.
 */
export function codeFromBytes(bytes: Uint8Array, groups: number): string | null {
  const chars: string[] = [];
  // Bytes of 248 and above are skipped so each character is equally likely (248 = 8 × 31).
  for (const b of bytes) {
    if (chars.length === groups * 4) break;
    if (b < 248) chars.push(CODE_ALPHABET[b % CODE_ALPHABET.length] ?? '2');
  }
  if (chars.length < groups * 4) return null;
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 4) parts.push(chars.slice(i, i + 4).join(''));
  return parts.join('-');
}

/** A typed code as stored: upper case, without spaces or dashes. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export const DEVICE_CODE_MINUTES = 15;
