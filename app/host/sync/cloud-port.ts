import type * as Y from 'yjs';
import { fail } from '../../core/i18n/fail';
import type { CloudBridgeStatus, DeviceSyncSeen, HostSyncPort } from '../../core/services/sync/ports';
import { exportPrivateKey, generateShopKeyPair, importPrivateKey } from '../../../sync-server';
import type { Host } from '../create-host';
import { registerShop, startCloudBridge, type CloudBridge } from './cloud-bridge';

export interface CloudPort extends HostSyncPort {
  /** a document the host holds: bridged now and whenever a cloud relay is set */
  hold(name: string, doc: Y.Doc): void;
  release(name: string): void;
  revoke(deviceId: string): void;
  close(): void;
}

/**
 * The shop's cloud relay setting (sync_cloud) turned into a running bridge: started with the host
 * when one is set, replaced when the owner changes it, stopped when the owner turns it off.
 */
export function createCloudPort(host: Host, shopId: string, log: (m: string, e?: unknown) => void, devices: () => DeviceSyncSeen[]): CloudPort {
  const held = new Map<string, Y.Doc>();
  let bridge: CloudBridge | null = null;
  const now = () => host.deps.clock.now();
  // Tokens and revocations are checked against the relay's wall clock, never the books' clock.
  const wall = () => new Date();

  const start = () => {
    bridge?.close();
    bridge = null;
    const setting = host.store.syncCloud.get();
    if (!setting) return;
    bridge = startCloudBridge({ shopId, relayUrl: setting.relayUrl, privateKey: importPrivateKey(setting.privateKeyPem), now: wall, log });
    for (const [name, doc] of held) bridge.bridge(name, doc);
  };
  const status = (): CloudBridgeStatus => bridge?.status() ?? { relayUrl: null, connected: false, documents: 0, lastConnectedAt: null };
  start();

  return {
    shopId,
    cloudFor: (deviceId, role) => (bridge ? { url: bridge.relayUrl, token: bridge.deviceToken(deviceId, role) } : null),
    cloudStatus: status,
    devices,
    async configureCloud(wanted) {
      if (!wanted) {
        host.store.syncCloud.set(null);
        start();
        return status();
      }
      const relayUrl = wanted.relayUrl.replace(/\/+$/, '');
      const current = host.store.syncCloud.get();
      // The shop keeps one key: pointing at another relay registers the same key there.
      const keys = current ? { privateKeyPem: current.privateKeyPem, publicKey: current.publicKey } : null;
      const pair = keys ?? (({ privateKey, publicKey }) => ({ privateKeyPem: exportPrivateKey(privateKey), publicKey }))(generateShopKeyPair());
      const registered = await registerShop(relayUrl, shopId, pair.publicKey, wanted.secret);
      if (registered === 'unreachable') fail('INVALID_INPUT', 'sync.cloudUnreachable', { url: relayUrl });
      if (registered === 'secret') fail('INVALID_INPUT', 'sync.cloudSecretWrong');
      if (registered === 'conflict') fail('INVALID_INPUT', 'sync.cloudKeyTaken');
      host.store.syncCloud.set({ relayUrl, ...pair, configuredAt: now().toISOString() });
      start();
      return status();
    },
    hold(name, doc) {
      held.set(name, doc);
      bridge?.bridge(name, doc);
    },
    release(name) {
      held.delete(name);
      bridge?.unbridge(name);
    },
    revoke(deviceId) {
      void bridge?.revoke(deviceId, wall().getTime());
    },
    close() {
      bridge?.close();
      bridge = null;
      held.clear();
    },
  };
}
