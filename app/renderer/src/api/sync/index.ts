import { useEffect, useState, useSyncExternalStore } from 'react';
import { SyncTarget } from '../../../../core/contract';
import { methodMutation, methodQuery } from '../method';
import { api, type Session } from '../session';
import { queueCommand, startDeviceSync, subscribeSync, syncSnapshot, type SyncSnapshot } from './device-sync';

/**
 * The one place the screens reach the shop's synced documents: a paired device keeps local copies
 * of the catalog and staff documents and its own outbox, reads them here, and queues commands
 * while the counter is out of reach. Online, screens keep calling the API as always.
 */
export { estimateBill, lineAmountPaise, type BillEstimate, type EstimateLine } from './bill-estimate';
export type { CatalogCopy, StaffCopy } from './local-copy';
export type { HostReach } from './reachability';
export { newUuid, queueCommand, type LinkState, type QueuedCommand, type SyncSnapshot } from './device-sync';

const TARGET_KEY = 'sk.syncTarget';
const PAIRED_KEY = 'sk.syncPaired';

/** This browser was registered as a tablet or phone with a code: at sign-in it adopts the shop's sync target. */
export function markPaired() {
  localStorage.setItem(PAIRED_KEY, '1');
}

/** Where this device's documents are, as pairing saved it; null on a device not paired for sync. */
export function loadSyncTarget(): SyncTarget | null {
  try {
    const raw = localStorage.getItem(TARGET_KEY);
    const parsed = raw ? SyncTarget.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSyncTarget(target: SyncTarget | null) {
  if (target) localStorage.setItem(TARGET_KEY, JSON.stringify(SyncTarget.parse(target)));
  else localStorage.removeItem(TARGET_KEY);
}

/** Keeps the device's copies open while this session lasts (nothing on a device that is not paired). */
export function useDeviceSync(session: Session | null) {
  const token = session?.token;
  const deviceId = session?.device.id;
  const userId = session?.user.id;
  const [target, setTarget] = useState(loadSyncTarget);
  // At each sign-in a paired device asks the counter where its documents are (a fresh cloud token);
  // out of reach, it keeps the target it saved.
  useEffect(() => {
    // Only a device paired by code: a target saved some other way (a test's relay, a hand-set one) is kept as it is.
    if (!token || window.smartKirana || !localStorage.getItem(PAIRED_KEY)) return;
    let live = true;
    api.call('sync.target', {}).then(
      (adopted) => {
        if (!live) return;
        saveSyncTarget(adopted);
        setTarget((before) => (JSON.stringify(before) === JSON.stringify(adopted) ? before : adopted));
      },
      () => {},
    );
    return () => void (live = false);
  }, [token]);
  useEffect(() => {
    if (!token || !deviceId || !userId || !target || window.smartKirana) return;
    return startDeviceSync({ target, sessionToken: token, deviceId, userId });
  }, [token, deviceId, userId, target]);
}

export const useSync = (): SyncSnapshot => useSyncExternalStore(subscribeSync, syncSnapshot);

/** The counter cannot be reached and this device has its own copies to work from. */
export const worksOffline = (s: SyncSnapshot) => s.enabled && s.host === 'unreachable';

export const useQueueCommand = () => queueCommand;

export const syncQueries = {
  /** the cloud relay the counter bridges to, and whether it is connected */
  cloud: () => methodQuery('sync.cloud', {}, { staleTime: 0 }),
  /** each device's connection, last sync and queue; asked again every few seconds, since a connection changes no data */
  devices: () => ({ ...methodQuery('sync.devices', {}, { staleTime: 0 }), refetchInterval: 5_000 }),
};
export const useSetCloudMutation = methodMutation('sync.setCloud');
