import { gstinRefusal } from '../../gst/index';
import { fail, failWith } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';

export const shopHandlers = {
  'shop.get': (deps) => deps.store.shop.get(),

  'shop.update': (deps, patch, ctx) => {
    const { store, clock } = deps;
    return store.transaction(() => {
      const before = store.shop.get();
      const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      if (next.gstin) {
        const refusal = gstinRefusal(next.gstin);
        if (refusal) failWith('INVALID_INPUT', refusal);
        if (next.gstin.slice(0, 2) !== next.stateCode) fail('INVALID_INPUT', 'gst.gstinNotState');
      }
      const { id: _id, ...changes } = next;
      store.shop.update(changes);
      store.audit.append({
        at: clock.now().toISOString(),
        userId: ctx.user.id,
        action: 'shop.update',
        entity: 'shop',
        entityId: before.id,
        before,
        after: next,
      });
      return store.shop.get();
    });
  },
} satisfies AreaHandlers<'shop'>;
