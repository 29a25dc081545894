import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { codeFromBytes } from '../core/auth/policy';
import type { Secrets } from '../core/services/ports';

/**
 * scrypt, memory-hard: N = 2^16, r = 8 (64 MiB a guess), p = 2. On the 2-core test machine one
 * guess takes about half a second of a core (bench/pin-hash.ts), so a copied shop file gives up
 * a 4-digit PIN only after hours and a 6-digit one after weeks. Logins hash on libuv's pool, so
 * the counter keeps answering meanwhile.
 */
export interface PinCost {
  N: number;
  r: number;
  p: number;
}

export const PIN_COST: PinCost = { N: 65536, r: 8, p: 2 };

const KEY_LENGTH = 32;

function optionsOf(cost: PinCost): ScryptOptions {
  return { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
}

function encode(cost: PinCost, salt: Buffer, key: Buffer): string {
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function decode(stored: string): { cost: PinCost; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !salt || !key || ![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return null;
  return { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

function scryptAsync(pin: string, salt: Buffer, length: number, cost: PinCost): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(pin, salt, length, optionsOf(cost), (e, key) => (e ? reject(e) : resolve(key))));
}

/** The host's secrets at a PIN cost (tests pass a small one to keep hundreds of logins quick). */
export function createSecrets(cost: PinCost = PIN_COST): Secrets {
  return {
    hashPin(pin) {
      const salt = randomBytes(16);
      return encode(cost, salt, scryptSync(pin, salt, KEY_LENGTH, optionsOf(cost)));
    },
    async hashPinAsync(pin) {
      const salt = randomBytes(16);
      return encode(cost, salt, await scryptAsync(pin, salt, KEY_LENGTH, cost));
    },
    async verifyPin(pin, stored) {
      const parsed = decode(stored);
      if (!parsed) return false;
      const actual = await scryptAsync(pin, parsed.salt, parsed.key.length, parsed.cost);
      return actual.length === parsed.key.length && timingSafeEqual(parsed.key, actual);
    },
    pinNeedsRehash(stored) {
      const parsed = decode(stored);
      return !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p;
    },
    newToken: () => randomBytes(32).toString('base64url'),
    hashToken: (token) => createHash('sha256').update(token).digest('hex'),
    newCode(groups) {
      for (;;) {
        const code = codeFromBytes(randomBytes(groups * 8), groups);
        if (code) return code;
      }
    },
  };
}

export const nodeSecrets: Secrets = createSecrets();
