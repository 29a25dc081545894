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
} satisfies AreaHandlers<'sync'>;
