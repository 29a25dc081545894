/**
 * Where a standalone relay keeps what each shop told it: the shop's public key (registered once,
 * with the relay's registration secret) and its revoked devices. PostgreSQL in the cloud
 * (postgres-registry.ts); this in-memory one serves an embedded relay and tests.
 */
export type Registration = 'created' | 'same' | 'conflict';

export interface ShopRegistry {
  /** the shop's public key (raw Ed25519, base64url), or null for a shop never registered */
  publicKey(shopId: string): Promise<string | null>;
  /** registers the key on first use; the same key again is `same`; any other key is a `conflict` */
  register(shopId: string, publicKey: string): Promise<Registration>;
  /** revoked devices → when (seconds since the epoch, host clock); tokens issued at or before it are refused */
  revocations(shopId: string): Promise<Map<string, number>>;
  /** records a revocation; a later `at` for the same device wins */
  revoke(shopId: string, deviceId: string, at: number): Promise<void>;
}

export function createMemoryRegistry(): ShopRegistry {
  const keys = new Map<string, string>();
  const revoked = new Map<string, Map<string, number>>();
  return {
    publicKey: async (shopId) => keys.get(shopId) ?? null,
    register: async (shopId, publicKey) => {
      const existing = keys.get(shopId);
      if (existing === undefined) {
        keys.set(shopId, publicKey);
        return 'created';
      }
      return existing === publicKey ? 'same' : 'conflict';
    },
    revocations: async (shopId) => new Map(revoked.get(shopId) ?? []),
    revoke: async (shopId, deviceId, at) => {
      const devices = revoked.get(shopId) ?? new Map<string, number>();
      devices.set(deviceId, Math.max(at, devices.get(deviceId) ?? 0));
      revoked.set(shopId, devices);
    },
  };
}
