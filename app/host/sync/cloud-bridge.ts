import { randomUUID, type KeyObject } from 'node:crypto';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { CloudBridgeStatus } from '../../core/services/sync/ports';
import { signDeviceToken, signMessage } from '../../../sync-server';

/**
 * The counter's documents mirrored on a cloud relay: each document the host holds (catalog, staff,
 * every outbox it watches) gets a y-websocket provider in Node on the very Y.Doc the embedded relay
 * serves, so what a phone writes on the cloud reaches the counter's applier and the LAN devices,
 * and what the counter writes reaches the cloud. The relay being down costs nothing but the
 * providers' reconnect attempts; on reconnect the sync exchange sends what either side lacks.
 */
export interface CloudBridge {
  relayUrl: string;
  bridge(name: string, doc: Y.Doc): void;
  unbridge(name: string): void;
  status(): CloudBridgeStatus;
  /** a token for a device of this shop on the cloud relay */
  deviceToken(deviceId: string, role: 'owner' | 'manager' | 'staff' | 'accountant'): string;
  revoke(deviceId: string, atMs: number): Promise<void>;
  close(): void;
}

export interface CloudBridgeOptions {
  shopId: string;
  relayUrl: string;
  privateKey: KeyObject;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
}

/** Device tokens live as long as a device may be away from the counter; the counter's own, a day. */
const DEVICE_TOKEN_S = 30 * 86_400 - 60;
const COUNTER_TOKEN_S = 86_400;

export const relayHttpBase = (relayUrl: string) => relayUrl.replace(/^ws/, 'http').replace(/\/+$/, '');

export function startCloudBridge(options: CloudBridgeOptions): CloudBridge {
  const { shopId, relayUrl, privateKey } = options;
  const providers = new Map<string, WebsocketProvider>();
  let lastConnectedAt: string | null = null;
  const seconds = () => Math.floor(options.now().getTime() / 1000);
  const token = (dev: string, role: 'counter' | 'owner' | 'manager' | 'staff' | 'accountant', life: number) => {
    const iat = seconds();
    return signDeviceToken(privateKey, { shop: shopId, dev, role, iat, exp: iat + life, jti: randomUUID().replace(/-/g, '') });
  };
  let counterToken = { value: token('counter', 'counter', COUNTER_TOKEN_S), madeAt: seconds() };
  const freshCounterToken = () => {
    if (seconds() - counterToken.madeAt > COUNTER_TOKEN_S / 2) counterToken = { value: token('counter', 'counter', COUNTER_TOKEN_S), madeAt: seconds() };
    return counterToken.value;
  };

  const bridge = (name: string, doc: Y.Doc) => {
    if (providers.has(name)) return;
    const provider = new WebsocketProvider(relayUrl, name, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: freshCounterToken() },
      maxBackoffTime: 2_000,
      disableBc: true,
      // An expired counter token (4401) is made again before the next attempt; other refusals stop.
      shouldReconnect: (event) => {
        if (event.code === 4401) {
          provider.params = { token: freshCounterToken() };
          return true;
        }
        return !(event.code >= 4400 && event.code < 4500);
      },
    });
    provider.on('status', ({ status }) => {
      if (status === 'connected') lastConnectedAt = options.now().toISOString();
      else provider.params = { token: freshCounterToken() };
    });
    provider.on('connection-close', (event) => {
      if (event && event.code >= 4400 && event.code < 4500 && event.code !== 4401)
        options.log(`[sync] the cloud relay refused ${name}: ${event.code} ${event.reason}`);
    });
    providers.set(name, provider);
  };

  return {
    relayUrl,
    bridge,
    unbridge(name) {
      providers.get(name)?.destroy();
      providers.delete(name);
    },
    status: () => ({
      relayUrl,
      connected: providers.size > 0 && [...providers.values()].every((p) => p.wsconnected && p.synced),
      documents: providers.size,
      lastConnectedAt,
    }),
    deviceToken: (deviceId, role) => token(deviceId, role, DEVICE_TOKEN_S),
    async revoke(deviceId, atMs) {
      const body = signMessage(privateKey, { shop: shopId, devices: [{ device: deviceId, at: Math.floor(atMs / 1000) }] });
      try {
        const answer = await fetch(`${relayHttpBase(relayUrl)}/shops/${shopId}/revocations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        if (!answer.ok) options.log(`[sync] the cloud relay did not take the revocation: ${answer.status}`);
      } catch (e) {
        options.log('[sync] the cloud relay could not be told of a revocation', e);
      }
    },
    close() {
      for (const p of providers.values()) p.destroy();
      providers.clear();
    },
  };
}

export type Registration = 'registered' | 'unreachable' | 'secret' | 'conflict';

/** First contact with a relay: the shop's public key, with the operator's secret. */
export async function registerShop(relayUrl: string, shopId: string, publicKey: string, secret: string): Promise<Registration> {
  try {
    const answer = await fetch(`${relayHttpBase(relayUrl)}/shops/${shopId}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publicKey, secret }),
      signal: AbortSignal.timeout(10_000),
    });
    if (answer.status === 200 || answer.status === 201) return 'registered';
    if (answer.status === 403) return 'secret';
    if (answer.status === 409) return 'conflict';
    return 'unreachable';
  } catch {
    return 'unreachable';
  }
}
