import type { KeyObject } from 'node:crypto';
import { CloseCode } from './close-codes';
import type { ShopRegistry } from './registry';
import type { Principal, RoomName } from './rooms';
import { decodePublicKey, peekTokenShop, verifyDeviceToken } from './tokens';

export type AuthResult = { ok: true; principal: Principal } | { ok: false; code: CloseCode; reason: string };

/** Decides who is connecting, before the WebSocket upgrade completes. The embedded host may inject its own. */
/** `device`: the connecting device's own secret (`?device=`), for an embedded host that binds sessions to devices. */
export type Authenticate = (request: { token: string | null; room: RoomName; device?: string | null }) => AuthResult | Promise<AuthResult>;

export interface TokenAuthOptions {
  registry: ShopRegistry;
  /** let a connection without a token read a registered shop's catalog (default true) */
  anonymousCatalog?: boolean;
  /** the longest token lifetime accepted (default 30 days: a tablet may stay away from the counter that long) */
  maxLifetimeSeconds?: number;
  clockSkewSeconds?: number;
  /** how long a shop's key and revocations are cached; a revocation through this relay refreshes at once */
  cacheMs?: number;
  now?: () => number;
}

export interface TokenAuthenticator {
  authenticate: Authenticate;
  /** forget what is cached for a shop (after a registration or a revocation anywhere) */
  invalidate(shopId: string): void;
}

interface ShopEntry {
  key: KeyObject | null;
  revocations: Map<string, number>;
  loadedAt: number;
}

const MAX_CACHED_SHOPS = 10_000;

const refuse = (code: CloseCode, reason: string): AuthResult => ({ ok: false, code, reason });

/** Checks device tokens signed by the shop's host against the shop's registered public key. */
export function createTokenAuthenticator(options: TokenAuthOptions): TokenAuthenticator {
  const now = options.now ?? Date.now;
  const cacheMs = options.cacheMs ?? 30_000;
  const rules = { maxLifetimeSeconds: options.maxLifetimeSeconds ?? 30 * 86_400, clockSkewSeconds: options.clockSkewSeconds ?? 120 };
  const shops = new Map<string, Promise<ShopEntry>>();

  async function load(shopId: string): Promise<ShopEntry> {
    const [encoded, revocations] = await Promise.all([options.registry.publicKey(shopId), options.registry.revocations(shopId)]);
    return { key: encoded === null ? null : decodePublicKey(encoded), revocations, loadedAt: now() };
  }

  async function shop(shopId: string): Promise<ShopEntry> {
    const cached = shops.get(shopId);
    if (cached) {
      const entry = await cached.catch(() => null);
      if (entry && now() - entry.loadedAt < cacheMs) return entry;
      if (shops.get(shopId) === cached) shops.delete(shopId);
    }
    const current = shops.get(shopId);
    if (current) return current;
    // Unknown shop ids are cached too (a scan of random ids must not reach the database each time), so the cache is bounded.
    if (shops.size >= MAX_CACHED_SHOPS) shops.delete(shops.keys().next().value ?? '');
    const loading = load(shopId);
    shops.set(shopId, loading);
    loading.catch(() => shops.delete(shopId));
    return loading;
  }

  const authenticate: Authenticate = async ({ token, room }) => {
    if (token === null) {
      if (room.kind !== 'catalog' || options.anonymousCatalog === false) return refuse(CloseCode.unauthenticated, 'a device token is needed');
      const entry = await shop(room.shopId);
      if (!entry.key) return refuse(CloseCode.unknownDocument, 'unknown shop');
      return { ok: true, principal: { shopId: room.shopId, role: 'reader', deviceId: null } };
    }
    const claimedShop = peekTokenShop(token);
    if (claimedShop === null) return refuse(CloseCode.unauthenticated, 'malformed token');
    const entry = await shop(claimedShop);
    if (!entry.key) return refuse(CloseCode.unknownDocument, 'unknown shop');
    const check = verifyDeviceToken(token, entry.key, { ...rules, nowSeconds: Math.floor(now() / 1000) });
    if (!check.ok) return refuse(CloseCode.unauthenticated, `token ${check.reason}`);
    const { claims } = check;
    const revokedAt = entry.revocations.get(claims.dev);
    if (revokedAt !== undefined && claims.iat <= revokedAt) return refuse(CloseCode.revoked, 'device revoked');
    return {
      ok: true,
      principal: { shopId: claims.shop, role: claims.role, deviceId: claims.dev, tokenId: claims.jti, issuedAt: claims.iat, expiresAt: claims.exp },
    };
  };

  return { authenticate, invalidate: (shopId) => void shops.delete(shopId) };
}
