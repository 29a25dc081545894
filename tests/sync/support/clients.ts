import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { generateShopKeyPair, signDeviceToken, type DeviceClaims, type ShopKeyPair } from '../../../sync-server';

/** Real y-websocket providers in Node, as the tablet and phone use them (BroadcastChannel off: it bypasses the relay). */
export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** the close the relay sent when it refused or closed this client for good (4400–4499) */
  closed: Promise<{ code: number; reason: string }>;
  /** every close event, in order */
  closes: number[];
  synced(): Promise<void>;
  destroy(): void;
}

// Each y-websocket provider in Node adds a process 'exit' listener; tests hold dozens at once.
process.setMaxListeners(200);

/** `device`: the device's own secret, which the counter host's relay wants with a session token. */
export function connect(serverUrl: string, room: string, token?: string, doc = new Y.Doc(), device?: string): Client {
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { ...(token ? { token } : {}), ...(device ? { device } : {}) },
    maxBackoffTime: 300,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.on('closed', (event) => resolve(event)));
  return {
    doc,
    provider,
    closed,
    closes,
    synced: () => (provider.synced ? Promise.resolve() : new Promise((resolve) => provider.once('sync', (state: boolean) => state && resolve()))),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A shop with its key pair and a way to make device tokens. */
export interface TestShop {
  id: string;
  keys: ShopKeyPair;
  token(role: DeviceClaims['role'], device: string, options?: { iatOffset?: number; lifetime?: number; shop?: string }): string;
}

let tokens = 0;
export function makeShop(id: string): TestShop {
  const keys = generateShopKeyPair();
  return {
    id,
    keys,
    token: (role, device, options = {}) => {
      const iat = Math.floor(Date.now() / 1000) + (options.iatOffset ?? 0);
      return signDeviceToken(keys.privateKey, { shop: options.shop ?? id, dev: device, role, iat, exp: iat + (options.lifetime ?? 3600), jti: `t${++tokens}` });
    },
  };
}

/** A raw WebSocket (no provider) for sending frames y-websocket never would. */
export function rawSocket(url: string): Promise<{ ws: WebSocket; messages: Uint8Array[]; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const messages: Uint8Array[] = [];
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
    ws.once('open', () => resolve({ ws, messages, closed }));
    ws.once('error', reject);
  });
}
