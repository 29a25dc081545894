import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Secrets } from '../core/services/ports';

// scrypt: a memory-hard KDF, so a copied database does not give up 4-digit PINs cheaply.
const N = 16384;
const r = 8;
const p = 1;
const KEY_LENGTH = 32;

export const nodeSecrets: Secrets = {
  hashPin(pin) {
    const salt = randomBytes(16);
    const key = scryptSync(pin, salt, KEY_LENGTH, { N, r, p });
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  },
  verifyPin(pin, stored) {
    const [scheme, n, rr, pp, salt, key] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64');
    const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(rr), p: Number(pp) });
    return timingSafeEqual(expected, actual);
  },
  newToken: () => randomBytes(32).toString('base64url'),
  hashToken: (token) => createHash('sha256').update(token).digest('hex'),
};
