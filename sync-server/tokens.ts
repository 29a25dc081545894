import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Role } from './rooms';

/**
 * Device tokens and signed admin messages, both Ed25519 (node:crypto). The shop's host keeps the
 * private key and signs; the relay holds only the public key the shop registered. A token is
 * `base64url(claims JSON).base64url(signature)`; the signature covers a context string and the
 * claims' bytes, so a signed admin message can never pass for a token or the other way round.
 */
const TOKEN_CONTEXT = Buffer.from('smartkirana/sync/device-token/v1\n');
const ADMIN_CONTEXT = Buffer.from('smartkirana/sync/admin/v1\n');
const MAX_TOKEN_CHARS = 2048;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const seconds = z.number().int().nonnegative();

export const DeviceClaimsSchema = z.object({
  v: z.literal(1),
  shop: id,
  dev: id,
  role: z.enum(['counter', 'owner', 'manager', 'staff', 'accountant']),
  /** issued at and expires at, in seconds since the epoch (the host's clock) */
  iat: seconds,
  exp: seconds,
  /** the token's own id, for logs and audit */
  jti: id,
});
export type DeviceClaims = z.infer<typeof DeviceClaimsSchema> & { role: Exclude<Role, 'reader'> };

export interface ShopKeyPair {
  privateKey: KeyObject;
  /** the raw 32-byte public key, base64url: what the shop registers with a relay */
  publicKey: string;
}

export function generateShopKeyPair(): ShopKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: encodePublicKey(publicKey) };
}

export const encodePublicKey = (key: KeyObject): string => String(key.export({ format: 'jwk' }).x);

/** The KeyObject for a registered base64url public key, or null when it is not an Ed25519 key. */
export function decodePublicKey(encoded: string): KeyObject | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(encoded)) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: encoded }, format: 'jwk' });
  } catch {
    return null;
  }
}

export const exportPrivateKey = (key: KeyObject): string => String(key.export({ format: 'pem', type: 'pkcs8' }));
export const importPrivateKey = (pem: string): KeyObject => createPrivateKey(pem);

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

function fromB64(text: string): Buffer | null {
  return /^[A-Za-z0-9_-]*$/.test(text) ? Buffer.from(text, 'base64url') : null;
}

export function signDeviceToken(privateKey: KeyObject, claims: Omit<DeviceClaims, 'v'>): string {
  const body = Buffer.from(JSON.stringify({ v: 1, ...claims }));
  return `${b64(body)}.${b64(sign(null, Buffer.concat([TOKEN_CONTEXT, body]), privateKey))}`;
}

/** The claims as written, before any signature check: only to find which shop's key to check with. */
export function peekTokenShop(token: string): string | null {
  const body = token.length <= MAX_TOKEN_CHARS ? fromB64(token.split('.')[0] ?? '') : null;
  if (!body) return null;
  try {
    const shop = (JSON.parse(body.toString('utf8')) as { shop?: unknown }).shop;
    return typeof shop === 'string' && id.safeParse(shop).success ? shop : null;
  } catch {
    return null;
  }
}

export type TokenCheck = { ok: true; claims: DeviceClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'not-yet-valid' | 'too-long-lived' };

export interface TokenRules {
  nowSeconds: number;
  /** the longest lifetime (exp − iat) the relay accepts */
  maxLifetimeSeconds: number;
  /** how far the host's clock may run ahead of the relay's */
  clockSkewSeconds: number;
}

export function verifyDeviceToken(token: string, publicKey: KeyObject, rules: TokenRules): TokenCheck {
  const parts = token.length <= MAX_TOKEN_CHARS ? token.split('.') : [];
  const body = parts.length === 2 ? fromB64(parts[0] ?? '') : null;
  const signature = parts.length === 2 ? fromB64(parts[1] ?? '') : null;
  if (!body || !signature || signature.length !== 64) return { ok: false, reason: 'malformed' };
  if (!verify(null, Buffer.concat([TOKEN_CONTEXT, body]), publicKey, signature)) return { ok: false, reason: 'signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = DeviceClaimsSchema.safeParse(parsed);
  if (!claims.success) return { ok: false, reason: 'malformed' };
  const { iat, exp } = claims.data;
  if (exp <= rules.nowSeconds) return { ok: false, reason: 'expired' };
  if (iat > rules.nowSeconds + rules.clockSkewSeconds) return { ok: false, reason: 'not-yet-valid' };
  if (exp - iat > rules.maxLifetimeSeconds) return { ok: false, reason: 'too-long-lived' };
  return { ok: true, claims: claims.data };
}

/** A message for the relay's admin endpoints (revocations), signed by the shop's key. */
export interface SignedMessage {
  payload: string;
  sig: string;
}

export function signMessage(privateKey: KeyObject, message: unknown): SignedMessage {
  const body = Buffer.from(JSON.stringify(message));
  return { payload: b64(body), sig: b64(sign(null, Buffer.concat([ADMIN_CONTEXT, body]), privateKey)) };
}

/** The message's content when the signature is the shop's, else null. */
export function openMessage(envelope: unknown, publicKey: KeyObject): unknown {
  const shape = z.object({ payload: z.string().max(65_536), sig: z.string().max(128) }).safeParse(envelope);
  if (!shape.success) return null;
  const body = fromB64(shape.data.payload);
  const signature = fromB64(shape.data.sig);
  if (!body || !signature || signature.length !== 64) return null;
  if (!verify(null, Buffer.concat([ADMIN_CONTEXT, body]), publicKey, signature)) return null;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}
