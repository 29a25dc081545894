import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';

const NO_CLOUD = { relayUrl: null, connected: false, documents: 0, lastConnectedAt: null };

export const syncHandlers = {
  /** A device saves this at pairing and again at each sign-in (a fresh cloud token). */
  'sync.target': (deps, _p, ctx) => {
    const sync = deps.sync;
    if (!sync) return null;
    return { shopId: sync.shopId, relayUrl: null, relayToken: null, cloud: sync.cloudFor(ctx.device.id, ctx.user.role) };
  },

  'sync.cloud': (deps) => deps.sync?.cloudStatus() ?? NO_CLOUD,

  'sync.setCloud': async (deps, p) => {
    const sync = deps.sync;
    if (!sync) fail('INVALID_INPUT', 'sync.noRelay');
    if (p.relayUrl !== null && p.secret === '') fail('INVALID_INPUT', 'sync.cloudSecretNeeded');
    return sync.configureCloud(p.relayUrl === null ? null : { relayUrl: p.relayUrl, secret: p.secret });
  },

  'sync.devices': (deps) => {
    const done = new Map(deps.store.syncCommands.perDevice().map((d) => [d.deviceId, d]));
    const live = new Map((deps.sync?.devices() ?? []).map((d) => [d.deviceId, d]));
    return deps.store.devices
      .list()
      .filter((d) => d.retiredAt === null)
      .map((d) => {
        const applied = done.get(d.id);
        const seen = live.get(d.id);
        const times = [applied?.lastAt, seen?.lastSeenAt].filter((t): t is string => typeof t === 'string').sort();
        return {
          deviceId: d.id,
          connected: (seen?.connections ?? 0) > 0,
          lastSyncAt: times.at(-1) ?? null,
          waiting: seen?.waiting ?? 0,
          applied: (applied?.commands ?? 0) - (applied?.refused ?? 0),
          refused: applied?.refused ?? 0,
        };
      });
  },
} satisfies AreaHandlers<'sync'>;
